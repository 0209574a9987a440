import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ForcedDistributionShape, PlanContentShape } from '../../../../common/appraisal-plans.js';
import { CYCLE_STEPS, type CycleStepName } from '../../../../common/appraisal-cycles.js';
import { DEMO_PASSWORD } from '../../../demo/seed.js';
import type { Client, TestEnv } from '../../../test/harness.js';
import { teamIdOf } from '../../../test/helpers.js';
import { createUser } from '../../users/users.service.js';

// Steps the results tests share, all through the API: a published plan whose one KPI is sales
// (entered by HR, so every total is the number we enter: floor 0 → target 100), a monthly cycle
// for November 2026, moving it step by step, and reading an .xlsx download back.

export const ok = <T = any>(res: { status: number; raw: string; body: any }, status = 200): T => {
  expect(res.status, `${res.status} ${res.raw.slice(0, 400)}`).toBe(status);
  return res.body.data as T;
};

export function planContent(
  name: string,
  teamIds: string[],
  opts: { mode: 'base' | 'pool'; forced?: ForcedDistributionShape | null },
): PlanContentShape {
  return {
    name,
    cycleKind: 'monthly',
    teams: teamIds.map((teamId) => ({ teamId, positionType: 'inbound' as const })),
    kpiSets: { inbound: [{ code: 'sales', weight: 100, rule: { kind: 'linear', floor: 0, target: 100 } }] },
    grades: [
      { grade: 'S', min: 90 },
      { grade: 'A', min: 80 },
      { grade: 'B', min: 70 },
      { grade: 'C', min: 60 },
      { grade: 'D', min: 0 },
    ],
    bonus: { mode: opts.mode, coefficients: { S: 1.5, A: 1.2, B: 1, C: 0.8, D: 0 } },
    forcedDistribution: opts.forced ?? null,
    appealWorkingDays: 3,
  };
}

export interface SheetInfo {
  id: string;
  employeeId: string;
  employeeNo: string;
  teamId: string;
}

/** A published plan over the teams (by code) and its cycle (November 2026 unless said), open; with the sheets by employee id. */
export async function openCycle(
  env: TestEnv,
  hr: Client,
  name: string,
  teamCodes: string[],
  opts: { mode: 'base' | 'pool'; forced?: ForcedDistributionShape | null },
  periodStart = '2026-11-01',
) {
  const teamIds = await Promise.all(teamCodes.map((c) => teamIdOf(env.handle.db, c)));
  const plan = ok(await hr.post('/api/appraisal/plans', { name, content: planContent(name, teamIds, opts) }));
  const published = ok(await hr.post(`/api/appraisal/plans/${plan.id}/publish`, { revision: plan.revision }));
  const cycle = ok(
    await hr.post('/api/appraisal/cycles', { planVersionId: published.publishedVersionId, periodStart }),
  );
  const rows = ok<SheetInfo[]>(await hr.get(`/api/appraisal/sheets?cycleId=${cycle.id}&pageSize=500`));
  const sheets = new Map(rows.map((s) => [s.employeeId, s]));
  return { cycleId: cycle.id as string, planVersionId: published.publishedVersionId as string, teamIds, sheets };
}

/** HR enters the sales of people (by employee id) while the cycle is open: their totals. */
export async function enterSales(
  hr: Client,
  cycleId: string,
  sheets: Map<string, SheetInfo>,
  values: Map<string, number>,
) {
  const rows = [...values].map(([id, value]) => ({ employeeNo: sheets.get(id)!.employeeNo, value }));
  const res = ok(await hr.put(`/api/appraisal/cycles/${cycleId}/external`, { code: 'sales', rows }));
  expect(res.applied, JSON.stringify(res.errors)).toBe(true);
}

/** Moves the cycle one step at a time until it reaches `to`. */
export async function advanceTo(hr: Client, cycleId: string, to: CycleStepName) {
  for (;;) {
    const c = ok(await hr.get(`/api/appraisal/cycles/${cycleId}`));
    if (c.status === to) return;
    const next = CYCLE_STEPS[CYCLE_STEPS.indexOf(c.status) + 1];
    ok(await hr.post(`/api/appraisal/cycles/${cycleId}/advance`, { to: next, version: c.version }));
  }
}

/** People of a team (by code) in the cycle, best sales first once entered; ordered by employee number. */
export const teamSheets = (sheets: Map<string, SheetInfo>, teamId: string) =>
  [...sheets.values()].filter((s) => s.teamId === teamId).sort((a, b) => a.employeeNo.localeCompare(b.employeeNo));

/** A sign-in for a person of the demo center with the given roles. */
export async function accountFor(
  env: TestEnv,
  username: string,
  employeeId: string,
  roles: ('agent' | 'team_lead' | 'center_manager')[],
) {
  await createUser(
    env.handle.db,
    null,
    { username, displayName: username, roles, employeeId, password: 'Results-Test-7x!' },
    { mustChange: false },
  );
  return env.as(username, 'Results-Test-7x!');
}

/** GET a file as `username` and read its first sheet as rows of cell values (the harness reads bodies as text). */
export async function downloadRows(env: TestEnv, username: string, url: string) {
  const login = await env.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  const cookie = [login.headers['set-cookie']].flat()[0]!.split(';')[0];
  const res = await env.app.inject({ method: 'GET', url, headers: { cookie } });
  if (res.statusCode !== 200) return { status: res.statusCode, rows: [] as unknown[][], headers: res.headers };
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as never);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { status: 200, rows, headers: res.headers };
}

/** An .xlsx with a header row and the given rows. */
export async function workbook(rows: unknown[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('data');
  ws.addRow(['工号', '基础奖金']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
