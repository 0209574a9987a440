import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { RosterFileQuery, RosterImportPreview, RosterImportResult } from '../../../../common/attendance-rosters.js';
import { badRequest } from '../../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { readerLocale } from '../../../lib/reader-locale.js';
import type { Db } from '../../../db/connect.js';
import { readSingleUpload } from '../../../lib/single-upload.js';
import * as service from './import.service.js';
import { required } from './rosters.grid.js';

// Roster import (排班导入) under /api/attendance/rosters: the template, a preview, the import.
// The upload limit is the people roster's (people.rosterMaxUploadMb): both are staff lists.

const upload = (db: Db, req: FastifyRequest) =>
  readSingleUpload(db, req, { what: 'roster', maxMbSetting: 'people.rosterMaxUploadMb', defaultName: 'roster' });

function rosterIdField(raw: unknown) {
  const value = raw === undefined ? '' : String(raw);
  if (!value || value.length > 64)
    throw badRequest('VALIDATION_FAILED', 'rosterId: send the roster id as a form field before the file', 'rosterId');
  return value;
}

export const rosterImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];
  const preHandler = allow('attendance.roster');

  app.get(
    '/rosters/template',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'The roster as a file to fill in (.xlsx with a notes sheet of shift codes, or .csv): its people × its days with the codes entered so far',
        querystring: RosterFileQuery,
      },
    },
    async (req, reply) => {
      const rosterId = required(req.query.rosterId, 'rosterId');
      const file = await service.templateOf(
        db,
        actorOf(req),
        rosterId,
        req.query.format ?? 'xlsx',
        readerLocale(req.query.locale, actorOf(req)),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .send(file.body);
    },
  );

  app.post(
    '/rosters/import/preview',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Check a roster file (multipart: field "rosterId", then the file in "file") against the roster: every row’s problems (unknown_person, not_in_team, unknown_shift, overlap, duplicate_person, bad_day); nothing is written',
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(RosterImportPreview) },
      },
    },
    async (req) => {
      const file = await upload(db, req);
      const data = await file.read();
      const rosterId = rosterIdField(file.fields.rosterId);
      return ok(await service.previewImport(db, actorOf(req), rosterId, file.name, data));
    },
  );

  app.post(
    '/rosters/:id/import',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Import a roster file into the roster: every cell or none (422 ATTENDANCE_IMPORT_HAS_ERRORS when the preview has errors); changes after publishing are recorded and notified',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(RosterImportResult) },
      },
    },
    async (req) => {
      if (!req.isMultipart()) await service.assertEditable(db, actorOf(req), req.params.id);
      const file = await upload(db, req);
      return ok(await service.commitImport(db, actorOf(req), req.params.id, file.name, await file.read()));
    },
  );
};
