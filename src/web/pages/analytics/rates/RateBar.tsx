import { Space, Tooltip, Typography } from 'antd';
import type { Proportion } from '../../../../common/analytics';
import { useT } from '../../../i18n';

// A rate with its interval as a small whisker (0–100 % track, the interval shaded, the rate a
// mark), then the rate, k/n and the bounds — n right after the rate, so it stays in sight on a
// phone: a 100 % of 2 must not look like a 100 % of 200.

export const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

export function RateBar({ p, onOpen, testId }: { p: Proportion; onOpen?: () => void; testId?: string }) {
  const t = useT();
  if (p.rate === null || p.low === null || p.high === null)
    return <Typography.Text type="secondary">n = 0</Typography.Text>;
  const interval = t('analytics.rates.interval', { low: pct(p.low), high: pct(p.high) });
  return (
    <Space size={8} wrap={false} data-testid={testId}>
      <div
        aria-hidden
        style={{ position: 'relative', width: 60, height: 10, background: '#f0f0f0', borderRadius: 5, flex: 'none' }}
      >
        <div
          style={{
            position: 'absolute',
            left: `${p.low * 100}%`,
            width: `${Math.max(1, (p.high - p.low) * 100)}%`,
            top: 2,
            height: 6,
            background: '#91caff',
            borderRadius: 3,
          }}
        />
        <div
          style={{
            position: 'absolute',
            left: `calc(${p.rate * 100}% - 1px)`,
            top: 0,
            width: 3,
            height: 10,
            background: '#0958d9',
          }}
        />
      </div>
      <span style={{ whiteSpace: 'nowrap' }}>{pct(p.rate)}</span>
      <Tooltip title={t('analytics.rates.nTip', { n: p.n })}>
        {onOpen ? (
          <Typography.Link onClick={onOpen} style={{ whiteSpace: 'nowrap' }}>
            {`${p.k}/${p.n}`}
          </Typography.Link>
        ) : (
          <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>{`${p.k}/${p.n}`}</Typography.Text>
        )}
      </Tooltip>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {interval}
      </Typography.Text>
    </Space>
  );
}
