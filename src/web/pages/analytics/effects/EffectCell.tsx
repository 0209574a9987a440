import { Space, Tag, Tooltip, Typography } from 'antd';
import type { EffectFigure, EffectMetric } from '../../../../common/analytics-effects';
import { useT } from '../../../i18n';
import { num, pct } from '../levels/Figure';

// One trainer's figure on one metric: the shrunk value with its interval, the raw mean and n
// beside it, and a rank only where the server gave one.

export const fmt = (metric: EffectMetric, x: number | null) => (metric === 'retention' ? pct(x) : num(x));

export function EffectCell({ metric, f, testId }: { metric: EffectMetric; f: EffectFigure; testId?: string }) {
  const t = useT();
  if (f.shrunk === null)
    return <Typography.Text type="secondary">{t('analytics.levels.n', { n: f.n })}</Typography.Text>;
  const tip = t('analytics.effects.shrunkTip', {
    value: fmt(metric, f.shrunk),
    low: fmt(metric, f.low),
    high: fmt(metric, f.high),
    raw: fmt(metric, f.raw),
    n: f.n,
    weight: num(f.weight, 2),
  });
  return (
    <Tooltip title={tip}>
      <Space orientation="vertical" size={0} data-testid={testId}>
        <span style={{ whiteSpace: 'nowrap' }}>
          {t('analytics.levels.figure', {
            value: fmt(metric, f.shrunk),
            low: fmt(metric, f.low),
            high: fmt(metric, f.high),
          })}
        </span>
        <Space size={4} wrap={false}>
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
            {`${t('analytics.effects.raw', { value: fmt(metric, f.raw) })} · n = ${f.n}`}
          </Typography.Text>
          {f.rank !== null && <Tag color="blue">{t('analytics.effects.rank', { rank: f.rank })}</Tag>}
        </Space>
      </Space>
    </Tooltip>
  );
}
