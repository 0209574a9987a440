import { Space, Tooltip, Typography } from 'antd';
import type { Estimate, Proportion } from '../../../../common/analytics';
import { useT } from '../../../i18n';

// A mean or a difference with its interval and its n, the one way every analytics figure of the
// levels and effects pages is written: "82.3 (79.1–85.5) n = 16".

export const num = (x: number | null | undefined, digits = 1) =>
  x === null || x === undefined || !Number.isFinite(x) ? '—' : x.toFixed(digits);
export const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

export function Figure({ e, digits = 1, testId }: { e: Estimate; digits?: number; testId?: string }) {
  const t = useT();
  if (e.value === null)
    return <Typography.Text type="secondary">{t('analytics.levels.n', { n: e.n })}</Typography.Text>;
  const text =
    e.low === null || e.high === null
      ? num(e.value, digits)
      : t('analytics.levels.figure', {
          value: num(e.value, digits),
          low: num(e.low, digits),
          high: num(e.high, digits),
        });
  return (
    <Space size={6} wrap={false} data-testid={testId}>
      <span style={{ whiteSpace: 'nowrap' }}>{text}</span>
      <Tooltip title={t('analytics.levels.n', { n: e.n })}>
        <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
          {t('analytics.levels.n', { n: e.n })}
        </Typography.Text>
      </Tooltip>
    </Space>
  );
}

export function RateFigure({ p, testId }: { p: Proportion; testId?: string }) {
  const t = useT();
  if (p.rate === null) return <Typography.Text type="secondary">{t('analytics.levels.n', { n: p.n })}</Typography.Text>;
  return (
    <Space size={6} wrap={false} data-testid={testId}>
      <span style={{ whiteSpace: 'nowrap' }}>
        {t('analytics.levels.figure', { value: pct(p.rate), low: pct(p.low), high: pct(p.high) })}
      </span>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{`${p.k}/${p.n}`}</Typography.Text>
    </Space>
  );
}
