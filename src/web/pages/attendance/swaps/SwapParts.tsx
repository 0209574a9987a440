import { Tag, Typography } from 'antd';
import type { z } from 'zod';
import type { SwapEntry, SwapProblem } from '../../../../common/attendance-swaps';
import { translateMaybe, useT } from '../../../i18n';
import type { Swap } from './api';

// Small pieces of the swaps page: an entry of the schedule, a status, a problem the check found.

export function EntryText({ e }: { e: z.infer<typeof SwapEntry> | null | undefined }) {
  const t = useT();
  if (!e) return <Typography.Text type="secondary">{t('attendance.swaps.notRostered')}</Typography.Text>;
  if (!e.shiftId) return <Tag>{t('attendance.swaps.rest')}</Tag>;
  return (
    <Tag color="blue">
      {e.start}–{e.end}
      {e.skill ? ` · ${e.skill}` : ''}
    </Tag>
  );
}

const COLORS: Record<string, string> = {
  proposed: 'gold',
  accepted: 'blue',
  approved: 'green',
  declined: 'default',
  rejected: 'red',
  cancelled: 'default',
};

export function SwapStatusTag({ status }: { status: Swap['status'] }) {
  const t = useT();
  return <Tag color={COLORS[status]}>{t(`attendance.swaps.status.${status}`)}</Tag>;
}

/** A problem from the server's check, in the reader's language (the error texts of the same codes). */
export function ProblemTag({ p, name }: { p: z.infer<typeof SwapProblem>; name: string }) {
  return (
    <Tag color="red" data-testid="swap-problem">
      {translateMaybe(`errors.${p.code}`, { name, day: p.day, skill: p.skill ?? '' }) ?? p.code}
    </Tag>
  );
}
