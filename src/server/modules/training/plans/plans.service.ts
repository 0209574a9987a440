import type { z } from 'zod';
import type { PlanInput, PlanListQuery, PlanUpdate } from '../../../../common/training-plans.js';
import type { Db } from '../../../db/connect.js';
import type { TrainingPlanPhaseTable, TrainingPlanTable } from '../../../db/schema-training.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { assertDateOrder } from '../../../lib/date-range.js';
import { notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso, addMonths } from '../../../lib/clock.js';
import { requireCourses } from '../courses/courses.service.js';
import { parseJson, updateAtVersion } from '../shared/store.js';
import {
  cohortIdRow,
  cohortNames,
  courseLabels,
  deletePhases,
  insertPhases,
  insertPlan,
  phasesOfPlans,
  planRow,
  planRows,
  scheduledSessionCounts,
  sessionInPhases,
  surveyIdRow,
  updatePhase,
} from './plans.repo.js';

// Training plans (SPEC §3): audience, period, phases with dates and courses, assessment plan,
// supervision, venue, equipment, methods, evaluation method. The rules of the cycles:
//   new_hire    runs for a cohort (required) and does not recur;
//   on_the_job  recurs monthly, quarterly or half-yearly, or is an ad-hoc topic (recurrence
//               adhoc) raised by a trigger: a product, system or process change;
//   key_staff   is flexible (any recurrence).
// A needs survey's summary can be attached (needsSurveyId). POST /plans/:id/repeat copies a
// recurring plan into its next cycle (dates and phases moved by the cycle length).

type Input = z.output<typeof PlanInput>;
const CYCLE_MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, half_yearly: 6 };

async function validate(db: Db, input: Input) {
  assertDateOrder(input.startDate, input.endDate, 'endDate', 'The plan ends before it starts');
  if (input.audience === 'new_hire') {
    if (!input.cohortId)
      throw ruleBroken('COHORT_REQUIRED', 'A new-hire plan runs for a cohort: choose it', 'cohortId');
    if (input.recurrence !== 'none')
      throw ruleBroken('RECURRENCE_NOT_ALLOWED', 'A new-hire program does not recur', 'recurrence');
  }
  if (input.audience === 'on_the_job' && input.recurrence === 'none') {
    throw ruleBroken(
      'RECURRENCE_REQUIRED',
      'On-the-job training recurs monthly, quarterly or half-yearly, or is an ad-hoc topic',
      'recurrence',
    );
  }
  if (input.recurrence === 'adhoc' && !input.trigger)
    throw ruleBroken('TRIGGER_REQUIRED', 'Say what changed: a product, a system or a process', 'trigger');
  if (input.recurrence !== 'adhoc' && input.trigger)
    throw ruleBroken('TRIGGER_NOT_ALLOWED', 'Only an ad-hoc topic has a trigger', 'trigger');
  if (input.cohortId && !(await cohortIdRow(db, input.cohortId))) {
    throw ruleBroken('UNKNOWN_COHORT', 'No such cohort', 'cohortId');
  }
  if (input.needsSurveyId && !(await surveyIdRow(db, input.needsSurveyId))) {
    throw ruleBroken('UNKNOWN_SURVEY', 'No such needs survey', 'needsSurveyId');
  }
  input.phases.forEach((p, i) => {
    assertDateOrder(p.startDate, p.endDate, `phases.${i}.endDate`, 'The phase ends before it starts');
    if (p.startDate < input.startDate || p.endDate > input.endDate) {
      throw ruleBroken(
        'PHASE_OUTSIDE_PLAN',
        `The phase must fall within the plan (${input.startDate} – ${input.endDate})`,
        `phases.${i}.startDate`,
      );
    }
  });
  for (const [i, p] of input.phases.entries()) await requireCourses(db, p.courseIds, `phases.${i}.courseIds`);
}

const columns = (input: Input) => ({
  title: input.title,
  audience: input.audience,
  cohort_id: input.cohortId ?? null,
  start_date: input.startDate,
  end_date: input.endDate,
  recurrence: input.recurrence,
  trigger: input.trigger ?? null,
  trigger_note: input.triggerNote,
  objectives: input.objectives,
  assessment_plan: input.assessmentPlan,
  supervision: input.supervision,
  venue: input.venue,
  equipment: input.equipment,
  methods: JSON.stringify([...new Set(input.methods)]),
  evaluation_method: input.evaluationMethod,
  status: input.status,
  needs_survey_id: input.needsSurveyId ?? null,
});

const phaseRows = (planId: string, input: Input) =>
  input.phases.map((p, i) => ({
    id: newId(),
    plan_id: planId,
    seq: i + 1,
    name: p.name,
    kind: p.kind,
    start_date: p.startDate,
    end_date: p.endDate,
    course_ids: JSON.stringify([...new Set(p.courseIds)]),
  }));

async function toDtos(db: Db, plans: TrainingPlanTable[]) {
  if (!plans.length) return [];
  const ids = plans.map((p) => p.id);
  const [phases, cohorts, counts] = await Promise.all([
    phasesOfPlans(db, ids),
    cohortNames(
      db,
      plans.map((p) => p.cohort_id ?? ''),
    ),
    scheduledSessionCounts(db, ids),
  ]);
  const courseIds = [...new Set(phases.flatMap((p) => parseJson<string[]>(p.course_ids)))];
  const courses = new Map((courseIds.length ? await courseLabels(db, courseIds) : []).map((c) => [c.id, c]));
  const phaseDto = (p: TrainingPlanPhaseTable) => ({
    id: p.id,
    seq: p.seq,
    name: p.name,
    kind: p.kind as never,
    startDate: p.start_date,
    endDate: p.end_date,
    courses: parseJson<string[]>(p.course_ids)
      .map((id) => courses.get(id))
      .filter((c) => !!c),
  });
  return plans.map((p) => ({
    id: p.id,
    title: p.title,
    audience: p.audience as never,
    cohortId: p.cohort_id,
    cohortName: cohorts.find((c) => c.id === p.cohort_id)?.name ?? null,
    startDate: p.start_date,
    endDate: p.end_date,
    recurrence: p.recurrence as never,
    trigger: p.trigger as never,
    triggerNote: p.trigger_note,
    objectives: p.objectives,
    assessmentPlan: p.assessment_plan,
    supervision: p.supervision,
    venue: p.venue,
    equipment: p.equipment,
    methods: parseJson<never[]>(p.methods),
    evaluationMethod: p.evaluation_method,
    status: p.status as never,
    needsSurveyId: p.needs_survey_id,
    previousPlanId: p.previous_plan_id,
    nextCycleStart: CYCLE_MONTHS[p.recurrence] ? addMonths(p.start_date, CYCLE_MONTHS[p.recurrence]) : null,
    sessionCount: Number(counts.find((c) => c.plan_id === p.id)?.n ?? 0),
    version: p.version,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    phases: phases.filter((ph) => ph.plan_id === p.id).map(phaseDto),
  }));
}

export async function listPlans(db: Db, q: z.output<typeof PlanListQuery>) {
  return toDtos(db, await planRows(db, { audience: q.audience, status: q.status }));
}

async function findPlan(db: Db, id: string) {
  const row = await planRow(db, id);
  if (!row) throw notFound('Plan');
  return row;
}

export async function getPlan(db: Db, id: string) {
  return (await toDtos(db, [await findPlan(db, id)]))[0];
}

export async function createPlan(db: Db, actor: Actor, input: Input, previousPlanId: string | null = null) {
  await validate(db, input);
  const at = nowIso();
  const row = {
    id: newId(),
    ...columns(input),
    previous_plan_id: previousPlanId,
    created_by: actor.userId,
    version: 1,
    created_at: at,
    updated_at: at,
  };
  const phases = phaseRows(row.id, input);
  await db.transaction().execute(async (trx) => {
    await insertPlan(trx, row);
    if (phases.length) await insertPhases(trx, phases);
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'training_plan',
      entityId: row.id,
      newValue: { ...row, phases },
    });
  });
  return row.id;
}

/**
 * Replaces the plan and its phases. Phases keep their ids when their position (seq) stays, so
 * sessions linked to a phase stay linked; phases beyond the new count are removed unless a
 * session uses them.
 */
export async function updatePlan(db: Db, actor: Actor, id: string, input: z.output<typeof PlanUpdate>) {
  const before = await findPlan(db, id);
  await validate(db, input);
  const set = columns(input);
  const oldPhases = await phasesOfPlans(db, [id]);
  const fresh = phaseRows(id, input).map((p, i) => ({ ...p, id: oldPhases[i]?.id ?? p.id }));
  const dropped = oldPhases.slice(fresh.length).map((p) => p.id);
  if (dropped.length && (await sessionInPhases(db, dropped))) {
    throw ruleBroken('PHASE_IN_USE', 'A removed phase still has sessions: move or cancel them first', 'phases');
  }
  const { oldValue, newValue } = diff(before as unknown as Record<string, unknown>, set);
  await db.transaction().execute(async (trx) => {
    await updateAtVersion(trx, 'training_plans', id, input.version, set, 'plan');
    if (dropped.length) await deletePhases(trx, dropped);
    for (const p of fresh) {
      const { id: phaseId, plan_id: _plan, ...rest } = p;
      if (oldPhases.some((o) => o.id === phaseId)) await updatePhase(trx, phaseId, rest);
      else await insertPhases(trx, [p]);
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'training_plan',
      entityId: id,
      oldValue: { ...oldValue, phases: oldPhases },
      newValue: { ...newValue, phases: fresh },
    });
  });
}

/** The next cycle of a monthly / quarterly / half-yearly plan, as a draft. */
export async function repeatPlan(db: Db, actor: Actor, id: string) {
  const p = await getPlan(db, id);
  const months = CYCLE_MONTHS[p.recurrence];
  if (!months) throw ruleBroken('NOT_RECURRING', 'Only monthly, quarterly and half-yearly plans repeat');
  const move = (d: string) => addMonths(d, months);
  return createPlan(
    db,
    actor,
    {
      ...p,
      cohortId: p.cohortId,
      startDate: move(p.startDate),
      endDate: move(p.endDate),
      status: 'draft',
      trigger: null,
      phases: p.phases.map((ph) => ({
        name: ph.name,
        kind: ph.kind,
        startDate: move(ph.startDate),
        endDate: move(ph.endDate),
        courseIds: ph.courses.map((c) => c.id),
      })),
    },
    id,
  );
}
