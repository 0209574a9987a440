import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CalendarStatusDto,
  ExportQuery,
  ImportApplyFields,
  ImportPreviewDto,
  ImportResultDto,
  TemplateQuery,
  Year,
} from '../../../common/calendar.js';
import { AppError, badRequest } from '../../lib/errors.js';
import { actorOf, allow, ok, okSchema } from '../../lib/http.js';
import { LocaleParam, readerLocale } from '../../lib/reader-locale.js';
import { calendarTemplate, exportYear } from './calendar.export.js';
import * as imports from './calendar.import.service.js';
import { calendarStatus } from './calendar.status.js';
import { getSetting } from '../../lib/settings.js';
import { repairFileName } from '../../lib/text-encoding.js';

/** The file (field "file") and the text fields of a multipart form, in any order. */
async function readUpload(req: FastifyRequest, maxKb: number) {
  if (!req.isMultipart())
    throw badRequest('NO_FILE', 'Send the calendar file as multipart/form-data in a field named "file"', 'file');
  const fields: Record<string, string> = {};
  let file: { name: string; data: Buffer } | null = null;
  // A year is at most a few dozen rows: past calendar.maxUploadKb (1 MB) it is a wrong file.
  for await (const part of req.parts({ limits: { fileSize: maxKb * 1024, files: 1, fields: 5 } })) {
    if (part.type !== 'file') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file') {
      part.file.resume();
      continue;
    }
    try {
      file = { name: repairFileName(part.filename || 'calendar.csv'), data: await part.toBuffer() };
    } catch (err) {
      if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppError(
          413,
          'CALENDAR_FILE_TOO_LARGE',
          `The calendar file is larger than ${maxKb} KB (setting calendar.maxUploadKb); a year is a few dozen rows`,
          'file',
          { maxKb },
        );
      }
      throw err;
    }
  }
  if (!file) throw badRequest('NO_FILE', 'Send the calendar file in a multipart field named "file"', 'file');
  return { file, fields };
}

const yearParams = z.object({ year: Year });

// Files in and out of the working-day calendar, and the "next year is missing" warning.
export const calendarFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['calendar'];
  const manage = allow('calendar.manage');

  app.get(
    '/calendar/status',
    {
      schema: {
        tags,
        summary:
          "Whether this year's and next year's calendars are in; warn from calendar.warnFromMonth/Day when next year is missing",
        response: { 200: okSchema(CalendarStatusDto) },
      },
    },
    async () => ok(await calendarStatus(db)),
  );

  app.get(
    '/calendar/template',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'The import template: a CSV header (date,kind,name or 日期,类型,名称) and two example rows',
        querystring: TemplateQuery,
      },
    },
    async (req, reply) => {
      const file = await calendarTemplate(db, req.query.lang);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .send(file.body);
    },
  );

  app.get(
    '/calendar/years/:year/export',
    {
      schema: {
        tags,
        summary: "A year's holidays and make-up workdays as CSV (the import's columns) or iCalendar",
        params: yearParams,
        querystring: ExportQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const file = await exportYear(
        db,
        req.params.year,
        req.query.format,
        readerLocale(req.query.locale, actorOf(req)),
      );
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', file.disposition)
        .send(file.body);
    },
  );

  app.post(
    '/calendar/years/:year/import/preview',
    {
      preHandler: manage,
      schema: {
        tags,
        params: yearParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ImportPreviewDto) },
        summary:
          'Upload a CSV or .ics (multipart field "file", at most calendar.maxUploadKb, 1 MB by default) and see what it would change in the year; nothing is written',
      },
    },
    async (req) => {
      const { file } = await readUpload(req, await getSetting(db, 'calendar.maxUploadKb'));
      return ok(await imports.previewImport(db, req.params.year, file.name, file.data));
    },
  );

  app.post(
    '/calendar/years/:year/import',
    {
      preHandler: manage,
      schema: {
        tags,
        params: yearParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ImportResultDto) },
        summary:
          'Apply a calendar file to the year in one transaction (fields: file, reason, confirmYear=true|false); 422 CALENDAR_FILE_INVALID with the lines of its errors, nothing written',
      },
    },
    async (req) => {
      const { file, fields } = await readUpload(req, await getSetting(db, 'calendar.maxUploadKb'));
      const parsed = ImportApplyFields.safeParse(fields);
      if (!parsed.success) {
        const field = String(parsed.error.issues[0].path[0] ?? 'reason');
        throw badRequest('VALIDATION_FAILED', `body.${field}: ${parsed.error.issues[0].message}`, field);
      }
      return ok(await imports.applyImport(db, actorOf(req), req.params.year, file.name, file.data, parsed.data));
    },
  );
};
