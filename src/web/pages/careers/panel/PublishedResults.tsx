import { Card, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { panelApi, panelKey, type PublishedResults as Results } from './api';
import { OutcomeTag, Score } from './labels';

type Row = Results['results'][number];

/**
 * A round's published results, for everyone in the center (names, averages, final score, who was
 * chosen); never the scorers' sheets. The reserve pages render it for rounds whose results are out.
 */
export function PublishedResults(props: { roundId: string }) {
  const t = useT();
  const { data, loading } = useApiQuery(panelKey('results', props.roundId), () => panelApi.results(props.roundId), {
    quiet: true,
  });
  if (!data && !loading) return null;
  return (
    <Card
      size="small"
      title={data ? `${t('careers.panel.results.title')} · ${data.round.name}` : t('careers.panel.results.title')}
      extra={
        data?.round.resultsPublishedAt && (
          <Typography.Text type="secondary">
            {t('careers.panel.results.publishedAt', { day: data.round.resultsPublishedAt.slice(0, 10) })}
          </Typography.Text>
        )
      }
      data-testid={`published-results-${props.roundId}`}
    >
      <Table<Row>
        rowKey="nominationId"
        size="small"
        loading={loading}
        dataSource={data?.results ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('careers.panel.results.empty') }}
        onRow={(r) => ({ 'data-testid': `result-row-${r.nominationId}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('careers.panel.results.rank'),
            width: 60,
            // Equal final scores share a place.
            render: (_, r) =>
              r.finalScore === null
                ? '—'
                : 1 + (data?.results ?? []).filter((x) => (x.finalScore ?? -1) > r.finalScore!).length,
          },
          { title: t('careers.panel.results.name'), dataIndex: 'name' },
          { title: t('careers.panel.results.team'), dataIndex: 'teamName' },
          { title: t('careers.panel.results.panel'), render: (_, r) => <Score value={r.panelAverage} /> },
          { title: t('careers.panel.results.peer'), render: (_, r) => <Score value={r.peerAverage} /> },
          { title: t('careers.panel.results.final'), render: (_, r) => <Score value={r.finalScore} /> },
          { title: t('careers.panel.results.outcome'), render: (_, r) => <OutcomeTag outcome={r.outcome} /> },
        ]}
      />
    </Card>
  );
}
