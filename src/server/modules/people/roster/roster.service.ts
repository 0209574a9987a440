import { EXIT_STATUSES, type EmployeeStatus, type Locale } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { RosterImportTable } from '../../../db/schema.js';
import type { Actor } from '../../../lib/actor.js';
import { diff, recordAudit } from '../../../lib/audit.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { nowIso } from '../../../lib/clock.js';
import { clearSessionCache } from '../../../lib/sessions.js';
import { disableAccountOf } from '../../users/users.service.js';
import * as employees from '../employees.repo.js';
import * as org from '../org.repo.js';
import { runInWorker } from '../../../lib/worker-parse.js';
import type { RawRow, RosterValues } from './roster.parse.js';

const ROSTER_PARSER = new URL('./roster.parse.js', import.meta.url);
import * as repo from './roster.repo.js';
import { getSetting } from '../../../lib/settings.js';
import { guardXlsxUpload } from '../../../lib/upload-guard.js';
import { todayInCenter } from '../../../lib/center-time.js';
import type { RosterPreviewDto, RosterPreviewRowDto } from './roster.schema.js';
import { buildTemplate, type TemplateFormat } from './roster.template.js';
import {
  planRoster,
  ROSTER_HIRE_REASON,
  ROSTER_REASON,
  type RosterContext,
  type RosterPlan,
} from './roster.validate.js';

// Roster import (issue 2, item 4): upload → a stored preview that writes no employee → commit,
// all or nothing, re-checked against the database as it is at that moment.

type StoredRow = RosterPreviewRowDto & { input: RosterValues };

async function loadContext(db: Db): Promise<RosterContext> {
  const [departments, teams, people] = await Promise.all([
    org.listDepartments(db),
    org.listTeamsForLookup(db),
    repo.listAllEmployees(db),
  ]);
  return { today: await todayInCenter(db), departments, teams, employees: people };
}

const stored = (input: RawRow[], plan: RosterPlan): StoredRow[] =>
  plan.rows.map((row, i) => ({ ...row, input: input[i].values }));

function toPreview(imp: RosterImportTable): RosterPreviewDto {
  const rows = (JSON.parse(imp.rows) as StoredRow[]).map(({ input: _input, ...row }) => row);
  const count = (action: string) => rows.filter((r) => r.action === action).length;
  return {
    id: imp.id,
    fileName: imp.file_name,
    status: imp.status === 'committed' ? 'committed' : 'previewed',
    rowCount: imp.row_count,
    errorCount: imp.error_count,
    errorRows: count('error'),
    creates: count('create'),
    updates: count('update'),
    unchanged: count('unchanged'),
    errors: JSON.parse(imp.errors),
    rows,
  };
}

export async function rosterTemplate(db: Db, format: TemplateFormat, locale: Locale) {
  const [departments, teams] = await Promise.all([org.listDepartments(db), org.listTeamsForLookup(db)]);
  return buildTemplate(format, departments, teams, locale);
}

/** Reads and checks every row; stores the result; writes no employee. */
export async function previewImport(db: Db, actor: Actor, fileName: string, data: Buffer) {
  await guardXlsxUpload(db, data); // a zip bomb is refused before exceljs opens it
  // A larger roster is split into several files (setting people.rosterMaxRows).
  // Parsed on a worker thread when big (lib/worker-parse.ts): a large workbook never stalls other requests.
  const input = await runInWorker<RawRow[]>({
    module: ROSTER_PARSER,
    fn: 'parseRosterFile',
    args: [fileName, data, await getSetting(db, 'people.rosterMaxRows')],
    bytes: data.length,
  });
  const plan = planRoster(input, await loadContext(db));
  const row: RosterImportTable = {
    id: newId(),
    created_by: actor.userId,
    file_name: fileName.slice(0, 255),
    status: 'previewed',
    row_count: input.length,
    error_count: plan.errors.length,
    rows: JSON.stringify(stored(input, plan)),
    errors: JSON.stringify(plan.errors),
    created_at: nowIso(),
    committed_at: null,
  };
  await repo.insertImport(db, row);
  return toPreview(row);
}

/** An import is seen and committed by the person who uploaded it (or an administrator). */
async function loadOwn(db: Db, actor: Actor, id: string) {
  const imp = await repo.findImport(db, id);
  if (!imp) throw notFound('Roster import');
  if (imp.created_by !== actor.userId && !actor.roles.includes('admin')) {
    throw forbidden('Only the person who uploaded this roster may open or commit it');
  }
  return imp;
}

export const getImport = async (db: Db, actor: Actor, id: string) => toPreview(await loadOwn(db, actor, id));

const alreadyCommitted = () => conflict('IMPORT_ALREADY_COMMITTED', 'This roster import has already been committed');

export async function commitImport(db: Db, actor: Actor, id: string) {
  const imp = await loadOwn(db, actor, id);
  if (imp.status !== 'previewed') throw alreadyCommitted();
  if (imp.error_count > 0) {
    throw ruleBroken('IMPORT_HAS_ERRORS', `The file has ${imp.error_count} error(s); fix them and upload it again`);
  }
  const input: RawRow[] = (JSON.parse(imp.rows) as StoredRow[]).map((r) => ({ line: r.line, values: r.input }));
  const stale: { plan?: RosterPlan } = {};
  try {
    const result = await db.transaction().execute(async (trx) => {
      // Claimed first, inside the transaction: a second commit waits for this one and then finds
      // nothing to claim; if this one fails, the claim rolls back with everything else.
      if (!(await repo.claimImport(trx, id, nowIso()))) throw alreadyCommitted();
      const plan = planRoster(input, await loadContext(trx));
      if (plan.errors.length) {
        stale.plan = plan;
        const e = plan.errors[0];
        throw ruleBroken(
          'IMPORT_HAS_ERRORS',
          `The organisation changed since the preview; nothing was written. Line ${e.line}: ${e.message}`,
          e.field,
        );
      }
      await applyPlan(trx, actor, plan);
      const counts = {
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: input.length - plan.creates.length - plan.updates.length,
      };
      await recordAudit(trx, actor, {
        action: 'import',
        entity: 'roster_import',
        entityId: id,
        newValue: { fileName: imp.file_name, ...counts },
        reason: ROSTER_REASON,
      });
      return { counts, moved: plan.updates.some((u) => u.team || u.status) };
    });
    // Teams and statuses decide what people may see; sessions re-read them.
    if (result.moved) clearSessionCache();
    return result.counts;
  } catch (err) {
    if (stale.plan) {
      await repo.replaceImportResult(db, id, {
        rows: JSON.stringify(stored(input, stale.plan)),
        errors: JSON.stringify(stale.plan.errors),
        error_count: stale.plan.errors.length,
      });
    }
    throw err;
  }
}

async function applyPlan(trx: Db, actor: Actor, plan: RosterPlan) {
  const at = nowIso();
  const history = { changed_by: actor.userId, created_at: at };
  const rows = plan.creates.map((c) => ({ ...c.row, created_at: at, updated_at: at }));
  // A supervisor who is new in the same file may come later in it: insert everyone, then link.
  const newIds = new Set(rows.map((r) => r.id));
  const linkLater = new Set(rows.filter((r) => r.supervisor_id && newIds.has(r.supervisor_id)));
  await repo.insertMany(
    trx,
    'employees',
    rows.map((r) => (linkLater.has(r) ? { ...r, supervisor_id: null } : r)),
  );
  for (const r of linkLater) await repo.setSupervisor(trx, r.id, r.supervisor_id!);
  await repo.insertMany(
    trx,
    'employee_status_history',
    rows.map((r) => ({
      id: newId(),
      employee_id: r.id,
      from_status: null,
      to_status: r.status,
      effective_date: r.hire_date,
      reason: ROSTER_HIRE_REASON,
      ...history,
    })),
  );
  await repo.insertMany(
    trx,
    'employee_team_history',
    rows.map((r) => ({
      id: newId(),
      employee_id: r.id,
      from_team_id: null,
      to_team_id: r.team_id,
      effective_date: r.hire_date,
      reason: ROSTER_HIRE_REASON,
      ...history,
    })),
  );
  for (const r of rows) {
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'employee',
      entityId: r.id,
      newValue: r,
      reason: ROSTER_REASON,
    });
  }

  for (const u of plan.updates) {
    const id = u.before.id;
    const n = await employees.updateEmployeeAtVersion(trx, id, u.before.version, { ...u.set, updated_at: at });
    if (n !== 1) {
      throw conflict(
        'VERSION_CONFLICT',
        `Line ${u.line}: ${u.before.employee_no} was changed by someone else meanwhile; nothing was written, try again`,
      );
    }
    if (u.status) {
      await employees.insertStatusHistory(trx, {
        id: newId(),
        employee_id: id,
        from_status: u.status.from,
        to_status: u.status.to,
        effective_date: u.status.date,
        reason: ROSTER_REASON,
        ...history,
      });
    }
    if (u.team) {
      await employees.insertTeamHistory(trx, {
        id: newId(),
        employee_id: id,
        from_team_id: u.team.from,
        to_team_id: u.team.to,
        effective_date: u.team.date,
        reason: ROSTER_REASON,
        ...history,
      });
    }
    const { oldValue, newValue } = diff(u.before as Record<string, unknown>, u.set);
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'employee',
      entityId: id,
      oldValue,
      newValue,
      reason: ROSTER_REASON,
    });
    // Someone who has left can no longer sign in, as with a status change made by hand.
    if (u.status && EXIT_STATUSES.includes(u.status.to as EmployeeStatus))
      await disableAccountOf(trx, actor, id, ROSTER_REASON);
  }
}
