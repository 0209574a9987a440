import { Alert, Card, Space, Spin, Table, Tag, Typography } from 'antd';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import type { ItemKindName } from '../../../../common/quality';
import type { Content } from '../forms/formsApi';
import { fromChoice, itemValueText } from '../forms/itemValue';
import { calibrationApi, type CalibrationReport } from './calibrationApi';
import { AgreementFigures } from './AgreementFigures';

type Interaction = CalibrationReport['interactions'][number];
type ItemRow = Interaction['items'][number];

const devColor = (d: number | null, tolerance?: number) =>
  d === null || d === 0 ? undefined : tolerance !== undefined && Math.abs(d) > tolerance ? '#cf1322' : '#d48806';
const signed = (d: number | null) => (d === null ? '—' : d > 0 ? `+${d}` : String(d));

/** The calibration report: evaluators against the consensus (tolerance flags), each item's
 *  deviations and spread, and agreement per item kind (AgreementFigures). An invited evaluator gets the 'own'
 *  view from the server: only their own column, the consensus and the anonymous spread. */
export function CalibrationReportView({ sessionId, content }: { sessionId: string; content: Content }) {
  const t = useT();
  // Under the session's key: a consensus saved there refreshes the report.
  const r = useApiQuery(keys.quality('calibration', sessionId, 'report'), () => calibrationApi.report(sessionId)).data;
  if (!r) return <Spin />;
  const value = (v: string | null, kind: ItemKindName) =>
    v === null ? '—' : itemValueText({ kind }, fromChoice(v) ?? null, t); // v: a choice ('1', '0', 'na', '3')
  const kinds = new Map(content.sections.flatMap((s) => s.items).map((i) => [i.key, i.kind]));
  const own = r.view === 'own';

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="calibration-report">
      {own && (
        <Alert
          type="info"
          showIcon
          title={t('quality.calibration.report.ownView')}
          data-testid="calibration-own-view"
        />
      )}
      {!r.consensusComplete && <Alert type="warning" showIcon title={t('quality.calibration.report.noConsensus')} />}
      <Card size="small">
        <Space size="large" wrap>
          <Typography.Text type="secondary">
            {t('quality.calibration.report.spreadAll', {
              min: r.spread.min ?? '—',
              max: r.spread.max ?? '—',
              sd: r.spread.sd ?? '—',
            })}
          </Typography.Text>
        </Space>
      </Card>
      <AgreementFigures agreement={r.agreement} />
      <Table
        rowKey="userId"
        size="small"
        pagination={false}
        dataSource={r.evaluators}
        data-testid="calibration-evaluators-table"
        columns={[
          { title: t('quality.calibration.report.evaluator'), dataIndex: 'name' },
          { title: t('quality.calibration.report.scored'), dataIndex: 'scored' },
          {
            title: t('quality.calibration.report.meanDeviation'),
            dataIndex: 'meanDeviation',
            render: (d: number | null) => <span style={{ color: devColor(d, r.tolerance) }}>{signed(d)}</span>,
          },
          {
            title: t('quality.calibration.report.meanAbsDeviation'),
            dataIndex: 'meanAbsDeviation',
            render: (d: number | null) => d ?? '—',
          },
          { title: t('quality.calibration.report.itemsDiffering'), dataIndex: 'itemsDiffering' },
          {
            title: t('quality.calibration.report.flag'),
            dataIndex: 'outside',
            render: (o: boolean) => (
              <Tag color={o ? 'red' : 'green'}>
                {o
                  ? t('quality.calibration.report.outside', { tolerance: r.tolerance })
                  : t('quality.calibration.report.inside')}
              </Tag>
            ),
          },
        ]}
      />
      {r.interactions.map((it, i) => (
        <Card
          key={it.interactionId}
          size="small"
          title={t('quality.calibration.session.interaction', { n: i + 1 })}
          extra={
            <span>
              {t('quality.calibration.report.consensus')}: <b>{it.consensusScore ?? '—'}</b>
            </span>
          }
        >
          <Table<ItemRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={it.items}
            scroll={{ x: true }}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <b>{t('quality.calibration.report.score')}</b>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{it.consensusScore ?? '—'}</Table.Summary.Cell>
                {it.evaluators.map((e, k) => (
                  <Table.Summary.Cell key={e.userId} index={2 + k}>
                    <span
                      style={{ color: devColor(e.deviation, r.tolerance), fontWeight: e.outside ? 600 : undefined }}
                    >
                      {e.score} ({signed(e.deviation)})
                    </span>
                    {e.outside && (
                      <Tag color="red" style={{ marginLeft: 4 }}>
                        {t('quality.calibration.report.outside', { tolerance: r.tolerance })}
                      </Tag>
                    )}
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={2 + it.evaluators.length}>
                  {it.scoreMin ?? '—'} / {it.scoreMax ?? '—'} / {it.scoreSd ?? '—'}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3 + it.evaluators.length} />
              </Table.Summary.Row>
            )}
            columns={[
              { title: t('quality.calibration.report.item'), dataIndex: 'label' },
              {
                title: t('quality.calibration.report.consensus'),
                dataIndex: 'consensus',
                render: (v: string | null, row) => value(v, row.kind),
              },
              ...it.evaluators.map((e, k) => ({
                key: e.userId,
                title: own ? t('quality.calibration.report.you') : e.name,
                render: (_: unknown, row: ItemRow) => {
                  const d = row.deviations[k];
                  const differs = row.consensus !== null && d?.value !== row.consensus;
                  return (
                    <span style={{ color: differs ? '#cf1322' : undefined }}>
                      {value(d?.value ?? null, kinds.get(row.key) ?? row.kind)}{' '}
                      {d?.points ? `(${signed(d.points)})` : ''}
                    </span>
                  );
                },
              })),
              {
                title: t('quality.calibration.report.spread'),
                render: (_: unknown, row: ItemRow) => `${row.min ?? '—'} / ${row.max ?? '—'} / ${row.sd ?? '—'}`,
              },
              {
                title: t('quality.calibration.report.agreement'),
                dataIndex: 'agreement',
                render: (a: number | null) => (a === null ? '—' : `${Math.round(a * 100)}%`),
              },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}
