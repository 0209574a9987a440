import { Alert, Button, Card, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { retentionApi, retentionKey, type Filter, type RetentionOverview } from './api';
import { groupName, pct } from './format';
import { SurvivalChart } from './SurvivalChart';

// 对比: two groups of the current grouping side by side, their curves and the log-rank test, with
// a plain reading — "differ" only when p is below 1 − the confidence the page uses.
export function ComparePanel({ filter, overview }: { filter: Filter; overview: RetentionOverview }) {
  const t = useT();
  const none = t('analytics.retention.none');
  const [a, setA] = useState<string>();
  const [b, setB] = useState<string>();
  const [asked, setAsked] = useState<{ a: string; b: string; filter: Filter } | null>(null);
  const options = overview.groups.map((g) => ({ value: g.key, label: `${groupName(g, none)} (n=${g.n})` }));
  const q = useApiQuery(retentionKey('compare', asked), () => retentionApi.compare(asked!.filter, asked!.a, asked!.b), {
    enabled: !!asked,
  });
  const r = asked && q.data && q.data.by === filter.by ? q.data : null;
  const alpha = 1 - overview.confidencePercent / 100;
  const reading = () => {
    if (!r) return '';
    const [na, nb] = [groupName(r.a, none), groupName(r.b, none)];
    if (r.a.n === 0 || r.b.n === 0) return t('analytics.retention.compare.empty');
    if (r.logRank.p >= alpha) return t('analytics.retention.compare.same', { a: na, b: nb });
    const aWorse = r.logRank.observed[0] > r.logRank.expected[0];
    return t('analytics.retention.compare.differ', { better: aWorse ? nb : na, worse: aWorse ? na : nb });
  };
  return (
    <Card size="small" title={t('analytics.retention.compare.title')}>
      <Space wrap>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 200 }}
          placeholder={t('analytics.retention.compare.a')}
          options={options}
          value={a}
          onChange={setA}
          data-testid="retention-compare-a"
        />
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 200 }}
          placeholder={t('analytics.retention.compare.b')}
          options={options}
          value={b}
          onChange={setB}
          data-testid="retention-compare-b"
        />
        <Button
          type="primary"
          disabled={!a || !b || a === b}
          loading={q.loading}
          onClick={() => a && b && setAsked({ a, b, filter })}
          data-testid="retention-compare-run"
        >
          {t('analytics.retention.compare.run')}
        </Button>
      </Space>
      {r && (
        <div data-testid="retention-compare-result" style={{ marginTop: 12 }}>
          <Alert
            type={r.logRank.p < alpha ? 'warning' : 'info'}
            showIcon
            title={t('analytics.retention.compare.test', {
              chi: r.logRank.chiSquare.toFixed(2),
              p: r.logRank.p < 0.001 ? '< 0.001' : r.logRank.p.toFixed(3),
            })}
            description={reading()}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {[r.a, r.b]
              .map((g) =>
                t('analytics.retention.compare.line', {
                  group: groupName(g, none),
                  n: g.n,
                  at: g.at.map((x) => `${x.months}m ${pct(x.survival)}`).join(' / '),
                }),
              )
              .join('；')}
          </Typography.Paragraph>
          <SurvivalChart
            curves={[
              { name: groupName(r.a, none), group: r.a },
              { name: groupName(r.b, none), group: r.b },
            ]}
            baseline={overview.baseline}
            height={280}
            testId="retention-compare-chart"
          />
        </div>
      )}
    </Card>
  );
}
