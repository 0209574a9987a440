import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CertificateInput, TrainingRecord } from '../../../../common/training-records.js';
import { Created } from '../../../../common/training.js';
import { actorOf, allow, ok, okSchema } from '../../../lib/http.js';
import { recordFileName, recordWorkbook } from './record.export.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { addCertificate, trainingRecord } from './record.service.js';
import { centerOffset } from '../../../lib/center-time.js';

// The training record of a person ("me" for yourself), as JSON and as an .xlsx file.
export const recordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['training'];
  const Who = z.object({ employeeId: z.string().min(1).max(64) });

  app.get(
    '/records/:employeeId',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'A person’s training record (培训档案): yours ("me") or of someone you may see',
        params: Who,
        response: { 200: okSchema(TrainingRecord) },
      },
    },
    async (req) => ok(await trainingRecord(db, actorOf(req), req.params.employeeId)),
  );

  app.get(
    '/records/:employeeId/export.xlsx',
    {
      preHandler: allow('training.learn'),
      schema: {
        tags,
        summary: 'The record as .xlsx (headers in your language)',
        params: Who,
        querystring: z.object({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const record = await trainingRecord(db, actor, req.params.employeeId);
      const locale = readerLocale(req.query.locale, actor);
      const body = await recordWorkbook(record, locale, await centerOffset(db));
      // filename= is the ASCII fallback for old clients; filename* carries the reader's language.
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="training-record-${record.employee.employeeNo}.xlsx"; filename*=UTF-8''${encodeURIComponent(recordFileName(locale, record.employee.employeeNo))}`,
        )
        .send(body);
    },
  );

  app.post(
    '/records/:employeeId/certificates',
    {
      preHandler: allow('training.manage'),
      schema: {
        tags,
        summary: 'Add a certificate to a person’s record',
        params: Who,
        body: CertificateInput,
        response: { 200: okSchema(Created) },
      },
    },
    async (req) => ok({ id: await addCertificate(db, actorOf(req), req.params.employeeId, req.body) }),
  );
};
