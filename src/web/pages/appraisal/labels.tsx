import { Tag } from 'antd';
import type { CycleStepName } from '../../../common/appraisal-cycles';
import { KPI_UNITS, type GradeName, type KpiCodeName, type ScoringRuleShape } from '../../../common/appraisal-plans';
import { useT } from '../../i18n';
import type { Appeal, Sheet } from './appraisalApi';

// How the appraisal pages word and colour codes: grades, steps, statuses, KPI values in their
// unit and a scoring rule as a sentence.

const GRADE_COLORS: Record<GradeName, string> = { S: 'purple', A: 'green', B: 'blue', C: 'orange', D: 'red' };
const STEP_COLORS: Record<CycleStepName, string> = {
  open: 'blue',
  frozen: 'cyan',
  review: 'geekblue',
  confirmation: 'gold',
  appeal: 'orange',
  final: 'purple',
  published: 'green',
};
const APPEAL_COLORS: Record<Appeal['status'], string> = {
  open: 'gold',
  reviewed: 'blue',
  upheld: 'green',
  rejected: 'default',
};

export const DASH = '—';

/** The grades' colours in charts, matching their tags. */
export const GRADE_CHART_COLORS: Record<GradeName, string> = {
  S: '#722ed1',
  A: '#52c41a',
  B: '#1677ff',
  C: '#fa8c16',
  D: '#f5222d',
};

export function GradeTag({ grade, large = false }: { grade: GradeName | null; large?: boolean }) {
  const t = useT();
  if (!grade) return <Tag data-testid="grade-tag">{t('appraisal.ungraded')}</Tag>;
  return (
    <Tag
      color={GRADE_COLORS[grade]}
      data-testid="grade-tag"
      data-grade={grade}
      style={large ? { fontSize: 20, lineHeight: '32px', padding: '0 14px' } : undefined}
    >
      {grade}
    </Tag>
  );
}

export function StepTag({ step }: { step: CycleStepName }) {
  const t = useT();
  return (
    <Tag color={STEP_COLORS[step]} data-testid="step-tag" data-step={step}>
      {t(`appraisal.steps.${step}`)}
    </Tag>
  );
}

export function SheetStatusTag({ status }: { status: Sheet['status'] }) {
  const t = useT();
  const color = status === 'confirmed' ? 'green' : status === 'frozen' ? 'cyan' : 'default';
  return (
    <Tag color={color} data-testid="sheet-status" data-status={status}>
      {t(`appraisal.sheetStatuses.${status}`)}
    </Tag>
  );
}

export function AppealStatusTag({ status }: { status: Appeal['status'] }) {
  const t = useT();
  return (
    <Tag color={APPEAL_COLORS[status]} data-testid="appeal-status" data-status={status}>
      {t(`appraisal.appeals.statuses.${status}`)}
    </Tag>
  );
}

const round = (v: number, digits = 2) => Number(v.toFixed(digits)).toLocaleString();

/** A KPI value in its unit: 92.5%, 312 s, 86.4 points, 120,000. */
export function useKpiValue() {
  const t = useT();
  return (code: KpiCodeName, value: number | null | undefined): string => {
    if (value === null || value === undefined) return DASH;
    return t(`appraisal.units.${KPI_UNITS[code]}`, { v: round(value) });
  };
}

/** The scoring rule of a KPI as a sentence (the formula in words). */
export function useRuleText() {
  const t = useT();
  const value = useKpiValue();
  return (code: KpiCodeName, rule: ScoringRuleShape): string => {
    if (rule.kind === 'manual') return t('appraisal.rules.manual', { max: round(rule.max) });
    if (rule.kind === 'linear') {
      const vars = { floor: value(code, rule.floor), target: value(code, rule.target) };
      return rule.floor > rule.target ? t('appraisal.rules.linearLower', vars) : t('appraisal.rules.linear', vars);
    }
    const bands = [...rule.bands]
      .sort((a, b) => a.min - b.min)
      .map((b) =>
        b.max === null
          ? t('appraisal.rules.bandOpen', { min: value(code, b.min), points: round(b.points) })
          : t('appraisal.rules.band', { min: value(code, b.min), max: value(code, b.max), points: round(b.points) }),
      );
    return t('appraisal.rules.banded', { bands: bands.join(t('common.listSeparator')) });
  };
}

/** Points, weights and totals with two decimals at most. */
export const num = (v: number | null | undefined, digits = 2) =>
  v === null || v === undefined ? DASH : round(v, digits);

/** Money from the API (integer cents) in yuan. */
export const yuan = (cents: number | null | undefined) =>
  cents === null || cents === undefined
    ? DASH
    : (cents / 100).toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
