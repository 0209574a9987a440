import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db } from '../db/connect.js';
import type { Actor } from './actor.js';
import { badRequest } from './errors.js';
import { sendEvidenceFile } from './evidence-files.js';
import { actorOf, IdParams, ok, okSchema } from './http.js';
import type { SettingKey } from './settings.js';
import { readSingleUpload } from './single-upload.js';

type App = Parameters<FastifyPluginAsyncZod>[0];
type PreHandler = (req: FastifyRequest) => Promise<void>;

/**
 * The two evidence-file routes of a record that takes attachments (an elimination case, a
 * discipline record): upload to `<records>/:id/attachments` (multipart field "file", at most the
 * `maxMb` setting) and download by the attachment's id at `/attachments/:id`. Who may attach and
 * see is the module's: `visible`, `add` and `read` decide it.
 */
export function evidenceFileRoutes(
  app: App,
  o: {
    tags: string[];
    /** The records' path, e.g. '/cases'. */
    records: string;
    maxMb: SettingKey;
    upload: { preHandler: PreHandler; summary: string; response: z.ZodType };
    download: { preHandler: PreHandler; summary: string };
    /** Answers 404 for a record the actor may not see. */
    visible: (db: Db, actor: Actor, id: string) => Promise<unknown>;
    add: (db: Db, actor: Actor, id: string, fileName: string, body: Buffer) => Promise<unknown>;
    read: (db: Db, actor: Actor, id: string) => Promise<{ fileName: string; mime: string; body: Buffer }>;
  },
) {
  const { db } = app.handle;
  app.post(
    `${o.records}/:id/attachments`,
    {
      preHandler: o.upload.preHandler,
      schema: {
        tags: o.tags,
        summary: o.upload.summary,
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: okSchema(o.upload.response) },
      },
    },
    async (req) => {
      // Not a form at all: an unknown or hidden record answers 404 first, else the form is asked for.
      if (!req.isMultipart()) {
        await o.visible(db, actorOf(req), req.params.id);
        throw badRequest('NO_FILE', 'Send the file as multipart/form-data in a field named "file"', 'file');
      }
      const file = await readSingleUpload(db, req, {
        what: 'file',
        maxMbSetting: o.maxMb,
        defaultName: 'file',
        missingCode: 'NO_FILE',
      });
      return ok(await o.add(db, actorOf(req), req.params.id, file.name, await file.read()));
    },
  );

  app.get(
    '/attachments/:id',
    {
      preHandler: o.download.preHandler,
      schema: { tags: o.tags, summary: o.download.summary, params: IdParams },
    },
    async (req, reply) => sendEvidenceFile(reply, await o.read(db, actorOf(req), req.params.id)),
  );
}
