import { Card, DatePicker, Select, Space, Table, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { AnalyticsFilter } from '../../../../common/analytics';
import { EFFECT_KINDS, EFFECT_METRICS, type EffectKind, type EffectRow } from '../../../../common/analytics-effects';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { AsOf } from '../facts/AsOf';
import { num, pct } from '../levels/Figure';
import { effectsApi, effectsKey } from './api';
import { ComparePanel } from './ComparePanel';
import { EffectCell } from './EffectCell';
import { EffectsChart } from './EffectsChart';

// 讲师与导师效果 (issue 22 item 4): per trainer (or mentor) their learners' later QA, KPIs and
// 6-month retention, raw and shrunk toward the center with intervals, n always, a rank only where
// the intervals separate; a chart of raw against shrunk; two compared side by side.

export default function EffectsPage() {
  const t = useT();
  const { departments } = useDepartments();
  const [kind, setKind] = useState<EffectKind>('trainer');
  const [filter, setFilter] = useState<AnalyticsFilter>({});
  const res = useApiQuery(effectsKey('list', kind, filter), () => effectsApi.effects(kind, filter), {
    keepPrevious: true,
  });
  const d = res.data?.kind === kind ? res.data : null;
  const month = (m: string | undefined) => (m ? dayjs(`${m}-01`) : null);
  return (
    <div data-testid="analytics-effects-page">
      <PageHeader title={t('analytics.effects.title')} extra={<AsOf />} />
      <Typography.Paragraph type="secondary">
        {t('analytics.effects.help', {
          months: d?.followMonths ?? 6,
          confidence: d?.confidencePercent ?? 95,
          min: d?.minLearners ?? 5,
        })}
      </Typography.Paragraph>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Space wrap>
            <DatePicker.RangePicker
              picker="month"
              allowEmpty={[true, true]}
              value={[month(filter.hiredFrom), month(filter.hiredTo)]}
              onChange={(r) =>
                setFilter({ ...filter, hiredFrom: r?.[0]?.format('YYYY-MM'), hiredTo: r?.[1]?.format('YYYY-MM') })
              }
              placeholder={[t('analytics.effects.filters.hired'), t('analytics.effects.filters.hired')]}
              aria-label={t('analytics.effects.filters.hired')}
              data-testid="effects-filter-hired"
            />
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('analytics.effects.filters.allDepartments')}
              options={departments.map((x) => ({ value: x.id, label: x.name }))}
              value={filter.departmentId}
              onChange={(v?: string) => setFilter({ ...filter, departmentId: v })}
              aria-label={t('analytics.effects.filters.department')}
              data-testid="effects-filter-department"
            />
          </Space>
        </Card>
        <Card size="small">
          <Tabs
            activeKey={kind}
            onChange={(k) => setKind(k as EffectKind)}
            items={EFFECT_KINDS.map((k) => ({ key: k, label: t(`analytics.effects.tabs.${k}`) }))}
            data-testid="effects-tabs"
          />
          <Table<EffectRow>
            rowKey="key"
            size="small"
            loading={res.loading}
            dataSource={d?.rows ?? []}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: t('analytics.effects.empty') }}
            data-testid="effects-table"
            columns={[
              { title: t('analytics.effects.columns.name'), dataIndex: 'label', fixed: 'left' },
              { title: t('analytics.effects.columns.learners'), dataIndex: 'learners' },
              ...EFFECT_METRICS.map((m) => ({
                title: (
                  <span>
                    {t(`analytics.effects.metric.${m}`)}
                    {d && (
                      <Typography.Text type="secondary" style={{ display: 'block', fontWeight: 'normal' }}>
                        {t('analytics.effects.center', {
                          value: m === 'retention' ? pct(d.center.retention.rate) : num(d.center[m]),
                        })}
                      </Typography.Text>
                    )}
                  </span>
                ),
                render: (_: unknown, r: EffectRow) => (
                  <EffectCell metric={m} f={r[m]} testId={`effects-${m}-${r.key}`} />
                ),
              })),
              {
                title: 'KM',
                render: (_: unknown, r: EffectRow) =>
                  r.survival6.survival === null
                    ? '—'
                    : t('analytics.effects.km', {
                        value: pct(r.survival6.survival),
                        low: pct(r.survival6.low),
                        high: pct(r.survival6.high),
                        n: r.survival6.atRisk,
                      }),
              },
            ]}
          />
        </Card>
        {d && d.rows.length > 0 && (
          <Card size="small" title={t('analytics.effects.chart.title')}>
            <EffectsChart data={d} />
          </Card>
        )}
        <ComparePanel kind={kind} rows={d?.rows ?? []} filter={filter} />
      </Space>
    </div>
  );
}
