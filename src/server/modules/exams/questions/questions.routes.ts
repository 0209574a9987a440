import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Locale } from '../../../../common/roles.js';
import {
  ImportPreview,
  QuestionDto,
  QuestionInput,
  QuestionListQuery,
  QuestionUpdate,
  QuestionVersionDto,
} from '../../../../common/exams-questions.js';
import { badRequest, notFound } from '../../../lib/errors.js';
import { actorOf, allow, IdParams, ok, okSchema, page, pageSchema, type Reply } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { getSetting } from '../../../lib/settings.js';
import { uploadTooLarge, withinUploadLimit } from '../../../lib/upload-limit.js';
import { writeXlsx } from '../imports/import-xlsx.js';
import * as imports from '../imports/imports.service.js';
import { findFile } from './files.repo.js';
import * as service from './questions.service.js';

// The question bank: CRUD with versions, the Excel template, export, and imports (preview → commit).
const xlsx = (reply: Reply, name: string, buf: Buffer) =>
  reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header(
      'content-disposition',
      `attachment; filename="questions.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .send(buf);

// A preview is sent as the JSON text it was stored as (a string with a JSON content type is sent
// as it is): checking and serializing a big bank's questions again would stall every other request.
const json = (reply: Reply, text: string | Buffer) =>
  reply.header('content-type', 'application/json; charset=utf-8').send(text);

/** Download names in the reader's language. The template's column headers stay Chinese: they are
 *  the layout the importer reads (import-xlsx.ts). */
const FILE_NAMES: Record<Locale, { template: string; bank: string }> = {
  'zh-CN': { template: '题库导入模板', bank: '题库导出' },
  'en-US': { template: 'question-import-template', bank: 'question-bank' },
};

export const questionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, dialect } = app.handle;
  const tags = ['exams: question bank'];
  const author = allow('exams.author');

  app.get(
    '/exams/questions',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Search the bank',
        querystring: QuestionListQuery,
        response: { 200: pageSchema(QuestionDto) },
      },
    },
    async (req) => {
      const r = await service.listQuestions(db, dialect, req.query);
      return page(r.items, r.total);
    },
  );

  app.get(
    '/exams/questions/template',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'The Excel import template (Chinese headers, two example rows)',
        querystring: z.object({ locale: LocaleParam }),
      },
    },
    async (req, reply) =>
      xlsx(reply, `${FILE_NAMES[readerLocale(req.query.locale, actorOf(req))].template}.xlsx`, await writeXlsx(null)),
  );

  app.get(
    '/exams/questions/export',
    {
      preHandler: author,
      schema: {
        tags,
        summary:
          'The whole live bank: the Excel template (default), Moodle XML or GIFT; what a format cannot hold is listed in a comment at the top',
        querystring: z.object({ format: z.enum(['xlsx', 'moodle_xml', 'gift']).default('xlsx'), locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const bank = FILE_NAMES[readerLocale(req.query.locale, actorOf(req))].bank;
      if (req.query.format !== 'xlsx') {
        const file = await imports.exportBank(db, dialect, req.query.format);
        const [name, type] =
          req.query.format === 'gift' ? [`${bank}.gift.txt`, 'text/plain'] : [`${bank}.xml`, 'application/xml'];
        return reply
          .header('content-type', `${type}; charset=utf-8`)
          .header('x-export-lost', String(file.lost.length))
          .header(
            'content-disposition',
            `attachment; filename="questions.${req.query.format === 'gift' ? 'gift.txt' : 'xml'}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(file.text);
      }
      const all = await service.listQuestions(db, dialect, { archived: false, page: 1, pageSize: 100_000 });
      return xlsx(reply, `${bank}.xlsx`, await writeXlsx(all.items));
    },
  );

  // Embedded images of questions, by their SHA-256: whoever is signed in and was shown a question
  // may load its image (the hash is known only from the question).
  app.get(
    '/exams/files/:hash',
    {
      schema: {
        tags,
        summary: 'A file embedded in a question (an imported Moodle image)',
        params: z.object({ hash: z.string().max(64) }),
      },
    },
    async (req, reply) => {
      actorOf(req);
      const f = await findFile(db, req.params.hash);
      if (!f) throw notFound('File');
      return reply
        .header('content-type', f.mime)
        .header('cache-control', 'private, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(Buffer.from(f.data, 'base64'));
    },
  );

  app.get(
    '/exams/questions/:id',
    {
      preHandler: author,
      schema: { tags, summary: 'A question with its key', params: IdParams, response: { 200: okSchema(QuestionDto) } },
    },
    async (req) => ok(await service.getQuestion(db, req.params.id)),
  );

  app.get(
    '/exams/questions/:id/versions',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Edit history, newest first',
        params: IdParams,
        response: { 200: okSchema(z.array(QuestionVersionDto)) },
      },
    },
    async (req) => ok(await service.versions(db, req.params.id)),
  );

  app.post(
    '/exams/questions',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Add a question',
        body: QuestionInput,
        response: { 200: okSchema(z.object({ id: z.string() })) },
      },
    },
    async (req) => ok({ id: await service.createQuestion(db, actorOf(req), req.body) }),
  );

  app.put(
    '/exams/questions/:id',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Edit a question: writes a new version (send the version you read)',
        params: IdParams,
        body: QuestionUpdate,
        response: { 200: okSchema(z.object({ version: z.number() })) },
      },
    },
    async (req) => ok(await service.updateQuestion(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/exams/questions/:id/archive',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Archive (never drawn again; past attempts keep it)',
        params: IdParams,
        body: z.object({ archived: z.boolean() }),
        response: { 200: okSchema(z.null()) },
      },
    },
    async (req) => {
      await service.setArchived(db, actorOf(req), req.params.id, req.body.archived);
      return ok(null);
    },
  );

  app.post(
    '/exams/questions/imports',
    {
      preHandler: author,
      schema: {
        tags,
        summary:
          'Upload a file (multipart: file, optional format xlsx|gift|moodle_xml) and get a preview; nothing is created yet. 413 FILE_TOO_LARGE over exams.importMaxUploadMb',
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ImportPreview) },
      },
    },
    async (req, reply) => {
      const maxMb = await getSetting(db, 'exams.importMaxUploadMb');
      const file = await req.file({ limits: { fileSize: maxMb * 1024 * 1024, files: 1 } });
      if (!file) throw badRequest('FILE_REQUIRED', 'Attach the file as "file"', 'file');
      const buf = await withinUploadLimit(
        () => file.toBuffer(),
        () => uploadTooLarge(maxMb, 'exams.importMaxUploadMb'),
      );
      const format = (file.fields.format as { value?: string } | undefined)?.value;
      return json(reply, await imports.preview(app.handle, actorOf(req), file.filename || 'upload', format, buf));
    },
  );

  app.get(
    '/exams/questions/imports/:id',
    {
      preHandler: author,
      schema: { tags, summary: 'A stored preview', params: IdParams, response: { 200: okSchema(ImportPreview) } },
    },
    async (req, reply) => json(reply, await imports.importJson(db, actorOf(req), req.params.id)),
  );

  app.get(
    '/exams/questions/imports/:id/progress',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'How far the commit of an import is: questions written of how many (for a progress bar)',
        params: IdParams,
        response: {
          200: okSchema(
            z.object({ state: z.enum(['idle', 'committing', 'committed']), written: z.number(), total: z.number() }),
          ),
        },
      },
    },
    async (req) => ok(await imports.commitProgress(db, actorOf(req), req.params.id)),
  );

  app.post(
    '/exams/questions/imports/:id/commit',
    {
      preHandler: author,
      schema: {
        tags,
        summary: 'Create every previewed question, all or nothing (422 while the preview has errors)',
        params: IdParams,
        response: { 200: okSchema(z.object({ created: z.number(), questionIds: z.array(z.string()) })) },
      },
    },
    async (req) => ok(await imports.commit(app.handle, actorOf(req), req.params.id)),
  );
};
