import { workingByRecord } from '../../../lib/calendar.js';
import type { WorkSource } from '../../../lib/work.js';
import { namesOf } from '../../people/identity.service.js';
import { assignmentsWithoutLog } from './mentor-log.repo.js';

// The mentor's daily log (SPEC §7, mentoring/mentoring.log.ts) is live hours per assignment per
// day: on a working day, each active assignment running today with no hours logged for today is
// one item for its mentor, due today, opening that assignment's log. Whoever holds an active
// assignment gets it (mentors come from the mentor pool, not only the mentor role). Logging the
// day's hours (POST /api/training/mentoring/assignments/:id/hours) takes it off the list.

export const mentorLogLink = (assignmentId: string) => `/training/mentoring?log=${assignmentId}`;

export const mentorLogWork: WorkSource = {
  name: 'training.mentorLog',
  kinds: ['trainingMentorLog'],
  menus: ['training-mentoring'],
  appliesTo: (actor) => !!actor.employeeId,
  items: async (db, actor, { today, calendar }) => {
    // A day off has no live listening to log (a year without calendar data counts as ordinary weeks).
    if (!workingByRecord(calendar, today)) return [];
    const rows = await assignmentsWithoutLog(db, actor.employeeId!, today);
    const names = await namesOf(
      db,
      rows.map((r) => r.trainee_id),
    );
    return rows.map((r) => ({
      key: `trainingMentorLog:${r.id}`,
      kind: 'trainingMentorLog',
      menu: 'training-mentoring',
      due: today,
      provisional: !calendar.years.has(Number(today.slice(0, 4))),
      link: mentorLogLink(r.id),
      params: { name: names.get(r.trainee_id) ?? '' },
    }));
  },
};
