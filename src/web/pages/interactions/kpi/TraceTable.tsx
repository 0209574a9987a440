import { Button, Card, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import type { Query } from '../../../api';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { count, mmss } from '../format';
import { interactionsApi, type Interaction } from '../interactionsApi';

const PAGE_SIZE = 10;

/** The interactions behind the figures: a clicked day, or the whole range; the handled ones (what
 *  the handled count, AHT, FCR and CSAT are made of) unless all contacts are asked for. */
export function TraceTable({
  target,
  from,
  to,
  day,
  businessType,
  channel,
  showAgent = false,
  onClearDay,
}: {
  target: { agentId?: string; teamId?: string };
  from: string;
  to: string;
  day?: string;
  businessType?: string;
  channel?: string;
  showAgent?: boolean;
  onClearDay: () => void;
}) {
  const t = useT();
  const [which, setWhich] = useState<'handled' | 'all'>('handled');
  const query: Query = {
    ...target,
    businessType,
    channel,
    ...(day ? { date: day } : { from, to }),
    ...(which === 'handled' ? { answered: '1' } : {}),
  };
  const key = JSON.stringify(query);
  // Another day, range or filter starts again at page 1. A step to the next or previous page
  // goes by cursor (the server reads any depth as fast); a jump to a page number skips rows.
  const [paging, setPaging] = useState<{ key: string; page: number; cursor: Query }>({ key, page: 1, cursor: {} });
  const { page, cursor } = paging.key === key ? paging : { page: 1, cursor: {} };
  const list = useApiQuery(
    keys.interactions('list', query, page, cursor),
    () => interactionsApi.list({ ...query, ...cursor, page, pageSize: PAGE_SIZE }),
    { keepPrevious: true },
  );
  const rows = list.data?.data ?? [];
  const total = list.data?.total ?? 0;

  const yesNo = (v: boolean | null) => (v === null ? '—' : v ? t('interactions.kpi.yes') : t('interactions.kpi.no'));
  const columns: TableColumnsType<Interaction> = [
    { title: t('interactions.kpi.columns.startedAt'), dataIndex: 'startedAt', render: localTime },
    ...(showAgent
      ? [
          {
            title: t('interactions.kpi.columns.agent'),
            key: 'agent',
            render: (_: unknown, r: Interaction) => `${r.agentName} · ${r.employeeNo}`,
          },
        ]
      : []),
    {
      title: t('interactions.kpi.columns.direction'),
      dataIndex: 'direction',
      render: (v: Interaction['direction']) => t(`interactions.kpi.directions.${v}`),
    },
    {
      title: t('interactions.kpi.columns.channel'),
      dataIndex: 'channel',
      render: (v: Interaction['channel']) => t(`interactions.kpi.channels.${v}`),
    },
    { title: t('interactions.kpi.columns.businessType'), dataIndex: 'businessType' },
    {
      title: t('interactions.kpi.columns.answered'),
      dataIndex: 'answered',
      render: (v: boolean) => (v ? t('interactions.kpi.yes') : <Tag color="red">{t('interactions.kpi.no')}</Tag>),
    },
    { title: t('interactions.kpi.columns.talk'), dataIndex: 'talkSeconds', align: 'right', render: mmss },
    { title: t('interactions.kpi.columns.hold'), dataIndex: 'holdSeconds', align: 'right', render: mmss },
    { title: t('interactions.kpi.columns.wrap'), dataIndex: 'wrapSeconds', align: 'right', render: mmss },
    { title: t('interactions.kpi.columns.wait'), dataIndex: 'queueWaitSeconds', align: 'right', render: mmss },
    { title: t('interactions.kpi.columns.fcr'), dataIndex: 'fcr', render: yesNo },
    {
      title: t('interactions.kpi.columns.csat'),
      dataIndex: 'csat',
      align: 'right',
      render: (v: number | null) => v ?? '—',
    },
    { title: t('interactions.kpi.columns.customer'), dataIndex: 'customerRef', render: (v: string | null) => v ?? '—' },
    {
      title: t('interactions.kpi.columns.recording'),
      key: 'link',
      render: (_, r) => {
        const url = r.recordingUrl ?? r.transcriptUrl;
        return url && /^https?:\/\//i.test(url) ? (
          <a href={url} target="_blank" rel="noreferrer">
            {t('interactions.kpi.open')}
          </a>
        ) : (
          '—'
        );
      },
    },
  ];

  return (
    <Card
      title={day ? t('interactions.kpi.traceDay', { day }) : t('interactions.kpi.traceRange', { from, to })}
      extra={
        <Space wrap>
          <Segmented
            value={which}
            onChange={(v) => setWhich(v as 'handled' | 'all')}
            options={[
              { value: 'handled', label: t('interactions.kpi.traceHandled') },
              { value: 'all', label: t('interactions.kpi.traceAll') },
            ]}
            data-testid="trace-which"
          />
          {day ? (
            <Button onClick={onClearDay} data-testid="trace-range">
              {t('interactions.kpi.showRange')}
            </Button>
          ) : (
            <span className="sw-detail">{t('interactions.kpi.clickDay')}</span>
          )}
        </Space>
      }
      style={{ marginTop: 16 }}
      data-testid="kpi-trace-card"
    >
      <Table<Interaction>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={list.loading}
        columns={columns}
        dataSource={rows}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          onChange: (p) => {
            const step =
              p === 1 || !rows.length
                ? {}
                : p === page + 1
                  ? { startingAfter: rows[rows.length - 1].id }
                  : p === page - 1
                    ? { endingBefore: rows[0].id }
                    : {};
            setPaging({ key, page: p, cursor: step });
          },
          showSizeChanger: false,
          showTotal: (n) =>
            t(which === 'handled' ? 'interactions.kpi.traceTotalHandled' : 'interactions.kpi.traceTotalAll', {
              n: count(n),
            }),
        }}
        data-testid="kpi-trace"
      />
    </Card>
  );
}
