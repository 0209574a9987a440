import type { WorkItem } from '../../../../common/home.js';
import type { WorkSource } from '../../../lib/work.js';
import { identities } from '../../people/identity.service.js';
import { ledTeamIds } from '../leave/leave.access.js';
import { swapLink } from '../swaps/swaps.service.js';
import { swapsAskingMe, swapsToApprove } from './work.repo.js';

// Swaps on the home page (issue 26): the colleague asked to take a shift answers before the first
// of the two days; the lead of the requester's team approves an accepted swap before then too
// (a swap of a day gone is refused, SWAP_DAY_PAST).

const firstDay = (a: string, b: string) => (a < b ? a : b);

export const swapsToAnswer: WorkSource = {
  name: 'attendance.swapsToAnswer',
  kinds: ['attendanceSwapToAnswer'],
  menus: ['attendance-swaps'],
  appliesTo: (actor) => !!actor.employeeId,
  async items(db, actor) {
    const rows = await swapsAskingMe(db, actor.employeeId!);
    const names = await identities(
      db,
      rows.map((r) => r.requester_id),
    );
    return rows.map((r): WorkItem => ({
      key: `attendanceSwapToAnswer:${r.id}`,
      kind: 'attendanceSwapToAnswer',
      menu: 'attendance-swaps',
      due: firstDay(r.requester_day, r.colleague_day),
      provisional: false,
      link: swapLink(r.id),
      params: { name: names.get(r.requester_id)?.name ?? '', day: r.requester_day, colleagueDay: r.colleague_day },
    }));
  },
};

export const swapsToDecide: WorkSource = {
  name: 'attendance.swapsToDecide',
  kinds: ['attendanceSwapToApprove'],
  menus: ['attendance-swaps'],
  appliesTo: (actor) => actor.roles.includes('team_lead') && !!actor.teamId,
  async items(db, actor) {
    const [teamId] = [...(await ledTeamIds(db, actor))];
    if (!teamId) return [];
    const rows = await swapsToApprove(db, teamId, actor.employeeId);
    const names = await identities(
      db,
      rows.flatMap((r) => [r.requester_id, r.colleague_id]),
    );
    return rows.map((r): WorkItem => ({
      key: `attendanceSwapToApprove:${r.id}`,
      kind: 'attendanceSwapToApprove',
      menu: 'attendance-swaps',
      due: firstDay(r.requester_day, r.colleague_day),
      provisional: false,
      link: swapLink(r.id),
      params: {
        name: names.get(r.requester_id)?.name ?? '',
        colleague: names.get(r.colleague_id)?.name ?? '',
        day: r.requester_day,
        colleagueDay: r.colleague_day,
      },
    }));
  },
};
