import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest, notFound } from '../../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema } from '../../../lib/http.js';
import type { JobRunner } from '../../../lib/jobs.js';
import { getSetting } from '../../../lib/settings.js';
import { ASTERISK_COLUMNS, FIELDS } from './import.fields.js';
import * as repo from './import.repo.js';
import { rejectsXlsx, templateCsv, templateXlsx } from './import.reports.js';
import * as service from './import.service.js';
import * as S from '../interactions.schema.js';
import * as interactions from '../records/records.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Done = okSchema(z.null());

// Imports of interactions, their template, column mappings and agent aliases (issue 6).
export const importRoutes: FastifyPluginAsyncZod<{ runner: JobRunner }> = async (app, { runner }) => {
  const { db } = app.handle;
  const tags = ['interactions'];

  app.post(
    '/interactions/imports',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Upload a file to import (202: queued; poll GET /interactions/imports/:id)',
        description:
          'multipart/form-data with a `format` field (template | asterisk | mapping:NAME) placed BEFORE the `file` field. ' +
          'CSV (UTF-8, or GBK as Excel on Chinese Windows saves it — converted to UTF-8 on arrival) or .xlsx for template and mapping; Asterisk cdr_csv Master.csv for asterisk. ' +
          '400 with errorCode EMPTY_FILE, BAD_FILE, BAD_CSV, ENCODING_NOT_UTF8, MISSING_COLUMNS, NOT_ASTERISK_CDR, CDR_ROWS_DO_NOT_FIT (params fitting, sampled, columns), UNKNOWN_FORMAT, UNKNOWN_MAPPING, NO_FILE; 413 FILE_TOO_LARGE (params.maxMb) when larger than interactions.maxUploadMb.',
        consumes: ['multipart/form-data'],
        response: { 202: okSchema(S.ImportDetail) },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const maxMb = await getSetting(db, 'interactions.maxUploadMb');
      const part = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1, fields: 5 } });
      if (!part) throw badRequest('NO_FILE', 'Send the file in a multipart field named "file"', 'file');
      const field = (name: string) => {
        const f = part.fields[name] as { value?: unknown } | undefined;
        return typeof f?.value === 'string' ? f.value : undefined;
      };
      let parsed: ReturnType<typeof service.parseFormat>;
      try {
        parsed = service.parseFormat(field('format'), field('mapping'));
      } catch (err) {
        part.file.resume();
        throw err;
      }
      const dto = await service.createImport(
        db,
        actor,
        { stream: part.file },
        { fileName: part.filename || 'upload', ...parsed, maxMb },
      );
      runner.kick();
      return reply.code(202).send(ok(dto));
    },
  );

  app.get(
    '/interactions/imports',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Imports, newest first',
        querystring: S.ImportListQuery,
        response: { 200: pageSchema(S.ImportDto) },
      },
    },
    async (req) => {
      const { items, total } = await service.listImports(db, req.query);
      return page(items, total);
    },
  );

  app.get(
    '/interactions/imports/:id',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'An import’s progress: rows read / accepted / rejected / duplicates, percent, seconds left',
        params: IdParams,
        response: { 200: okSchema(S.ImportDetail) },
      },
    },
    async (req) => ok(await service.getImport(db, req.params.id)),
  );

  app.post(
    '/interactions/imports/:id/retry',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Retry a failed import; it continues after its last committed batch',
        params: IdParams,
        response: { 200: okSchema(S.ImportDetail) },
      },
    },
    async (req) => {
      const dto = await service.retryImport(db, actorOf(req), req.params.id);
      runner.kick();
      return ok(dto);
    },
  );

  app.get(
    '/interactions/imports/:id/rejects',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Rejected rows of an import with line and reason',
        params: IdParams,
        querystring: S.RejectListQuery,
        response: { 200: pageSchema(S.RejectDto) },
      },
    },
    async (req) => {
      const { rows, total } = await service.listRejects(db, req.params.id, req.query);
      return page(rows as z.infer<typeof S.RejectDto>[], total);
    },
  );

  app.get(
    '/interactions/imports/:id/rejects.xlsx',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'The rejected-rows report as .xlsx (summary sheet + every kept reject)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const imp = await repo.findImport(db, req.params.id);
      if (!imp) throw notFound('Import');
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="rejected-rows-${imp.id}.xlsx"`)
        .send(rejectsXlsx(db, imp));
    },
  );

  app.get(
    '/interactions/template',
    {
      config: {},
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary: 'The Seatwise import template, with Chinese or English headers (the import reads either)',
        querystring: S.TemplateQuery,
      },
    },
    async (req, reply) => {
      if (req.query.format === 'xlsx') {
        return reply
          .type(XLSX)
          .header('content-disposition', 'attachment; filename="seatwise-interactions-template.xlsx"')
          .send(await templateXlsx(req.query.lang));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="seatwise-interactions-template.csv"')
        .send(templateCsv(req.query.lang));
    },
  );

  app.get(
    '/interactions/fields',
    {
      preHandler: allow('interactions.read'),
      schema: {
        tags,
        summary: 'The fields an import fills, with template headers and accepted aliases (for the mapping screen)',
        response: { 200: okSchema(z.object({ fields: z.array(S.FieldDto), asteriskColumns: z.array(z.string()) })) },
      },
    },
    async () => ok({ fields: FIELDS, asteriskColumns: [...ASTERISK_COLUMNS] }),
  );

  app.get(
    '/interactions/mappings',
    {
      preHandler: allow('interactions.import'),
      schema: { tags, summary: 'Saved column mappings', response: { 200: okSchema(z.array(S.MappingDto)) } },
    },
    async () => ok(await interactions.listMappings(db)),
  );

  app.post(
    '/interactions/mappings',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Save (create or replace) a column mapping by name; import with format=mapping:NAME',
        body: S.MappingSave,
        response: { 200: okSchema(z.object({ name: z.string(), created: z.boolean() })) },
      },
    },
    async (req) => ok(await interactions.saveMapping(db, actorOf(req), req.body)),
  );

  app.delete(
    '/interactions/mappings/:name',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Delete a saved column mapping',
        params: z.object({ name: z.string().min(1).max(64) }),
        response: { 200: Done },
      },
    },
    async (req) => {
      await interactions.removeMapping(db, actorOf(req), req.params.name);
      return ok(null);
    },
  );

  app.get(
    '/interactions/agent-aliases',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Telephony agent ids / extensions / account codes and the employee each means',
        response: { 200: okSchema(z.array(S.AliasDto)) },
      },
    },
    async () => ok(await interactions.listAliases(db)),
  );

  app.post(
    '/interactions/agent-aliases',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Add an agent alias (409 when taken)',
        body: S.AliasCreate,
        response: { 200: okSchema(z.object({ alias: z.string() })) },
      },
    },
    async (req) => ok(await interactions.addAlias(db, actorOf(req), req.body)),
  );

  app.delete(
    '/interactions/agent-aliases/:alias',
    {
      preHandler: allow('interactions.import'),
      schema: {
        tags,
        summary: 'Remove an agent alias',
        params: z.object({ alias: z.string().min(1).max(64) }),
        response: { 200: Done },
      },
    },
    async (req) => {
      await interactions.removeAlias(db, actorOf(req), req.params.alias);
      return ok(null);
    },
  );
};
