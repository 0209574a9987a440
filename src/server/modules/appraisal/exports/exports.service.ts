import { KPI_CODES } from '../../../../common/appraisal-plans.js';
import { GRADES } from '../../../../common/appraisal-plans.js';
import type { Locale } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { listAppeals } from '../appeals/appeals.service.js';
import { requireCycle } from '../distribution/cycle-context.js';
import { distributionData } from '../distribution/distribution.service.js';
import { listSheets } from '../sheets/sheets.service.js';
import { itemsOfSheets } from '../sheets/sheets.repo.js';
import { APPEAL_STATUS, FILE, HEAD, KPI, POSITION, SHEET_STATUS } from './exports.words.js';
import { inLocale, tableWorkbook, type Cell, type Pair, type XlsxFile } from '../../../lib/workbook.js';

// The appraisal's tables as .xlsx (issue 18 item 8): a cycle's sheets, its grade distribution and
// the appeals list. Each holds exactly the rows the reader sees on screen — the same scoped queries
// (an agent their own, a lead their team, a center manager their department, HR/admin all) — and
// is audited as an export by the server's download hook (lib/audit-exports.ts).

/** Everything at once: a file is the whole scoped list, not a page of it. */
const ALL = { page: 1, pageSize: 1_000_000 };

export type ExportFile = XlsxFile;

const fileOf = (locale: Locale, cycleName: string | null, kind: keyof typeof FILE) => ({
  fileName: `${cycleName ? `${cycleName}-` : ''}${inLocale(locale, FILE[kind])}.xlsx`,
  ascii: `${FILE[kind][1]}.xlsx`,
});

export async function sheetsFile(db: Db, actor: Actor, cycleId: string, locale: Locale): Promise<ExportFile> {
  const cycle = await requireCycle(db, cycleId);
  const w = (p: Pair) => inLocale(locale, p);
  const { data } = await listSheets(db, actor, { cycleId, ...ALL });
  const codes = KPI_CODES.filter((c) =>
    Object.values(cycle.content.kpiSets).some((set) => set?.some((k) => k.code === c)),
  );
  const items = new Map<string, Map<string, { value: number | null; points: number | null }>>();
  for (const i of await itemsOfSheets(
    db,
    data.map((s) => s.id),
  )) {
    if (!items.has(i.sheet_id)) items.set(i.sheet_id, new Map());
    items.get(i.sheet_id)!.set(i.code, {
      value: i.value === null ? null : Number(i.value),
      points: i.points === null ? null : Number(i.points),
    });
  }
  const headers = [
    w(HEAD.name),
    w(HEAD.no),
    w(HEAD.team),
    w(HEAD.position),
    ...codes.flatMap((c) => [`${w(KPI[c])} ${w(HEAD.value)}`, `${w(KPI[c])} ${w(HEAD.points)}`]),
    w(HEAD.total),
    w(HEAD.grade),
    w(HEAD.status),
  ];
  const rows: Cell[][] = data.map((s) => [
    s.employeeName,
    s.employeeNo,
    s.teamName,
    w(POSITION[s.positionType]),
    ...codes.flatMap((c) => {
      const item = items.get(s.id)?.get(c);
      return [item?.value ?? null, item?.points ?? null];
    }),
    s.total,
    s.grade,
    w(SHEET_STATUS[s.status]),
  ]);
  return {
    body: await tableWorkbook({ sheetName: cycle.name, headers, rows }),
    ...fileOf(locale, cycle.name, 'sheets'),
  };
}

export async function distributionFile(db: Db, actor: Actor, cycleId: string, locale: Locale): Promise<ExportFile> {
  const cycle = await requireCycle(db, cycleId);
  const w = (p: Pair) => inLocale(locale, p);
  const d = await distributionData(db, actor, cycleId);
  const headers = [w(HEAD.team), w(HEAD.size), ...GRADES, w(HEAD.ungraded), w(HEAD.forced)];
  const rows: Cell[][] = d.teams.map((t) => [
    t.teamName,
    t.size,
    ...GRADES.map((g) => t.counts[g]),
    t.ungraded,
    w(t.forcedApplied ? HEAD.yes : HEAD.no_),
  ]);
  rows.push([w(HEAD.all), d.center.size, ...GRADES.map((g) => d.center.counts[g]), d.center.ungraded, '']);
  return {
    body: await tableWorkbook({ sheetName: cycle.name, headers, rows, boldRows: new Set([rows.length - 1]) }),
    ...fileOf(locale, cycle.name, 'distribution'),
  };
}

export async function appealsFile(
  db: Db,
  actor: Actor,
  q: { cycleId?: string; status?: 'open' | 'reviewed' | 'upheld' | 'rejected' },
  locale: Locale,
): Promise<ExportFile> {
  const cycle = q.cycleId ? await requireCycle(db, q.cycleId) : null;
  const w = (p: Pair) => inLocale(locale, p);
  const { data } = await listAppeals(db, actor, { ...q, ...ALL });
  const headers = [
    w(HEAD.no),
    w(HEAD.name),
    w(HEAD.team),
    w(HEAD.kpi),
    w(HEAD.status),
    w(HEAD.original),
    w(HEAD.claimed),
    w(HEAD.filedAt),
    w(HEAD.windowEndsOn),
  ];
  const rows: Cell[][] = data.map((a) => [
    a.employeeNo,
    a.employeeName,
    a.teamName,
    w(KPI[a.kpiCode]),
    w(APPEAL_STATUS[a.status]),
    a.originalValue,
    a.claimedValue,
    a.filedAt,
    a.windowEndsOn,
  ]);
  return {
    body: await tableWorkbook({ sheetName: cycle?.name ?? w(FILE.appeals), headers, rows }),
    ...fileOf(locale, cycle?.name ?? null, 'appeals'),
  };
}
