import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportPreview, ImportResult } from '../../../../common/drills-decks.js';
import { actorOf, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { sendXlsx } from '../../../lib/workbook.js';
import { author, tags } from './decks.access.js';
import * as service from './import.service.js';
import { readSingleUpload } from '../../../lib/single-upload.js';

// The Excel import of cards, under /api/drills/import: the template, a preview, the import.
const FILE_ERRORS =
  '400 UNSUPPORTED_FILE_TYPE / EMPTY_FILE / BAD_FILE / MISSING_COLUMNS / TOO_MANY_ROWS (drills.maxImportRows)';

export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const cardsFile = (req: FastifyRequest) =>
    readSingleUpload(db, req, { what: 'cards file', maxMbSetting: 'uploads.maxMb', defaultName: 'cards.xlsx' });

  app.get(
    '/import/template',
    {
      preHandler: author,
      schema: {
        tags,
        summary:
          'The cards file to fill in (.xlsx: 卡组, 类型, 题目, 答案, 选项 separated by |, 知识点), with the active decks and an example of each kind',
        querystring: z.object({ locale: LocaleParam }),
      },
    },
    async (req, reply) => sendXlsx(reply, await service.templateOf(db, readerLocale(req.query.locale, actorOf(req)))),
  );

  app.post(
    '/import/preview',
    {
      preHandler: author,
      schema: {
        tags,
        summary: `Check a cards file (multipart, field "file"): every row's problems (UNKNOWN_DECK, BAD_KIND, DUPLICATE_CARD, EMPTY_CARD, CARD_* rules) and the cards each deck would gain; nothing is written. ${FILE_ERRORS}`,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ImportPreview) },
      },
    },
    async (req) => {
      const file = await cardsFile(req);
      return ok(await service.previewImport(db, file.name, await file.read()));
    },
  );

  app.post(
    '/import',
    {
      preHandler: author,
      schema: {
        tags,
        summary: `Import a cards file: every card or none (422 DRILL_IMPORT_HAS_ERRORS when a row has a problem). ${FILE_ERRORS}`,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(ImportResult) },
      },
    },
    async (req) => {
      const file = await cardsFile(req);
      return ok(await service.commitImport(db, actorOf(req), file.name, await file.read()));
    },
  );
};
