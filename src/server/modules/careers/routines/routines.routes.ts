import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  Checklist,
  LeadMonth,
  LeadMonthParams,
  LeadMonthQuery,
  Linkable,
  LinkableQuery,
  Meeting,
  MeetingInput,
  ReportQuery,
  ReportRow,
  RoutineItem,
  RoutineItemInput,
  RoutineItemPatch,
  Tick,
  TickInput,
} from '../../../../common/careers-routines.js';
import { actorOf, allow, IdParams, ok, okSchema } from '../../../lib/http.js';
import { LocaleParam, readerLocale } from '../../../lib/reader-locale.js';
import { sendXlsx } from '../../../lib/workbook.js';
import * as items from './items.service.js';
import { leadOf } from './lead.js';
import { linkable } from './links.js';
import * as meetings from './meetings.service.js';
import { reportFile } from './report.export.js';
import * as report from './report.service.js';
import * as ticks from './ticks.service.js';

// The routines part of careers (issue 21 item 2), under /api/careers/routines; see API.md.
// Checklists: careers.routines.manage; a lead's own checklist, ticks and meetings:
// careers.routines.tick; completion by lead and month: careers.routines.report.
export const routinesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['careers: routines'];
  const manage = allow('careers.routines.manage');
  const lead = allow('careers.routines.tick');
  const reader = allow('careers.routines.report');
  const Done = okSchema(z.null());

  app.get(
    '/routines/items',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'The checklist items, switched-off ones too, in order',
        response: { 200: okSchema(z.array(RoutineItem)) },
      },
    },
    async () => ok(await items.listItems(db)),
  );

  app.post(
    '/routines/items',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Add a checklist item',
        body: RoutineItemInput,
        response: { 200: okSchema(RoutineItem) },
      },
    },
    async (req) => ok(await items.createItem(db, actorOf(req), req.body)),
  );

  app.patch(
    '/routines/items/:id',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Change an item or switch it off (active: false); 409 VERSION_CONFLICT',
        params: IdParams,
        body: RoutineItemPatch,
        response: { 200: okSchema(RoutineItem) },
      },
    },
    async (req) => ok(await items.patchItem(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/routines/mine',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: "The signed-in lead's checklist: today, this week, month, half-year and year, with their ticks",
        response: { 200: okSchema(Checklist) },
      },
    },
    async (req) => ok(await ticks.myChecklist(db, actorOf(req))),
  );

  app.post(
    '/routines/ticks',
    {
      preHandler: lead,
      schema: {
        tags,
        summary:
          'Tick an item for the current instance of its period, with a note, a count and/or a linked record. 409 ROUTINE_ALREADY_TICKED; 422 ROUTINE_COUNT_SHORT, ROUTINE_NOTE_OR_LINK, ROUTINE_LINK_*',
        body: TickInput,
        response: { 200: okSchema(Tick) },
      },
    },
    async (req) => ok(await ticks.tick(db, actorOf(req), req.body)),
  );

  app.delete(
    '/routines/ticks/:id',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Untick one of my ticks while its period lasts; 409 ROUTINE_PERIOD_CLOSED',
        params: IdParams,
        response: { 200: Done },
      },
    },
    async (req) => {
      await ticks.untick(db, actorOf(req), req.params.id);
      return ok(null);
    },
  );

  app.get(
    '/routines/meetings',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'My meetings of the last weeks, newest first',
        response: { 200: okSchema(z.array(Meeting)) },
      },
    },
    async (req) => ok(await meetings.myMeetings(db, actorOf(req))),
  );

  app.post(
    '/routines/meetings',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: "Record today's meeting (班前会) with attendees of my team; 422 ROUTINE_ATTENDEE_NOT_IN_TEAM",
        body: MeetingInput,
        response: { 200: okSchema(Meeting) },
      },
    },
    async (req) => ok(await meetings.createMeeting(db, actorOf(req), req.body)),
  );

  app.get(
    '/routines/linkable',
    {
      preHandler: lead,
      schema: {
        tags,
        summary: 'Records of my team a tick may link: my meetings, QA evaluations, given feedback (last 45 days)',
        querystring: LinkableQuery,
        response: { 200: okSchema(z.array(Linkable)) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return ok(await linkable(db, actor, await leadOf(db, actor), req.query.kind));
    },
  );

  app.get(
    '/routines/report',
    {
      preHandler: reader,
      schema: {
        tags,
        summary:
          'Completion by lead and month (due, done, percent, missed) for the leads in my scope; at most 12 months',
        querystring: ReportQuery,
        response: { 200: okSchema(z.array(ReportRow)) },
      },
    },
    async (req) => ok(await report.report(db, actorOf(req), req.query)),
  );

  app.get(
    '/routines/report/export.xlsx',
    {
      preHandler: reader,
      schema: {
        tags,
        summary: 'The same completion table as an .xlsx, headers in the reader’s language',
        querystring: ReportQuery.extend({ locale: LocaleParam }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { locale, ...q } = req.query;
      const [rows, months] = await Promise.all([report.report(db, actor, q), report.reportMonths(db, q)]);
      return sendXlsx(reply, await reportFile(rows, months, readerLocale(locale, actor)));
    },
  );

  app.get(
    '/routines/report/:employeeId',
    {
      preHandler: reader,
      schema: {
        tags,
        summary: "One lead's month, instance by instance (done, missed, open) with the ticks",
        params: LeadMonthParams,
        querystring: LeadMonthQuery,
        response: { 200: okSchema(LeadMonth) },
      },
    },
    async (req) => ok(await report.leadMonth(db, actorOf(req), req.params.employeeId, req.query)),
  );
};
