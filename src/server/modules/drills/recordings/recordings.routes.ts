import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  RecordingLimits,
  RecordingRated,
  RecordingRatingInput,
  RecordingsQuery,
  RecordingUploaded,
  RecordingView,
} from '../../../../common/drills-recordings.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import { sendAudio } from './recording-files.js';
import { readSingleUpload } from '../../../lib/single-upload.js';
import * as service from './recordings.service.js';

// The recordings part of drills (issue 20 item 1), under /api/drills: a learner uploads a
// reading of a read_aloud card; mentors, leads and training staff list, hear and rate those of
// the people they coach. Which rows a person reaches is the service's (recordings.access.ts).
export const recordingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['drills'];
  const practise = allow('drills.practise');

  app.get(
    '/recordings/limits',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'How long a recording may last and how large its file may be (drills.recordingMaxSeconds, recordingMaxMb)',
        response: { 200: okSchema(RecordingLimits) },
      },
    },
    async () => ok(await service.recordingLimits(db)),
  );

  app.post(
    '/recordings',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Upload a reading of a read_aloud card you practise (multipart: field cardId, optional seconds, then file: webm, ogg, mp4, mp3 or wav). 400 MISSING_FILE / EMPTY_FILE / RECORDING_NO_CARD / RECORDING_BAD_SECONDS / RECORDING_BAD_TYPE; 404 for a card not in your decks; 413 FILE_TOO_LARGE; 422 RECORDING_NOT_READ_ALOUD / RECORDING_TOO_LONG / NO_EMPLOYEE',
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(RecordingUploaded) },
      },
    },
    async (req) => {
      const form = await readSingleUpload(db, req, {
        what: 'recording',
        maxMbSetting: 'drills.recordingMaxMb',
        defaultName: 'recording',
      });
      return ok(await service.uploadRecording(db, actorOf(req), form));
    },
  );

  app.get(
    '/recordings',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Recordings, newest first: scope=mine (your own, with the mentor’s rating) or to_rate (the people you coach; mentors, leads and training staff, else 403); state=unrated|rated',
        querystring: RecordingsQuery,
        response: { 200: pageSchema(RecordingView) },
      },
    },
    async (req) => {
      const { data, total } = await service.listRecordings(db, actorOf(req), req.query);
      return page(data, total);
    },
  );

  app.get(
    '/recordings/:id/file',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'The audio of a recording (byte ranges served): its learner, their mentor or lead, training staff; 404 for anyone else',
        params: IdParams,
      },
    },
    async (req, reply) => sendAudio(req, reply, await service.recordingFile(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/recordings/:id/rating',
    {
      preHandler: practise,
      schema: {
        tags,
        summary:
          'Rate a recording 1–5 with a note (a mentor, lead or training staff who sees the learner; the learner is told). 403 on your own; 404 out of your sight; 409 STALE_VERSION',
        params: IdParams,
        body: RecordingRatingInput,
        response: { 200: okSchema(RecordingRated) },
      },
    },
    async (req) => ok(await service.rateRecording(db, actorOf(req), req.params.id, req.body)),
  );
};
