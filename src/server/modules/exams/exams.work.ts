import { centerOffset } from '../../lib/center-time.js';
import { localDate, nowIso } from '../../lib/clock.js';
import type { WorkSource } from '../../lib/work.js';
import { essaysToGradeBy, openExamsOf } from './work/work.repo.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how).
// An examinee: each open exam not handed in yet, due on the day its window closes. A grader:
// each exam with essay answers to mark, due on its closing day too — results are released once
// the exam is closed and every answer marked (SPEC §4), so that day is when the marks are wanted.

/** The link of an exam on the examinee's list; the running attempt when there is one. */
export const myExamLink = (examId: string) => `/exams/my?id=${examId}`;
/** The grading queue filtered to one exam. */
export const gradingLink = (examId: string) => `/exams/grading?examId=${examId}`;

export const examsWork: WorkSource[] = [
  {
    name: 'exams.open',
    kinds: ['examsOpen', 'examsResume'],
    menus: ['exams-my'],
    appliesTo: (actor) => !!actor.employeeId,
    items: async (db, actor) => {
      const offset = await centerOffset(db);
      const rows = await openExamsOf(db, actor.employeeId!, nowIso());
      return rows.map((r) => {
        const kind = r.attempt_id ? 'examsResume' : 'examsOpen';
        return {
          key: `${kind}:${r.id}`,
          kind,
          menu: 'exams-my',
          due: localDate(r.closes_at, offset),
          provisional: false,
          link: r.attempt_id ? `/exams/attempts/${r.attempt_id}` : myExamLink(r.id),
          params: { title: r.title },
        };
      });
    },
  },
  {
    name: 'exams.grading',
    kinds: ['examsGrade'],
    menus: ['exams-grading'],
    appliesTo: (actor) => actor.roles.some((r) => r === 'admin' || r === 'training_manager' || r === 'trainer'),
    items: async (db, actor) => {
      const offset = await centerOffset(db);
      const rows = await essaysToGradeBy(db, actor.userId);
      return rows.map((r) => ({
        key: `examsGrade:${r.id}`,
        kind: 'examsGrade',
        menu: 'exams-grading',
        due: localDate(r.closes_at, offset),
        provisional: false,
        link: gradingLink(r.id),
        params: { title: r.title, count: Number(r.n) },
      }));
    },
  },
];
