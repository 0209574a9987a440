import { centerOffset } from '../../lib/center-time.js';
import { dayRange } from '../../lib/clock.js';
import { getSetting } from '../../lib/settings.js';
import type { WorkSource } from '../../lib/work.js';
import { identity } from '../people/identity.service.js';
import { decksFor } from './shared/audience.js';
import { cardsDueBefore, quizOfDay } from './work/work.repo.js';

// What waits in this module for the home page's work list (issue 26; lib/work.ts says how):
// today's drills of a person with decks meant for them — the daily quiz until it is finished,
// and the cards that come due today until they are reviewed. Both are due today.

export const QUIZ_LINK = '/drills/quiz';
export const PRACTICE_LINK = '/drills';

export const drillsWork: WorkSource[] = [
  {
    name: 'drills.quiz',
    kinds: ['drillsQuiz'],
    menus: ['drills-quiz'],
    appliesTo: (actor) => !!actor.employeeId && actor.roles.includes('agent'),
    items: async (db, actor, { today }) => {
      const quiz = await quizOfDay(db, actor.employeeId!, today);
      if (quiz?.status === 'finished') return [];
      if (!quiz) {
        // No deck meant for the person: there is no quiz to take (QUIZ_NO_CARDS).
        const person = await identity(db, actor.employeeId!);
        if (!person || !(await decksFor(db, person)).length) return [];
      }
      const total = quiz ? quiz.total : Math.max(1, Math.round(await getSetting(db, 'drills.quizSize')));
      return [
        {
          key: `drillsQuiz:${today}`,
          kind: 'drillsQuiz',
          menu: 'drills-quiz',
          due: today,
          provisional: false,
          link: QUIZ_LINK,
          params: { answered: quiz?.answered ?? 0, total },
        },
      ];
    },
  },
  {
    name: 'drills.due',
    kinds: ['drillsDue'],
    menus: ['drills-practice'],
    appliesTo: (actor) => !!actor.employeeId && actor.roles.includes('agent'),
    items: async (db, actor, { today }) => {
      const { end } = dayRange(today, today, await centerOffset(db));
      const count = await cardsDueBefore(db, actor.employeeId!, end);
      if (!count) return [];
      return [
        {
          key: `drillsDue:${today}`,
          kind: 'drillsDue',
          menu: 'drills-practice',
          due: today,
          provisional: false,
          link: PRACTICE_LINK,
          params: { count },
        },
      ];
    },
  },
];
