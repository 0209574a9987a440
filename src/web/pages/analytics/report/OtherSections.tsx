import { Card, Col, Row, Table, Typography } from 'antd';
import type { RateRow } from '../../../../common/analytics-rates';
import { useT, type MsgKey } from '../../../i18n';
import type { MonthlyReport } from './api';
import { ReportChart } from './ReportChart';

// The other parts' sections of the report, drawn from their figures for the month: retention of
// the recent hiring cohorts (3/6/12 months against the baseline), pass rates by program with
// their Wilson intervals, elimination reasons, the four levels of the programs that ended, and
// trainer effects (raw and shrunk QA with n). Every figure shows its n.

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
const num = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));
const band = (low: number | null, high: number | null) =>
  low === null || high === null ? '' : ` (${pct(low)}–${pct(high)})`;

function RetentionSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  const groups = r.retention.groups;
  const at = (m: number) => groups.map((g) => g.at.find((a) => a.months === m)?.survival ?? null);
  return (
    <Card size="small" title={t('analytics.report.sections.retention')} className="report-section">
      <ReportChart
        percent
        categories={groups.map((g) => g.key)}
        series={[
          ...[3, 6, 12].map((m) => ({
            name: t('analytics.report.retention.at', { months: m }),
            type: 'line' as const,
            data: at(m),
          })),
          {
            name: t('analytics.report.retention.baseline', {
              percent: r.retention.baseline.percent,
              months: r.retention.baseline.months,
            }),
            type: 'line' as const,
            data: groups.map(() => r.retention.baseline.percent / 100),
          },
        ]}
        testId="report-retention-chart"
      />
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={groups}
        scroll={{ x: 'max-content' }}
        data-testid="report-retention"
        columns={[
          { title: t('analytics.report.retention.cohort'), dataIndex: 'key' },
          { title: 'n', dataIndex: 'n', align: 'right' },
          ...[3, 6, 12].map((m) => ({
            title: t('analytics.report.retention.at', { months: m }),
            key: `m${m}`,
            render: (_: unknown, g: (typeof groups)[number]) => {
              const a = g.at.find((x) => x.months === m);
              return a?.survival === null || !a ? '—' : `${pct(a.survival)}${band(a.low, a.high)} · ${a.atRisk}`;
            },
          })),
          {
            title: t('analytics.report.headcount.eliminated'),
            render: (_, g) => g.exits.eliminated,
            align: 'right' as const,
          },
          {
            title: t('analytics.report.headcount.resigned'),
            render: (_, g) => g.exits.resigned,
            align: 'right' as const,
          },
          {
            title: t('analytics.report.headcount.dismissed'),
            render: (_, g) => g.exits.dismissed,
            align: 'right' as const,
          },
        ]}
      />
    </Card>
  );
}

function RatesSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  const rows: RateRow[] = [
    ...r.passRates.rows,
    { ...r.passRates.overall, label: t('analytics.report.headcount.total') },
  ];
  const label = (x: RateRow) => x.label ?? t('analytics.report.headcount.notRecorded');
  return (
    <Card size="small" title={t('analytics.report.sections.passRates')} className="report-section">
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Table<RateRow>
            rowKey="key"
            size="small"
            pagination={false}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            data-testid="report-rates"
            columns={[
              { title: t('analytics.report.rates.program'), render: (_, x) => label(x) },
              { title: 'n', render: (_, x) => x.firstAttempts.n, align: 'right' },
              {
                title: t('analytics.report.rates.passRate'),
                render: (_, x) => `${pct(x.firstAttempts.rate)}${band(x.firstAttempts.low, x.firstAttempts.high)}`,
              },
              {
                title: t('analytics.report.rates.eliminated'),
                render: (_, x) =>
                  x.eliminated ? `${x.eliminated.k}/${x.eliminated.n} · ${pct(x.eliminated.rate)}` : '—',
              },
            ]}
          />
        </Col>
        <Col xs={24} md={10}>
          <div className="report-chart-title">{t('analytics.report.rates.reasons')}</div>
          {r.eliminationReasons.criteria.length ? (
            <ReportChart
              categories={r.eliminationReasons.criteria.map((c) => t(`elimination.criteria.${c.criterion}` as MsgKey))}
              series={[
                {
                  name: t('analytics.report.headcount.people'),
                  data: r.eliminationReasons.criteria.map((c) => c.count),
                },
              ]}
              testId="report-reasons-chart"
            />
          ) : (
            <Typography.Text type="secondary">{t('analytics.report.rates.noReasons')}</Typography.Text>
          )}
        </Col>
      </Row>
    </Card>
  );
}

function LevelsSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  const est = (e: { n: number; value: number | null }) => `${num(e.value)} · n=${e.n}`;
  return (
    <Card size="small" title={t('analytics.report.sections.levels')} className="report-section">
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.levels}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('analytics.report.levels.none') }}
        data-testid="report-levels"
        columns={[
          { title: t('analytics.report.levels.program'), dataIndex: 'title' },
          { title: t('analytics.report.levels.endDate'), dataIndex: 'endDate' },
          { title: t('analytics.report.levels.people'), dataIndex: 'people', align: 'right' },
          { title: t('analytics.report.levels.l1'), render: (_, x) => est(x.feedback) },
          { title: t('analytics.report.levels.l2'), render: (_, x) => `${est(x.examScore)} · ${pct(x.passRate.rate)}` },
          { title: t('analytics.report.levels.l3'), render: (_, x) => `${est(x.qa90)} / ${num(x.center90)}` },
        ]}
      />
    </Card>
  );
}

function EffectsSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  return (
    <Card size="small" title={t('analytics.report.sections.effects')} className="report-section">
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={r.trainerEffects.rows}
        scroll={{ x: 'max-content' }}
        data-testid="report-effects"
        columns={[
          { title: t('analytics.report.effects.trainer'), dataIndex: 'label' },
          { title: t('analytics.report.effects.learners'), dataIndex: 'learners', align: 'right' },
          { title: t('analytics.report.effects.qaRaw'), render: (_, x) => `${num(x.qa.raw)} · n=${x.qa.n}` },
          {
            title: t('analytics.report.effects.qaShrunk'),
            render: (_, x) => `${num(x.qa.shrunk)}${x.qa.low === null ? '' : ` (${num(x.qa.low)}–${num(x.qa.high)})`}`,
          },
          { title: t('analytics.report.effects.rank'), render: (_, x) => x.qa.rank ?? '—' },
          {
            title: t('analytics.report.effects.retention6'),
            render: (_, x) => `${pct(x.survival6.survival)} · ${x.survival6.atRisk}`,
          },
        ]}
      />
    </Card>
  );
}

export function OtherSections({ r }: { r: MonthlyReport }) {
  return (
    <>
      <RetentionSection r={r} />
      <RatesSection r={r} />
      <LevelsSection r={r} />
      <EffectsSection r={r} />
    </>
  );
}
