import { Button, Card, Checkbox, message, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { http } from '../../../api';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { panelApi, panelKey, type Candidate, type PanelView } from './api';
import { OutcomeTag, Score } from './labels';

type Cohort = { id: string; name: string; startDate: string };

/**
 * Each candidate against each scorer: a sheet's total, or 缺评 where a panel member has none (never
 * a zero); the averages with how many sheets they rest on, the final score and rank; the chosen
 * (the top `seats` by default) and publishing.
 */
export function ScoreMatrix({ view }: { view: PanelView }) {
  const t = useT();
  const open = view.round.status === 'candidates_published';
  const [chosen, setChosen] = useState<string[]>(() =>
    view.candidates.filter((c) => c.suggested).map((c) => c.nominationId),
  );
  const [cohortId, setCohortId] = useState<string | null>(view.round.cohortId);
  const cohorts = useApiQuery(['training', 'cohorts'], () => http.get<Cohort[]>('/training/cohorts'), {
    enabled: open,
  });
  const publish = useApiMutation(
    () => panelApi.publish(view.round.id, { chosen, cohortId, version: view.round.version }),
    { invalidates: [panelKey()], onSuccess: () => void message.success(t('careers.panel.panel.published')) },
  );
  const toggle = (id: string, on: boolean) => setChosen((xs) => (on ? [...xs, id] : xs.filter((x) => x !== id)));

  const scorerColumns = view.scorers.map((s) => ({
    title: (
      <Tooltip title={t(`careers.panel.kind.${s.kind}`)}>
        <span>
          {s.name}
          {s.kind === 'peer' && <Typography.Text type="secondary"> · {t('careers.panel.kind.peer')}</Typography.Text>}
        </span>
      </Tooltip>
    ),
    key: s.employeeId,
    render: (_: unknown, c: Candidate) => {
      const sheet = c.sheets.find((x) => x.scorerId === s.employeeId);
      if (sheet) return sheet.total;
      if (c.employeeId === s.employeeId) return '—';
      return s.kind === 'panel' ? (
        <Tag color="orange" data-testid={`missing-${c.nominationId}-${s.employeeId}`}>
          {t('careers.panel.panel.missing')}
        </Tag>
      ) : (
        <Typography.Text type="secondary">—</Typography.Text>
      );
    },
  }));

  return (
    <Card size="small" title={t('careers.panel.panel.matrix')} data-testid="score-matrix">
      <Table<Candidate>
        rowKey="nominationId"
        size="small"
        pagination={false}
        dataSource={[...view.candidates].sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999))}
        scroll={{ x: 700 + view.scorers.length * 90 }}
        columns={[
          {
            title: t('careers.panel.panel.rank'),
            dataIndex: 'rank',
            width: 60,
            render: (r: number | null) => r ?? '—',
          },
          {
            title: t('careers.panel.panel.candidate'),
            fixed: 'left',
            render: (_, c) => (
              <Space direction="vertical" size={0}>
                <span>{c.name}</span>
                <Typography.Text type="secondary">{c.teamName}</Typography.Text>
              </Space>
            ),
          },
          ...scorerColumns,
          {
            title: t('careers.panel.results.panel'),
            render: (_, c) => (
              <Space direction="vertical" size={0} data-testid={`panel-average-${c.nominationId}`}>
                <span>
                  <Score value={c.panel.average} />{' '}
                  <Typography.Text type="secondary">
                    ({c.panel.n}/{c.panel.of})
                  </Typography.Text>
                </span>
                {c.panel.missing.length > 0 && (
                  <Typography.Text type="warning">
                    {t('careers.panel.panel.missingNames', { names: c.panel.missing.map((m) => m.name).join('、') })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t('careers.panel.results.peer'),
            render: (_, c) => (
              <span>
                <Score value={c.peer.average} />{' '}
                <Typography.Text type="secondary">
                  ({c.peer.n}/{c.peer.of})
                </Typography.Text>
              </span>
            ),
          },
          {
            title: t('careers.panel.panel.final'),
            render: (_, c) =>
              c.noResult ? (
                <Tag data-testid={`no-result-${c.nominationId}`}>{t('careers.panel.panel.noResult')}</Tag>
              ) : (
                <Typography.Text strong data-testid={`final-${c.nominationId}`}>
                  <Score value={c.final} />
                </Typography.Text>
              ),
          },
          {
            title: open ? t('careers.panel.panel.choose') : t('careers.panel.results.outcome'),
            render: (_, c) =>
              open ? (
                <Space>
                  <Checkbox
                    checked={chosen.includes(c.nominationId)}
                    disabled={c.noResult}
                    onChange={(e) => toggle(c.nominationId, e.target.checked)}
                    data-testid={`choose-${c.nominationId}`}
                  />
                  {c.suggested && <Tag color="blue">{t('careers.panel.panel.suggested')}</Tag>}
                </Space>
              ) : (
                <OutcomeTag outcome={c.outcome} />
              ),
          },
        ]}
      />
      {open && (
        <Space wrap style={{ marginTop: 12 }}>
          <span>{t('careers.panel.panel.cohort')}</span>
          <Select<string>
            allowClear
            style={{ minWidth: 220 }}
            value={cohortId ?? undefined}
            placeholder={t('careers.panel.panel.noCohort')}
            onChange={(v) => setCohortId(v ?? null)}
            options={(cohorts.data ?? []).map((c) => ({ value: c.id, label: `${c.name} · ${c.startDate}` }))}
            data-testid="publish-cohort"
          />
          <Popconfirm
            title={t('careers.panel.panel.publishAsk', { n: chosen.length })}
            onConfirm={() => publish.mutate(undefined)}
            okButtonProps={{ ...({ 'data-testid': 'publish-confirm' } as object) }}
          >
            <Button type="primary" loading={publish.isPending} data-testid="publish-results">
              {t('careers.panel.panel.publish')}
            </Button>
          </Popconfirm>
        </Space>
      )}
    </Card>
  );
}
