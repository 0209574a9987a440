import type { FastifyPluginAsync } from 'fastify';
import { decksRoutes } from './decks/decks.routes.js';
import { errorsRoutes } from './errors/errors.routes.js';
import { practiceRoutes } from './practice/practice.routes.js';
import { quizRoutes } from './quiz/quiz.routes.js';
import { recordingsRoutes } from './recordings/recordings.routes.js';
import { teamRoutes } from './team/team.routes.js';

// Drills (背诵演练, SPEC §5, issue 20), mounted under /api/drills:
//   decks/    decks and cards (recall, choice, cloze, read-aloud), their revisions, Excel import
//   practice/ my daily queue scheduled by FSRS, reviews, similarity of typed answers, the daily
//             goal and streak, mastery per deck
//   recordings/ read-aloud recordings, the learner's own rating and a mentor's
//   errors/   scorecard items linked to cards; failed items and failed exam questions make cards due
//   quiz/     the daily quiz drawn from due cards, its score, and what trainers and leads see of it
//   team/     per person minutes, backlog and mastery, the cards a team misses most, the export
// shared/states.ts moves a person's cards outside their schedule (a boost, a changed card).
export const drillsModule: FastifyPluginAsync = async (app) => {
  await app.register(decksRoutes);
  await app.register(practiceRoutes);
  await app.register(errorsRoutes);
  await app.register(quizRoutes);
  await app.register(recordingsRoutes);
  await app.register(teamRoutes);
};
