import { Alert, Button, Card, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { AnalyticsFilter, Estimate } from '../../../../common/analytics';
import type { EffectKind, EffectMetric, EffectRow } from '../../../../common/analytics-effects';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { effectsApi, effectsKey } from './api';
import { EffectCell, fmt } from './EffectCell';

// Two trainers (or mentors) side by side: each metric's shrunk figure for both, and the difference
// of their learners' raw means with its interval and p-value, read out in plain words.

const pText = (p: number | null) => (p === null ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3));

export function ComparePanel({ kind, rows, filter }: { kind: EffectKind; rows: EffectRow[]; filter: AnalyticsFilter }) {
  const t = useT();
  const [a, setA] = useState<string>();
  const [b, setB] = useState<string>();
  const [asked, setAsked] = useState<[string, string] | null>(null);
  const result = useApiQuery(
    effectsKey('compare', kind, asked, filter),
    () => effectsApi.compare(kind, asked![0], asked![1], filter),
    { enabled: !!asked },
  );
  const options = rows.map((r) => ({ value: r.key, label: `${r.label}（${r.learners}）` }));
  const d =
    result.data && asked && result.data.a.key === asked[0] && result.data.b.key === asked[1] ? result.data : null;
  const diffText = (m: EffectMetric, e: Estimate) =>
    e.value === null
      ? '—'
      : e.low === null || e.high === null
        ? fmt(m, e.value)
        : t('analytics.levels.figure', { value: fmt(m, e.value), low: fmt(m, e.low), high: fmt(m, e.high) });
  return (
    <Card size="small" title={t('analytics.effects.compare.title')} data-testid="effects-compare">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 180 }}
          placeholder={t('analytics.effects.compare.a')}
          options={options}
          value={a}
          onChange={setA}
          data-testid="effects-compare-a"
        />
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          style={{ minWidth: 180 }}
          placeholder={t('analytics.effects.compare.b')}
          options={options}
          value={b}
          onChange={setB}
          data-testid="effects-compare-b"
        />
        <Button
          type="primary"
          disabled={!a || !b || a === b}
          loading={result.loading}
          onClick={() => setAsked([a!, b!])}
          data-testid="effects-compare-go"
        >
          {t('analytics.effects.compare.go')}
        </Button>
      </Space>
      {!d ? (
        <Typography.Text type="secondary">{t('analytics.effects.compare.pick')}</Typography.Text>
      ) : (
        <div data-testid="effects-compare-result">
          <Table
            rowKey="metric"
            size="small"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={d.differences}
            columns={[
              {
                title: t('analytics.effects.compare.metric'),
                render: (_, r) => t(`analytics.effects.metric.${r.metric}`),
              },
              { title: d.a.label, render: (_, r) => <EffectCell metric={r.metric} f={d.a[r.metric]} /> },
              { title: d.b.label, render: (_, r) => <EffectCell metric={r.metric} f={d.b[r.metric]} /> },
              { title: t('analytics.effects.compare.difference'), render: (_, r) => diffText(r.metric, r.difference) },
              { title: t('analytics.effects.compare.p'), render: (_, r) => pText(r.p) },
            ]}
          />
          {(() => {
            const qa = d.differences.find((x) => x.metric === 'qa');
            if (!qa || qa.difference.low === null || qa.difference.high === null) return null;
            const apart = qa.difference.low > 0 || qa.difference.high < 0;
            return (
              <Alert
                style={{ marginTop: 12 }}
                type={apart ? 'success' : 'info'}
                title={`${t('analytics.effects.metric.qa')}: ${
                  apart
                    ? t('analytics.effects.compare.reading', { p: pText(qa.p) })
                    : t('analytics.effects.compare.noReading')
                }`}
              />
            );
          })()}
        </div>
      )}
    </Card>
  );
}
