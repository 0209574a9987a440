import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CalendarYearDto,
  CalendarYearsDto,
  ConfirmYearInput,
  CountDto,
  CountQuery,
  DayChangeInput,
  Year,
} from '../../../common/calendar.js';
import { IsoDate } from '../../../common/people.js';
import { todayInCenter } from '../../lib/center-time.js';
import { actorOf, allow, ok, okSchema } from '../../lib/http.js';
import { calendarFileRoutes } from './calendar.import.routes.js';
import * as calendar from './calendar.service.js';

// The working-day calendar: every signed-in user reads it (deadlines are counted on it);
// administrators correct it and enter the years the package does not cover.
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.handle;
  const tags = ['calendar'];
  const manage = allow('calendar.manage');
  await app.register(calendarFileRoutes); // import, export, template, status

  app.get(
    '/calendar/years',
    {
      schema: {
        tags,
        summary: 'Years with calendar data, and those the chinese-days package covers',
        response: { 200: okSchema(CalendarYearsDto) },
      },
    },
    async () => ok(await calendar.listYears(db)),
  );

  app.get(
    '/calendar/years/:year',
    {
      schema: {
        tags,
        summary: "A year's holidays and make-up workdays; known:false when the year has no data",
        params: z.object({ year: Year }),
        response: { 200: okSchema(CalendarYearDto) },
      },
    },
    async (req) => ok(await calendar.yearView(db, req.params.year)),
  );

  app.put(
    '/calendar/days/:day',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: 'Mark a day a holiday, a make-up workday, or ordinary again (audited)',
        params: z.object({ day: IsoDate }),
        body: DayChangeInput,
        response: { 200: okSchema(CalendarYearDto) },
      },
    },
    async (req) => ok(await calendar.setDay(db, actorOf(req), req.params.day, req.body)),
  );

  app.post(
    '/calendar/years/:year/confirm',
    {
      preHandler: manage,
      schema: {
        tags,
        summary: "Declare a year's entries complete, so working days may be counted in it; 409 CALENDAR_YEAR_KNOWN",
        params: z.object({ year: Year }),
        body: ConfirmYearInput,
        response: { 200: okSchema(CalendarYearDto) },
      },
    },
    async (req) => ok(await calendar.confirmYear(db, actorOf(req), req.params.year, req.body.reason)),
  );

  app.get(
    '/calendar/working-days',
    {
      schema: {
        tags,
        summary:
          'The n-th working day after a date (the day itself never counts); 422 CALENDAR_YEAR_MISSING for a year without data',
        querystring: CountQuery,
        response: { 200: okSchema(CountDto) },
      },
    },
    async (req) => ok(await calendar.countWorkingDays(db, req.query.from ?? (await todayInCenter(db)), req.query.days)),
  );
};
