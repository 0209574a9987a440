import { Progress, Space, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { Progress as MethodProgress } from './samplingApi';

/** Today's progress per method against the evaluator's quota. */
export function QuotaBars({ progress, compact = false }: { progress: MethodProgress[]; compact?: boolean }) {
  const t = useT();
  return (
    <Space size={compact ? 12 : 24} wrap>
      {progress.map((p) => (
        <div key={p.method} style={{ minWidth: compact ? 120 : 220 }} data-testid={`quota-${p.method}`}>
          <Typography.Text type="secondary">
            {t(`quality.sampling.methods.${p.method}`)} {p.done}/{p.quota}
          </Typography.Text>
          <Progress
            size="small"
            percent={p.quota ? Math.min(100, Math.round((p.done / p.quota) * 100)) : 100}
            status={p.done >= p.quota ? 'success' : 'active'}
            showInfo={!compact}
          />
        </div>
      ))}
    </Space>
  );
}
