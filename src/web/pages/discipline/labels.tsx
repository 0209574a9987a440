import { Tag } from 'antd';
import { useT, type MsgKey } from '../../i18n';
import type { DisciplineEventData } from '../../../common/discipline';
import type { DisciplineSummary } from './disciplineApi';

// How a record's state and its events read, in the reader's language, from the codes the API sends.

const COLORS: Record<DisciplineSummary['status'], string> = {
  pending: 'gold',
  appealed: 'purple',
  confirmed: 'red',
  withdrawn: 'default',
};

export function StatusTag({ r }: { r: Pick<DisciplineSummary, 'status' | 'expired'> }) {
  const t = useT();
  if (r.status === 'confirmed' && r.expired) return <Tag>{t('discipline.expired')}</Tag>;
  return <Tag color={COLORS[r.status]}>{t(`discipline.statuses.${r.status}`)}</Tag>;
}

/** One line of a record's history: who did what, with the kind said in words. */
export function useEventText() {
  const t = useT();
  return (e: DisciplineEventData) => {
    const p = e.params;
    const kind = typeof p.kind === 'string' ? t(`discipline.kinds.${p.kind}` as MsgKey) : '';
    const line = t(`discipline.events.${e.kind}`, {
      ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, v ?? ''])),
      kind,
      actor: e.actor.name,
    });
    return e.kind !== 'recorded' && p.onAppeal === 1 ? `${line}${t('discipline.onAppeal')}` : line;
  };
}
