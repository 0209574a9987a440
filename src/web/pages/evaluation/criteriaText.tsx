import { Tag, Tooltip } from 'antd';
import type { MsgKey, Vars } from '../../i18n';
import { useT } from '../../i18n';
import type { Criterion } from './evaluationApi';

// What each criterion's trigger says, in the reader's language, from the numbers the server sent
// (facts) rather than its English sentence; and the tags the lists and the board show.

type T = (key: MsgKey, vars?: Vars) => string;
type Facts = Record<string, string | number | null>;
const v = (f: Facts): Vars => Object.fromEntries(Object.entries(f).map(([k, x]) => [k, x ?? '—']));

export function triggerText(t: T, c: Pick<Criterion, 'code' | 'met' | 'atRisk' | 'facts'>): string {
  const f = v(c.facts);
  if (c.code === 'theory_fails' || c.code === 'practical_fails') {
    const kind = t(c.code === 'theory_fails' ? 'evaluation.triggers.theory' : 'evaluation.triggers.practical');
    return t(
      c.met
        ? 'evaluation.triggers.fails.met'
        : c.atRisk
          ? 'evaluation.triggers.fails.atRisk'
          : 'evaluation.triggers.fails.rule',
      { ...f, kind },
    );
  }
  if (c.code === 'daily_below') {
    if (c.met) return t('evaluation.triggers.daily.met', f);
    if (c.atRisk)
      return t(
        Number(c.facts.reminders) < Number(c.facts.remindersNeeded)
          ? 'evaluation.triggers.daily.oneShort'
          : 'evaluation.triggers.daily.next',
        f,
      );
    return t('evaluation.triggers.daily.rule', f);
  }
  // Criterion 4 is met (or one short) through other recorded misconduct rather than attendance.
  const misconduct = Number(c.facts.misconduct ?? 0),
    misconductThreshold = Number(c.facts.misconductThreshold ?? 0);
  const count = Number(c.facts.count ?? 0),
    threshold = Number(c.facts.threshold ?? 0);
  if (c.met && misconduct >= misconductThreshold && misconductThreshold > 0 && count < threshold)
    return t('evaluation.triggers.misconduct.met', f);
  if (c.atRisk && misconductThreshold > 1 && misconduct === misconductThreshold - 1 && count !== threshold - 1)
    return t('evaluation.triggers.misconduct.atRisk', f);
  return t(
    c.met
      ? 'evaluation.triggers.attendance.met'
      : c.atRisk
        ? 'evaluation.triggers.attendance.atRisk'
        : 'evaluation.triggers.attendance.rule',
    f,
  );
}

export function StateTag({ met, atRisk }: { met: boolean; atRisk: boolean }) {
  const t = useT();
  if (met) return <Tag color="red">{t('evaluation.state.met')}</Tag>;
  if (atRisk) return <Tag color="orange">{t('evaluation.state.atRisk')}</Tag>;
  return <Tag color="green">{t('evaluation.state.ok')}</Tag>;
}

/** One tag per flagged criterion (met red, at risk orange), the trigger in the tooltip. */
export function CriteriaTags({ criteria }: { criteria: Pick<Criterion, 'code' | 'met' | 'atRisk' | 'facts'>[] }) {
  const t = useT();
  const flagged = criteria.filter((c) => c.met || c.atRisk);
  if (!flagged.length) return <Tag color="green">{t('evaluation.state.ok')}</Tag>;
  return (
    <>
      {flagged.map((c) => (
        <Tooltip key={c.code} title={triggerText(t, c)}>
          <Tag color={c.met ? 'red' : 'orange'} data-testid={`criterion-${c.code}`}>
            {t(`evaluation.criteria.${c.code}` as MsgKey)}
          </Tag>
        </Tooltip>
      ))}
    </>
  );
}

export const statusLabel = (t: T, status: string) => t(`evaluation.statuses.${status}` as MsgKey) ?? status;
