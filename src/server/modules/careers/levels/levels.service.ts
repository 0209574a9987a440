import type { z } from 'zod';
import type {
  ConfirmInput,
  LevelCriterion,
  LevelCriterionKey,
  LevelHistoryEntry,
  TrainerLevelRow,
  TrainersQuery,
} from '../../../../common/careers-levels.js';
import { hasPermission } from '../../../../common/permissions.js';
import type { Db } from '../../../db/connect.js';
import { isUniqueViolation } from '../../../db/portable.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { notFound, conflict, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { recordCareerEvent } from '../shared/events.js';
import { stale } from './grades.service.js';
import { trainerFigures } from './levels.facts.js';
import * as repo from './levels.repo.js';
import { judge, nextGrade, standingContext, standingsOf } from './standing.js';

// Trainers with their level and standing, the ready-for-promotion list, and the training
// manager's confirmation. Who sees whom: HR, administrators and training managers see every
// trainer; a trainer (careers.levels.view through the trainer role only) sees their own row.

type TrainerRow = Awaited<ReturnType<typeof repo.trainerRows>>[number];

/** Everyone with careers.levels.view through a role other than `trainer` sees all trainers. */
const seesAll = (actor: Actor) => actor.roles.some((r) => r !== 'trainer' && hasPermission([r], 'careers.levels.view'));

async function visibleTrainers(db: Db, actor: Actor): Promise<TrainerRow[]> {
  const rows = await repo.trainerRows(db);
  return seesAll(actor) ? rows : rows.filter((t) => !!actor.employeeId && t.employee_id === actor.employeeId);
}

const rowOf = (
  t: TrainerRow,
  s: Omit<TrainerLevelRow, 'name' | 'kind' | 'employeeId' | 'active'>,
): TrainerLevelRow => ({
  ...s,
  name: t.name,
  kind: t.kind === 'external' ? 'external' : 'internal',
  employeeId: t.employee_id,
  active: t.active === 1,
});

export async function listTrainerLevels(db: Db, actor: Actor, q: z.output<typeof TrainersQuery>) {
  const all = await visibleTrainers(db, actor);
  const holders = new Set(
    (
      await repo.levelRows(
        db,
        all.map((t) => t.id),
      )
    ).map((l) => l.trainer_id),
  );
  // Inactive trainers are listed when asked, or while they hold a level.
  const shown = all.filter((t) => t.active === 1 || q.includeInactive === 'true' || holders.has(t.id));
  const standings = await standingsOf(
    db,
    shown.map((t) => t.id),
  );
  return shown
    .map((t) => rowOf(t, standings.get(t.id)!))
    .filter((r) => q.readyOnly !== 'true' || (r.ready && r.active));
}

export async function trainerLevel(db: Db, actor: Actor, trainerId: string) {
  const t = (await visibleTrainers(db, actor)).find((x) => x.id === trainerId);
  if (!t) throw notFound('Trainer');
  const ctx = await standingContext(db);
  const standing = (await standingsOf(db, [t.id], ctx)).get(t.id)!;
  const names = new Map(ctx.grades.map((g) => [g.id, g.name]));
  const history: LevelHistoryEntry[] = (await repo.historyRows(db, t.id)).map((h) => ({
    id: h.id,
    trainerId: h.trainer_id,
    grade: { id: h.grade_id, name: names.get(h.grade_id) ?? '' },
    previous: h.previous_grade_id ? { id: h.previous_grade_id, name: names.get(h.previous_grade_id) ?? '' } : null,
    day: h.day,
    kind: h.kind === 'promotion' ? 'promotion' : 'set',
    reason: h.reason,
    criteria: JSON.parse(h.criteria) as LevelCriterion[],
    unmet: JSON.parse(h.unmet) as LevelCriterionKey[],
    confirmedByName: h.confirmed_by_name,
    createdAt: h.created_at,
  }));
  return { ...rowOf(t, standing), history };
}

/**
 * Sets a trainer's level. The next grade with every standard met is a promotion; anything else
 * (standards unmet, a skipped grade, a step down, a first placement above the lowest grade)
 * needs a reason, which the history keeps with the evidence as it stood.
 */
export async function confirmLevel(db: Db, actor: Actor, trainerId: string, input: z.output<typeof ConfirmInput>) {
  const t = (await repo.trainerRows(db)).find((x) => x.id === trainerId);
  if (!t) throw notFound('Trainer');
  const ctx = await standingContext(db);
  const target = ctx.grades.find((g) => g.id === input.gradeId);
  if (!target) throw ruleBroken('UNKNOWN_GRADE', 'No such grade', 'gradeId');
  const current = await repo.levelRow(db, t.id);
  if (current?.grade_id === target.id)
    throw conflict('SAME_LEVEL', `${t.name} already holds ${target.name}`, 'gradeId');
  if ((current?.version ?? 0) !== input.version) throw stale();
  const figures = (await trainerFigures(db, [t.id], ctx.window)).get(t.id)!;
  const criteria = judge(target, figures, ctx.window);
  const unmet = criteria.filter((c) => !c.met).map((c) => c.key);
  const isNext = nextGrade(ctx.grades, current?.grade_id ?? null)?.id === target.id;
  const reason = input.reason?.trim() || null;
  if (isNext && unmet.length && !reason)
    throw ruleBroken(
      'STANDARDS_UNMET',
      `${t.name} does not meet ${target.name}'s standards: ${unmet.join(', ')}. Give a reason to confirm all the same`,
      'reason',
    );
  if (!isNext && !reason)
    throw ruleBroken(
      'LEVEL_REASON_REQUIRED',
      `${target.name} is not the next grade for ${t.name}: give a reason`,
      'reason',
    );
  const kind = isNext && !unmet.length ? 'promotion' : 'set';
  const day = await todayInCenter(db);
  const at = nowIso();
  const historyId = newId();
  try {
    await db.transaction().execute(async (trx) => {
      if (current) {
        const n = await repo.updateLevel(trx, t.id, input.version, {
          grade_id: target.id,
          since: day,
          confirmed_by: actor.userId,
          updated_at: at,
        });
        if (!n) throw stale();
      } else {
        await repo.insertLevel(trx, {
          trainer_id: t.id,
          grade_id: target.id,
          since: day,
          confirmed_by: actor.userId,
          updated_at: at,
          version: 1,
        });
      }
      await repo.insertHistory(trx, {
        id: historyId,
        trainer_id: t.id,
        grade_id: target.id,
        previous_grade_id: current?.grade_id ?? null,
        day,
        kind,
        reason,
        criteria: JSON.stringify(criteria),
        unmet: JSON.stringify(unmet),
        confirmed_by: actor.userId,
        confirmed_by_name: actor.name,
        created_at: at,
      });
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'career_trainer_level',
        entityId: t.id,
        oldValue: { grade_id: current?.grade_id ?? null },
        newValue: { grade_id: target.id, kind, unmet },
        reason,
      });
      if (t.employee_id)
        await recordCareerEvent(trx, {
          employeeId: t.employee_id,
          kind: 'trainer_level_confirmed',
          day,
          ref: historyId,
          detail: {
            trainerId: t.id,
            gradeId: target.id,
            gradeName: target.name,
            previousGradeId: current?.grade_id ?? null,
            previousGradeName: ctx.grades.find((g) => g.id === current?.grade_id)?.name ?? null,
            change: kind,
            reason,
          },
          recordedBy: actor.userId,
        });
    });
  } catch (err) {
    // Two first confirmations at once: the second insert hits the primary key.
    if (isUniqueViolation(err)) throw stale();
    throw err;
  }
  return { id: historyId };
}
