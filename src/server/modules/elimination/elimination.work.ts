import { CLOSED_STATUSES, OFFBOARDING_ITEMS } from '../../../common/elimination.js';
import type { WorkItem } from '../../../common/home.js';
import type { Db } from '../../db/connect.js';
import type { Actor } from '../../lib/actor.js';
import { countWorkingDaysIn } from '../../lib/calendar.js';
import type { WorkContext, WorkSource } from '../../lib/work.js';
import { evaluateTrainees } from '../evaluation/criteria.service.js';
import { traineesInScope } from '../evaluation/evaluation.access.js';
import { namesOf } from '../people/identity.service.js';
import { link } from './cases.service.js';

// What waits in elimination cases (SPEC §6) for the home page (issue 26; lib/work.ts says how).
// The training manager holds the interview and publishes the notice; appeals go to the training
// manager (or HR, who has the final say); HR decides once the notice has ended and then runs the
// offboarding checklist and the exit talk. Each item opens the case, the same link the case's
// notices carry, and the step that finishes it settles them (steps.service.ts commitStep).

const MENU = 'evaluation-cases';

const has = (actor: Actor, role: string) => actor.roles.includes(role as Actor['roles'][number]);

const item = (
  kind: string,
  id: string,
  caseId: string,
  due: string | null,
  params: WorkItem['params'],
  provisional = false,
): WorkItem => ({ key: `${kind}:${id}`, kind, menu: MENU, due, provisional, link: link(caseId), params });

/** Trainees whose records meet a criterion 1–4 and who have no open case: the training manager
 *  decides whether to put them on the preliminary list (the link opens that form, filled in). */
const toList: WorkSource = {
  name: 'elimination.toList',
  kinds: ['eliminationPropose'],
  menus: [MENU],
  appliesTo: (actor) => has(actor, 'training_manager'),
  async items(db) {
    const [trainees, open] = await Promise.all([
      traineesInScope(db, { kind: 'all' }),
      db
        .selectFrom('elimination_cases')
        .select('employee_id')
        .where('status', 'not in', [...CLOSED_STATUSES])
        .execute(),
    ]);
    const busy = new Set(open.map((r) => r.employee_id));
    const evaluated = await evaluateTrainees(
      db,
      trainees.filter((t) => !busy.has(t.id)).map((t) => t.id),
    );
    return evaluated.flatMap((e) => {
      const met = e.criteria.find((c) => c.met);
      if (!met) return [];
      const query = new URLSearchParams({ open: e.employeeId, criterion: met.code, name: e.name });
      return [
        {
          key: `eliminationPropose:${e.employeeId}`,
          kind: 'eliminationPropose',
          menu: MENU,
          due: null,
          provisional: false,
          link: `/evaluation/cases?${query}`,
          params: { name: e.name, criterion: met.code },
        },
      ];
    });
  },
};

/** Interviews to hold and notices to publish: the training manager's steps, no deadline of their own. */
const trainingSteps: WorkSource = {
  name: 'elimination.trainingSteps',
  kinds: ['eliminationInterview', 'eliminationNotice'],
  menus: [MENU],
  appliesTo: (actor) => has(actor, 'training_manager'),
  async items(db) {
    const rows = await db
      .selectFrom('elimination_cases')
      .select(['id', 'employee_id', 'status'])
      .where('status', 'in', ['listed', 'interviewed'])
      .execute();
    const names = await namesOf(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((r) =>
      item(r.status === 'listed' ? 'eliminationInterview' : 'eliminationNotice', r.id, r.id, null, {
        name: names.get(r.employee_id) ?? '',
      }),
    );
  },
};

/** Appeals filed during a notice and not yet answered: due by the notice's last day, when the decision may follow. */
const appeals: WorkSource = {
  name: 'elimination.appeals',
  kinds: ['eliminationAppeal'],
  menus: [MENU],
  appliesTo: (actor) => has(actor, 'training_manager') || has(actor, 'hr'),
  async items(db) {
    const rows = await db
      .selectFrom('elimination_appeals as a')
      .innerJoin('elimination_cases as c', 'c.id', 'a.case_id')
      .select([
        'a.id',
        'a.case_id',
        'a.appellant_name',
        'c.employee_id',
        'c.notice_ends_on',
        'c.notice_provisional_year',
      ])
      .where('a.outcome', 'is', null)
      .where('c.status', '=', 'notice')
      .execute();
    const names = await namesOf(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((r) =>
      item(
        'eliminationAppeal',
        r.id,
        r.case_id,
        r.notice_ends_on,
        { name: names.get(r.employee_id) ?? '', appellant: r.appellant_name },
        r.notice_provisional_year !== null,
      ),
    );
  },
};

/** HR's steps: the decision once the notice has ended (due the first working day after it), then
 *  the offboarding checklist and the exit talk. */
const hrSteps: WorkSource = {
  name: 'elimination.hrSteps',
  kinds: ['eliminationDecision', 'eliminationOffboarding', 'eliminationExitTalk'],
  menus: [MENU],
  appliesTo: (actor) => has(actor, 'hr'),
  async items(db: Db, _actor: Actor, { today, calendar }: WorkContext) {
    const rows = await db
      .selectFrom('elimination_cases as c')
      .leftJoin('elimination_offboarding as o', 'o.case_id', 'c.id')
      .select((eb) => [
        'c.id',
        'c.employee_id',
        'c.status',
        'c.notice_ends_on',
        'c.notice_provisional_year',
        eb.fn.count<number>('o.item').as('done'),
      ])
      .where((eb) =>
        eb.or([
          eb.and([eb('c.status', '=', 'notice'), eb('c.notice_ends_on', '<', today)]),
          eb('c.status', '=', 'offboarding'),
        ]),
      )
      .groupBy(['c.id', 'c.employee_id', 'c.status', 'c.notice_ends_on', 'c.notice_provisional_year'])
      .execute();
    const names = await namesOf(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((r) => {
      const name = names.get(r.employee_id) ?? '';
      if (r.status === 'notice') {
        const due = countWorkingDaysIn(calendar, r.notice_ends_on!, 1);
        const provisional = r.notice_provisional_year !== null || due.provisionalYear !== null;
        return item('eliminationDecision', r.id, r.id, due.day, { name }, provisional);
      }
      const left = OFFBOARDING_ITEMS.length - Number(r.done);
      return left > 0
        ? item('eliminationOffboarding', r.id, r.id, null, { name, count: left })
        : item('eliminationExitTalk', r.id, r.id, null, { name });
    });
  },
};

export const eliminationWork: WorkSource[] = [toList, trainingSteps, appeals, hrSteps];
