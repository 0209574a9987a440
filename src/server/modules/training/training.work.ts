import { centerOffset } from '../../lib/center-time.js';
import { dayRange, localDate, localTime, nowIso } from '../../lib/clock.js';
import type { WorkSource } from '../../lib/work.js';
import { namesOf } from '../people/identity.service.js';
import { mentorLogWork } from './work/mentor-log.work.js';
import { mySessionsBetween, openProblemsOf, sessionsMissingAttendance } from './work/work.repo.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
// A trainer: each session of theirs, today's or past, with attendance still to take (due the
// session's day). A learner: today's sessions they are enrolled in, until attended. A mentor:
// the problems met with a mentee still open, due the day they were met (SPEC §7: closed that day).

export const attendanceLink = (sessionId: string) => `/training/sessions/${sessionId}/attendance`;
export const sessionLink = (sessionId: string) => `/training/sessions/${sessionId}`;
export const MENTORING_LINK = '/training/mentoring';

export const trainingWork: WorkSource[] = [
  {
    name: 'training.attendance',
    kinds: ['trainingAttendance'],
    menus: ['training-attendance'],
    appliesTo: (actor) => !!actor.employeeId && actor.roles.some((r) => r === 'trainer' || r === 'training_manager'),
    items: async (db, actor, { today }) => {
      const offset = await centerOffset(db);
      const { end } = dayRange(today, today, offset);
      const rows = await sessionsMissingAttendance(db, actor.employeeId!, end);
      return rows.map((r) => ({
        key: `trainingAttendance:${r.id}`,
        kind: 'trainingAttendance',
        menu: 'training-attendance',
        due: localDate(r.starts_at, offset),
        provisional: false,
        link: attendanceLink(r.id),
        params: { title: r.title ?? r.course, count: Number(r.n) },
      }));
    },
  },
  {
    name: 'training.sessionsToday',
    kinds: ['trainingSession'],
    menus: ['training-my'],
    appliesTo: (actor) => !!actor.employeeId,
    items: async (db, actor, { today }) => {
      const offset = await centerOffset(db);
      const { start, end } = dayRange(today, today, offset);
      const rows = await mySessionsBetween(db, actor.employeeId!, start, end, nowIso());
      return rows.map((r) => ({
        key: `trainingSession:${r.id}`,
        kind: 'trainingSession',
        menu: 'training-my',
        due: today,
        provisional: false,
        link: sessionLink(r.id),
        params: { title: r.title ?? r.course, time: localTime(r.starts_at, offset).slice(11), room: r.room ?? '' },
      }));
    },
  },
  {
    name: 'training.mentorProblems',
    kinds: ['trainingMentorProblem'],
    menus: ['training-mentoring'],
    appliesTo: (actor) => !!actor.employeeId && actor.roles.includes('mentor'),
    items: async (db, actor) => {
      const rows = await openProblemsOf(db, actor.employeeId!);
      const names = await namesOf(
        db,
        rows.map((r) => r.trainee_id),
      );
      return rows.map((r) => ({
        key: `trainingMentorProblem:${r.id}`,
        kind: 'trainingMentorProblem',
        menu: 'training-mentoring',
        due: r.work_date,
        provisional: false,
        link: MENTORING_LINK,
        params: { name: names.get(r.trainee_id) ?? '', description: r.description },
      }));
    },
  },
  // A mentor: each active mentee's daily log not yet written today (work/mentor-log.work.ts).
  mentorLogWork,
];
