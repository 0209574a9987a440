import { Space, Tag, Tooltip } from 'antd';
import { useT, type MsgKey } from '../../../i18n';
import type { PoolCriterion } from './api';

// Each pool criterion as a tag (green met, orange waived, red not met) with its evidence in a
// tooltip: the numbers compared, the dates and names they come from.

const COLORS = { met: 'green', waived: 'gold', below: 'red', no_data: 'red', not_configured: 'default' } as const;

export function useEvidence() {
  const t = useT();
  return (c: PoolCriterion) => {
    const v = {
      value: c.value ?? '',
      threshold: c.threshold ?? '',
      count: c.count ?? 0,
      date: c.date ?? '',
      label: c.label ?? '',
      how: c.how ? t(`mentorship.pool.evidence.how.${c.how}` as MsgKey) : '',
    };
    switch (c.key) {
      case 'tenure':
        return t('mentorship.pool.evidence.tenure', v);
      case 'qa':
        return t(c.value === null ? 'mentorship.pool.evidence.qaNone' : 'mentorship.pool.evidence.qa', v);
      case 'appraisal':
        if (c.state === 'waived') return t('mentorship.pool.evidence.appraisalWaived');
        return t(c.value === null ? 'mentorship.pool.evidence.appraisalNone' : 'mentorship.pool.evidence.appraisal', v);
      default:
        if (c.state === 'not_configured') return t('mentorship.pool.evidence.trainingNotConfigured');
        return t(c.met ? 'mentorship.pool.evidence.training' : 'mentorship.pool.evidence.trainingNone', v);
    }
  };
}

export function CriteriaTags({ criteria, testId }: { criteria: PoolCriterion[]; testId?: string }) {
  const t = useT();
  const evidence = useEvidence();
  return (
    <Space size={[4, 4]} wrap data-testid={testId}>
      {criteria.map((c) => (
        <Tooltip key={c.key} title={evidence(c)}>
          <Tag color={COLORS[c.state]} data-testid={`criterion-${c.key}`} data-met={c.met ? 'yes' : 'no'}>
            {c.met ? '✓ ' : '✗ '}
            {t(`mentorship.pool.criteria.${c.key}`)}
            {c.key === 'qa' && c.value !== null ? ` ${c.value}` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
