import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { EXIT_KINDS } from '../../../../common/analytics';
import { useT } from '../../../i18n';
import type { GroupRetention, PeopleAsk, RetentionOverview } from './api';
import { groupName, pct } from './format';

// One row per group: n, retention at 3/6/12 months with its band and the people still followed
// (each opens them), exits by kind (each opens who left), and how the group stands against the
// baseline — only "below"/"above" when the whole band is on one side of it. Hiring months: latest first.
export function RetentionTable({ data, onPeople }: { data: RetentionOverview; onPeople: (ask: PeopleAsk) => void }) {
  const t = useT();
  const none = t('analytics.retention.none');
  const base = data.baseline.percent / 100;
  const link = (text: string, ask: PeopleAsk, id: string) => (
    <Typography.Link onClick={() => onPeople(ask)} data-testid={id}>
      {text}
    </Typography.Link>
  );
  const standing = (g: GroupRetention) => {
    const at = g.at.find((a) => a.months === data.baseline.months);
    // A band of no width (nobody left yet, or everyone did) says the group is too small to tell.
    if (!at || at.low === null || at.high === null || at.low === at.high)
      return <Tag>{t('analytics.retention.vsBaseline.unknown')}</Tag>;
    if (at.high < base) return <Tag color="red">{t('analytics.retention.vsBaseline.below')}</Tag>;
    if (at.low > base) return <Tag color="green">{t('analytics.retention.vsBaseline.above')}</Tag>;
    return <Tag>{t('analytics.retention.vsBaseline.same')}</Tag>;
  };
  const columns: ColumnsType<GroupRetention> = [
    {
      title: t('analytics.retention.table.group'),
      key: 'group',
      fixed: 'left',
      render: (_, g) => groupName(g, none),
    },
    {
      title: t('analytics.retention.table.n'),
      key: 'n',
      align: 'right',
      render: (_, g) =>
        link(String(g.n), { group: g.key, show: 'all', title: groupName(g, none) }, `retention-n-${g.key}`),
    },
    ...[0, 1, 2].map((i) => ({
      title: t('analytics.retention.table.at', { months: data.groups[0]?.at[i]?.months ?? [3, 6, 12][i] }),
      key: `at${i}`,
      render: (_: unknown, g: GroupRetention) => {
        const at = g.at[i];
        if (!at || at.survival === null) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <span>
            <b>{pct(at.survival)}</b>{' '}
            <Typography.Text type="secondary">
              ({pct(at.low, 0)}–{pct(at.high, 0)}){' '}
            </Typography.Text>
            {link(
              t('analytics.retention.table.atRisk', { n: at.atRisk }),
              {
                group: g.key,
                show: 'at_risk',
                months: at.months,
                title: t('analytics.retention.drawer.atRisk', { group: groupName(g, none), months: at.months }),
              },
              `retention-at-risk-${g.key}-${at.months}`,
            )}
          </span>
        );
      },
    })),
    ...EXIT_KINDS.map((kind) => ({
      title: t(`analytics.retention.kinds.${kind}`),
      key: kind,
      align: 'right' as const,
      render: (_: unknown, g: GroupRetention) =>
        link(
          String(g.exits[kind]),
          {
            group: g.key,
            show: kind,
            title: `${groupName(g, none)} · ${t(`analytics.retention.kinds.${kind}`)}`,
          },
          `retention-exits-${g.key}-${kind}`,
        ),
    })),
    {
      title: t('analytics.retention.table.baseline', { percent: data.baseline.percent, months: data.baseline.months }),
      key: 'baseline',
      render: (_, g) => standing(g),
    },
  ];
  return (
    <Table
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={data.by === 'hire_month' ? [...data.groups].reverse() : data.groups}
      pagination={data.groups.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 900 }}
      data-testid="retention-table"
    />
  );
}
