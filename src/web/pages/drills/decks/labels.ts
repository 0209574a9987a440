import type { Audience } from '../../../../common/drills';
import { useDepartments } from '../../../components/useDepartments';
import { useT, type MsgKey } from '../../../i18n';

/** A deck's audience in words: its departments and statuses, or everyone. */
export function useAudienceText() {
  const t = useT();
  const { departments } = useDepartments();
  return (a: Audience) => {
    const names = a.departmentIds.map((id) => departments.find((d) => d.id === id)?.name ?? id);
    const statuses = a.statuses.map((s) => t(`people.status.${s}` as MsgKey));
    const parts = [...names, ...statuses];
    return parts.length ? parts.join('、') : t('drills.decks.list.everyone');
  };
}
