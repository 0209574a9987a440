import { Space, Tag, Tooltip, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { LevelCriterion } from './api';

// Each standard of the next grade as a tag (green met, red not) with its evidence: the figure
// over the window, the standard, and how many sessions, ratings or results it rests on.

export function useEvidence() {
  const t = useT();
  return (c: LevelCriterion) => {
    const v = { value: c.value ?? '', threshold: c.threshold, count: c.count, learners: c.learners ?? 0 };
    switch (c.key) {
      case 'hours':
        return t('careers.levels.evidence.hours', v);
      case 'sessions':
        return t('careers.levels.evidence.sessions', v);
      case 'rating':
        return t(c.value === null ? 'careers.levels.evidence.ratingNone' : 'careers.levels.evidence.rating', v);
      default:
        return t(c.value === null ? 'careers.levels.evidence.passRateNone' : 'careers.levels.evidence.passRate', v);
    }
  };
}

export function StandardTags({ criteria, testId }: { criteria: LevelCriterion[]; testId?: string }) {
  const t = useT();
  const evidence = useEvidence();
  return (
    <Space size={[4, 4]} wrap data-testid={testId}>
      {criteria.map((c) => (
        <Tooltip key={c.key} title={evidence(c)}>
          <Tag color={c.met ? 'green' : 'red'} data-testid={`standard-${c.key}`} data-met={c.met ? 'yes' : 'no'}>
            {c.met ? '✓ ' : '✗ '}
            {t(`careers.levels.criteria.${c.key}`)}
            {c.value !== null ? ` ${c.value}` : ''}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}

/** The same evidence written out, one line per standard (the detail drawer; readable on a phone). */
export function StandardLines({ criteria }: { criteria: LevelCriterion[] }) {
  const t = useT();
  const evidence = useEvidence();
  return (
    <Space orientation="vertical" size={4} data-testid="standard-lines">
      {criteria.map((c) => (
        <span key={c.key}>
          <Tag color={c.met ? 'green' : 'red'}>
            {c.met ? '✓ ' : '✗ '}
            {t(`careers.levels.criteria.${c.key}`)}
          </Tag>
          <Typography.Text type={c.met ? undefined : 'danger'}>{evidence(c)}</Typography.Text>
        </span>
      ))}
    </Space>
  );
}
