import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  Quiz,
  QuizAnswerInput,
  QuizAnswerResult,
  QuizResultRow,
  QuizResultsQuery,
} from '../../../../common/drills-quiz.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { suggestAttitudeWith } from '../../exams/daily/attitude-suggestion.js';
import { quizAttitudeSuggestion } from './attitude.js';
import * as service from './quiz.service.js';

// The quiz part of drills (issue 20 item 4), under /api/drills: my quiz of today, its answers,
// and the results of a day for those who coach (row scope in the service: peopleScope).
export const quizRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  // The quiz score as the suggested learning attitude of the daily performance score (the setting
  // drills.quizCountsInAttitude decides, at each prefill).
  suggestAttitudeWith(quizAttitudeSuggestion);
  const tags = ['drills'];
  const practise = allow('drills.practise');

  app.get(
    '/quiz/today',
    {
      preHandler: practise,
      schema: {
        tags,
        summary: 'My quiz of today (center day), or null before I start it',
        response: { 200: okSchema(Quiz.nullable()) },
      },
    },
    async (req) => ok(await service.todaysQuiz(db, actorOf(req))),
  );

  app.post(
    '/quiz/today',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Start my quiz of today (drills.quizSize cards: due ones first, then those reviewed least recently) or return the one started; 422 QUIZ_NO_CARDS / DRILL_NO_EMPLOYEE',
        response: { 200: okSchema(Quiz) },
      },
    },
    async (req) => ok(await service.startQuiz(db, actorOf(req))),
  );

  app.post(
    '/quiz/:id/answers',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Answer a question of my quiz of today: a review like any other (practice schedules the card), scored in the quiz. 404 another’s quiz; 409 QUIZ_ALREADY_ANSWERED; 422 QUIZ_DAY_OVER / QUIZ_CARD_NOT_IN_QUIZ',
        params: IdParams,
        body: QuizAnswerInput,
        response: { 200: okSchema(QuizAnswerResult) },
      },
    },
    async (req) => ok(await service.answerQuiz(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/quiz/results',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'The quizzes of a day (default today) of the people you may see: a trainer their learners, a team lead their team, training managers everyone, an agent their own',
        querystring: QuizResultsQuery,
        response: { 200: okSchema(QuizResultRow.array()) },
      },
    },
    async (req) => ok(await service.quizResults(db, actorOf(req), req.query)),
  );
};
