import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AttendanceDay,
  ExceptionRow,
  ExceptionsQuery,
  ImportPreview,
  ImportQuery,
  ImportResult,
  MyAttendance,
  MyAttendanceQuery,
  PunchResult,
  ResolveBody,
  ResolveParams,
  TemplateQuery,
} from '../../../../common/attendance-clock.js';
import type { Db } from '../../../db/connect.js';
import { badRequest } from '../../../lib/errors.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { z } from 'zod';
import { listExceptions, resolveDay } from './exceptions.service.js';
import { commitImport, previewImport } from './import.service.js';
import { punchTemplate } from './import.template.js';
import { myAttendance, webPunch } from './punch.service.js';
import { readSingleUpload } from '../../../lib/single-upload.js';

// The clock part of attendance (issue 19), under /api/attendance: web punches, punch imports,
// the team lead's exceptions and their resolution, and my attendance.

/** The uploaded file and the column mapping sent as form fields before it. */
async function uploaded(db: Db, req: FastifyRequest) {
  const file = await readSingleUpload(db, req, {
    what: 'punches',
    maxMbSetting: 'uploads.maxMb',
    defaultName: 'punches.csv',
  });
  const mapping = ImportQuery.safeParse(file.fields);
  if (!mapping.success) {
    const issue = mapping.error.issues[0];
    const field = issue.path.join('.');
    throw badRequest('VALIDATION_FAILED', `body.${field}: ${issue.message}`, field);
  }
  return { name: file.name, data: await file.read(), mapping: mapping.data };
}

export const clockRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['attendance'];

  app.post(
    '/clock/punch',
    {
      preHandler: allow('attendance.request'),
      schema: { tags, summary: 'Punch in or out now (the signed-in person)', response: { 200: okSchema(PunchResult) } },
    },
    async (req) => ok(await webPunch(db, actorOf(req))),
  );

  app.get(
    '/clock/template',
    {
      preHandler: allow('attendance.import'),
      schema: {
        tags,
        summary: "The punch import template (.xlsx with notes, or UTF-8 .csv) in the reader's language",
        querystring: TemplateQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const file = await punchTemplate(req.query.format, readerLocale(req.query.locale, actorOf(req)));
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .send(file.body);
    },
  );

  const importSchema = (summary: string, response: z.ZodType) => ({
    tags,
    summary,
    consumes: ['multipart/form-data'],
    response: { 200: okSchema(response) },
  });

  app.post(
    '/clock/import/preview',
    {
      preHandler: allow('attendance.import'),
      schema: importSchema(
        'Check a punch file (.xlsx or .csv, multipart field "file"; fields employeeNo, time, date, device before it map other headers); nothing is written',
        ImportPreview,
      ),
    },
    async (req) => {
      const file = await uploaded(db, req);
      return ok(await previewImport(db, actorOf(req), file.name, file.data, file.mapping));
    },
  );

  app.post(
    '/clock/import',
    {
      preHandler: allow('attendance.import'),
      schema: importSchema(
        'Import a punch file: all rows or none (422 CLOCK_IMPORT_HAS_ERRORS); punches already stored are skipped',
        ImportResult,
      ),
    },
    async (req) => {
      const file = await uploaded(db, req);
      return ok(await commitImport(db, actorOf(req), file.name, file.data, file.mapping));
    },
  );

  app.get(
    '/clock/exceptions',
    {
      preHandler: allow('attendance.read'),
      schema: {
        tags,
        summary: "A day's lateness, early leave, absence and missing punches of the people in sight",
        querystring: ExceptionsQuery,
        response: { 200: okSchema(z.array(ExceptionRow)) },
      },
    },
    async (req) => ok(await listExceptions(db, actorOf(req), req.query.day, req.query.teamId)),
  );

  app.post(
    '/clock/days/:employeeId/:day/resolve',
    {
      preHandler: allow('attendance.approve'),
      schema: {
        tags,
        summary: 'Confirm, excuse (with a reason) or turn into leave one exception',
        params: ResolveParams,
        body: ResolveBody,
        response: { 200: okSchema(AttendanceDay) },
      },
    },
    async (req) => ok(await resolveDay(db, actorOf(req), req.params.employeeId, req.params.day, req.body)),
  );

  app.get(
    '/my/attendance',
    {
      preHandler: allow('attendance.request'),
      schema: {
        tags,
        summary: 'My matched days from..to, with today’s shift and punches',
        querystring: MyAttendanceQuery,
        response: { 200: okSchema(MyAttendance) },
      },
    },
    async (req) => ok(await myAttendance(db, actorOf(req), req.query)),
  );
};
