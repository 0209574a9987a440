import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { readSingleUpload } from '../../../lib/single-upload.js';
import { CommitBody, CommitResult, RosterPreview, TemplateQuery } from './roster.schema.js';
import * as service from './roster.service.js';

// Roster import: download the template, upload a file for a preview, commit the preview.
export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['people'];
  const preHandler = allow('people.import');

  app.get(
    '/roster/template',
    {
      preHandler,
      schema: {
        tags,
        summary: "The roster template (.xlsx with a notes sheet, or UTF-8 .csv) in the reader's language",
        querystring: TemplateQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const file = await service.rosterTemplate(db, req.query.format, readerLocale(req.query.locale, actorOf(req)));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .send(file.body);
    },
  );

  app.post(
    '/roster/imports',
    {
      preHandler,
      schema: {
        tags,
        summary:
          'Upload a roster (.xlsx or .csv, multipart field "file"); every row is checked and nothing is written. 413 FILE_TOO_LARGE over people.rosterMaxUploadMb',
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(RosterPreview) },
      },
    },
    async (req) => {
      const file = await readSingleUpload(db, req, {
        what: 'roster',
        maxMbSetting: 'people.rosterMaxUploadMb',
        defaultName: 'roster',
      });
      return ok(await service.previewImport(db, actorOf(req), file.name, await file.read()));
    },
  );

  app.get(
    '/roster/imports/:id',
    {
      preHandler,
      schema: { tags, summary: 'A roster preview', params: IdParams, response: { 200: okSchema(RosterPreview) } },
    },
    async (req) => ok(await service.getImport(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/roster/imports/:id/commit',
    {
      preHandler,
      schema: {
        tags,
        summary: 'Write a previewed roster: all rows or none',
        params: IdParams,
        body: CommitBody,
        response: { 200: okSchema(CommitResult) },
      },
    },
    async (req) => ok(await service.commitImport(db, actorOf(req), req.params.id)),
  );
};
