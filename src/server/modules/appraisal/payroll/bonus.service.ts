import type { z } from 'zod';
import type { GradeName } from '../../../../common/appraisal-plans.js';
import type { Locale } from '../../../../common/roles.js';
import type { BaseBonusInput, BonusRowData, BonusTable, PoolInput } from '../../../../common/appraisal-results.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { getSetting } from '../../../lib/settings.js';
import { identities, teamsOf } from '../../people/identity.service.js';
import { allocateBonus } from '../scoring/bonus.js';
import { isSettled, requireCycle, type CycleContext } from '../distribution/cycle-context.js';
import { currentGrades, visibleTo, type PersonGrade } from '../distribution/distribution.service.js';
import * as repo from './payroll.repo.js';
import { payrollFileName, payrollWorkbook } from './payroll.xlsx.js';

// The bonus table (奖金分配表, SPEC §9): grade → coefficient × the person's base bonus (base mode),
// or each team's pool shared by coefficient (pool mode), by the engine's allocateBonus (cents,
// largest-remainder rounding, so a team's amounts add up to its pool to the cent). A base bonus is
// entered or imported per person and cycle; a person without one has the default (setting
// appraisal.baseBonusDefault, yuan). Pools are shared over the whole team even when the reader sees
// part of it. HR and admin see every team; a center manager their department.

export const cycleOf = requireCycle;

export const toCents = (yuan: number) => Math.round(yuan * 100);

export interface BonusLine extends PersonGrade {
  coefficient: number | null;
  baseCents: number | null;
  baseSource: 'default' | 'entered' | 'imported' | null;
  amountCents: number;
}

/** Every person's line (unscoped), with the team pools and the default base. */
export async function bonusLines(db: Db, cycle: CycleContext) {
  const [{ fixed, rows }, bases, poolRows, defaultYuan] = await Promise.all([
    currentGrades(db, cycle),
    repo.baseBonuses(db, cycle.id),
    repo.pools(db, cycle.id),
    getSetting(db, 'appraisal.baseBonusDefault'),
  ]);
  const defaultCents = toCents(defaultYuan);
  const base = new Map(bases.map((b) => [b.employee_id, b]));
  const pools = Object.fromEntries(poolRows.map((p) => [p.team_id, p.amount_cents]));
  const baseMode = cycle.content.bonus.mode === 'base';
  const graded = rows.filter((r): r is PersonGrade & { grade: GradeName } => r.grade !== null);
  const baseOf = (id: string) => base.get(id)?.amount_cents ?? defaultCents;
  const allocated = new Map(
    allocateBonus(
      graded.map((r) => ({
        personId: r.employeeId,
        teamId: r.teamId,
        grade: r.grade,
        baseBonus: baseOf(r.employeeId),
      })),
      cycle.content,
      pools,
    ).map((l) => [l.personId, l]),
  );
  const lines: BonusLine[] = rows.map((r) => ({
    ...r,
    coefficient: allocated.get(r.employeeId)?.coefficient ?? null,
    baseCents: baseMode ? baseOf(r.employeeId) : null,
    baseSource: baseMode ? ((base.get(r.employeeId)?.source as 'entered' | 'imported' | undefined) ?? 'default') : null,
    amountCents: allocated.get(r.employeeId)?.amount ?? 0,
  }));
  return { fixed, lines, pools, defaultCents };
}

export async function bonusTable(db: Db, actor: Actor, cycleId: string): Promise<z.infer<typeof BonusTable>> {
  const cycle = await requireCycle(db, cycleId);
  const { fixed, lines, pools, defaultCents } = await bonusLines(db, cycle);
  const mine = lines.filter(visibleTo(actor));
  const [people, teams] = await Promise.all([
    identities(
      db,
      mine.map((l) => l.employeeId),
    ),
    teamsOf(
      db,
      mine.map((l) => l.teamId),
    ),
  ]);
  const rows: BonusRowData[] = mine.map((l) => ({
    employeeId: l.employeeId,
    employeeNo: people.get(l.employeeId)?.employeeNo ?? '',
    employeeName: people.get(l.employeeId)?.name ?? '',
    teamId: l.teamId,
    teamName: teams.get(l.teamId)?.name ?? '',
    total: l.total,
    grade: l.grade,
    coefficient: l.coefficient,
    baseCents: l.baseCents,
    baseSource: l.baseSource,
    amountCents: l.amountCents,
  }));
  rows.sort((a, b) => a.teamName.localeCompare(b.teamName) || a.employeeNo.localeCompare(b.employeeNo));
  const byTeam = new Map<string, { teamId: string; teamName: string; people: number; amountCents: number }>();
  for (const r of rows) {
    const t = byTeam.get(r.teamId) ?? { teamId: r.teamId, teamName: r.teamName, people: 0, amountCents: 0 };
    t.people += 1;
    t.amountCents += r.amountCents;
    byTeam.set(r.teamId, t);
  }
  const pool = cycle.content.bonus.mode === 'pool';
  const teamTotals = [...byTeam.values()].map((t) => ({ ...t, poolCents: pool ? (pools[t.teamId] ?? null) : null }));
  return {
    cycleId,
    mode: cycle.content.bonus.mode,
    coefficients: cycle.content.bonus.coefficients,
    defaultBaseCents: defaultCents,
    fixed,
    rows,
    teams: teamTotals,
    totalCents: teamTotals.reduce((s, t) => s + t.amountCents, 0),
  };
}

function requireOpenForBonus(cycle: CycleContext) {
  if (cycle.status === 'published')
    throw ruleBroken('BONUS_CYCLE_PUBLISHED', 'The cycle is published: its bonus is no longer changed');
}

/** The cycle's people the actor sees, by employee id (whom a base bonus or a pool may be set for). */
async function visiblePeople(db: Db, actor: Actor, cycle: CycleContext) {
  const { rows } = await currentGrades(db, cycle);
  return new Map(rows.filter(visibleTo(actor)).map((r) => [r.employeeId, r]));
}

/** Stores base bonuses, all or none; returns how many changed. `source` says whether typed or imported. */
export async function saveBaseBonuses(
  db: Db,
  actor: Actor,
  cycleId: string,
  items: { employeeId: string; amountCents: number }[],
  source: 'entered' | 'imported',
  reason: string | null,
  fileName: string | null = null,
) {
  const cycle = await requireCycle(db, cycleId);
  requireOpenForBonus(cycle);
  if (cycle.content.bonus.mode !== 'base')
    throw ruleBroken('BONUS_BASE_MODE_ONLY', 'The plan shares team pools: set a pool per team instead');
  const people = await visiblePeople(db, actor, cycle);
  const seen = new Set<string>();
  items.forEach((it, i) => {
    if (!people.has(it.employeeId))
      throw ruleBroken('BONUS_NOT_IN_CYCLE', 'This person has no sheet in the cycle', `items.${i}.employeeId`);
    if (seen.has(it.employeeId))
      throw ruleBroken('BONUS_DUPLICATE_PERSON', 'This person is listed twice', `items.${i}.employeeId`);
    seen.add(it.employeeId);
  });
  const before = new Map((await repo.baseBonuses(db, cycleId)).map((b) => [b.employee_id, b.amount_cents]));
  const changed = items
    .map((it) => [it.employeeId, it.amountCents] as const)
    .filter(([id, cents]) => before.get(id) !== cents);
  await db.transaction().execute(async (trx) => {
    await repo.upsertBaseBonuses(
      trx,
      cycleId,
      changed.map(([employeeId, amountCents]) => ({ employeeId, amountCents })),
      source,
      actor.userId,
      nowIso(),
    );
    if (changed.length)
      await recordAudit(trx, actor, {
        action: source === 'imported' ? 'import' : 'update',
        entity: 'appraisal_base_bonus',
        entityId: cycleId,
        oldValue: Object.fromEntries(changed.map(([id]) => [id, before.get(id) ?? null])),
        newValue: Object.fromEntries(changed),
        reason: reason ?? fileName,
      });
  });
  return { rows: items.length, changed: changed.length };
}

export const enterBaseBonuses = (db: Db, actor: Actor, cycleId: string, input: z.output<typeof BaseBonusInput>) =>
  saveBaseBonuses(db, actor, cycleId, input.items, 'entered', input.reason ?? null);

export async function setPool(
  db: Db,
  actor: Actor,
  cycleId: string,
  teamId: string,
  input: z.output<typeof PoolInput>,
) {
  const cycle = await requireCycle(db, cycleId);
  requireOpenForBonus(cycle);
  if (cycle.content.bonus.mode !== 'pool')
    throw ruleBroken('BONUS_POOL_MODE_ONLY', 'The plan pays a base bonus per person: enter base bonuses instead');
  const team = [...(await visiblePeople(db, actor, cycle)).values()].filter((p) => p.teamId === teamId);
  if (!team.length)
    throw ruleBroken('BONUS_TEAM_NOT_IN_CYCLE', 'No one of this team has a sheet in the cycle', 'teamId');
  const old = (await repo.pools(db, cycleId)).find((p) => p.team_id === teamId)?.amount_cents ?? null;
  await db.transaction().execute(async (trx) => {
    await repo.upsertPool(trx, cycleId, teamId, input.amountCents, actor.userId, nowIso());
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'appraisal_team_pool',
      entityId: `${cycleId}:${teamId}`,
      oldValue: { amountCents: old },
      newValue: { amountCents: input.amountCents },
      reason: input.reason ?? null,
    });
  });
  const table = await bonusTable(db, actor, cycleId);
  return table.teams.find((t) => t.teamId === teamId)!;
}

/** The payroll file of a final or published cycle: the bonus table as the reader sees it. */
export async function payrollFile(db: Db, actor: Actor, cycleId: string, locale: Locale) {
  const cycle = await requireCycle(db, cycleId);
  if (!isSettled(cycle.status))
    throw ruleBroken('PAYROLL_NOT_FINAL', `The payroll is exported once the cycle is final (it is ${cycle.status})`);
  const table = await bonusTable(db, actor, cycleId);
  const pools =
    table.mode === 'pool'
      ? Object.fromEntries(table.teams.filter((t) => t.poolCents !== null).map((t) => [t.teamId, t.poolCents!]))
      : null;
  const lines = table.rows.map((r) => ({ ...r, name: r.employeeName }));
  const body = await payrollWorkbook(lines, pools, locale, cycle.name);
  return { body, fileName: payrollFileName(locale, cycle.name) };
}
