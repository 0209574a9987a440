import { Tag } from 'antd';
import type { WarningCause, WarningMetric, WarningStatus } from '../../../../common/analytics-warnings';
import { useT } from '../../../i18n';

// How a warning's codes read: metric, status, the fall with its unit, each cause.

const STATUS_COLOR: Record<WarningStatus, string> = { open: 'red', closed: 'blue', resolved: 'green' };

export function StatusTag({ status }: { status: WarningStatus }) {
  const t = useT();
  return <Tag color={STATUS_COLOR[status]}>{t(`analytics.warnings.status.${status}`)}</Tag>;
}

export function useFallText() {
  const t = useT();
  return (metric: WarningMetric, fall: number, fallPercent: number | null) =>
    t('analytics.warnings.fallText', { fall, unit: t(`analytics.warnings.units.${metric}`) }) +
    (metric !== 'qa' && fallPercent !== null ? t('analytics.warnings.fallPercent', { percent: fallPercent }) : '');
}

export function useCauseText() {
  const t = useT();
  return (c: WarningCause) => {
    if (c.kind === 'item')
      return t('analytics.warnings.cause.item', { label: c.label ?? c.key, first: c.first, last: c.last });
    if (c.kind === 'component')
      return t('analytics.warnings.cause.componentText', {
        label: t(`analytics.warnings.cause.component.${c.key as 'talk'}`),
        first: c.first,
        last: c.last,
      });
    if (c.kind === 'low_scores') return t('analytics.warnings.cause.lowScores', { first: c.first, last: c.last });
    return t('analytics.warnings.cause.businessType', { key: c.key, first: c.first, last: c.last });
  };
}

export function Causes({ causes }: { causes: WarningCause[] }) {
  const t = useT();
  const text = useCauseText();
  if (!causes.length) return <>{t('analytics.warnings.noCauses')}</>;
  return (
    <>
      {causes.slice(0, 3).map((c) => (
        <div key={`${c.kind}-${c.key}`} data-testid="warning-cause">
          {text(c)}
        </div>
      ))}
    </>
  );
}
