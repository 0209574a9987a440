import { canMoveTo } from '../../../../common/lifecycle.js';
import { EmployeeCreate } from '../../../../common/people.js';
import { EMPLOYEE_STATUSES, EXIT_STATUSES, type EmployeeStatus } from '../../../../common/roles.js';
import type { Employee, NewEmployee } from '../../../db/schema.js';
import { newId } from '../../../lib/ids.js';
import { ROSTER_COLUMNS, type RawRow, type RosterField, type RosterValues } from './roster.parse.js';
import type { RosterErrorParams, RosterPreviewRowDto, RosterRowErrorDto } from './roster.schema.js';

// The rules of a roster row, as a pure function of the rows and the organisation as it is now.
// It runs at preview and again inside the commit transaction, so what is written is what the
// database holds at that moment, not what it held when the file was uploaded.

export const STATUS_LABELS: Record<EmployeeStatus, string> = {
  candidate: '候选人',
  trainee: '培训期',
  probation: '试用期',
  regular: '正式',
  key_staff: '骨干',
  team_lead: '班组长',
  eliminated: '已淘汰',
  resigned: '已离职',
  dismissed: '已辞退',
};
const STATUS_WORDS = new Map<string, EmployeeStatus>([
  ...EMPLOYEE_STATUSES.flatMap(
    (s) =>
      [
        [s, s],
        [STATUS_LABELS[s], s],
        [s.replace(/_/g, ' '), s], // the English template's words: 'key staff', 'team lead'
      ] as [string, EmployeeStatus][],
  ),
  ['跟听', 'probation'],
  ['转正', 'regular'],
  ['正式上岗', 'regular'],
  ['储备干部', 'key_staff'],
  ['淘汰', 'eliminated'],
  ['离职', 'resigned'],
  ['辞退', 'dismissed'],
]);
const GENDER_WORDS = new Map([
  ['男', 'male'],
  ['女', 'female'],
  ['male', 'male'],
  ['female', 'female'],
  ['m', 'male'],
  ['f', 'female'],
]);
export const ROSTER_REASON = 'roster import';
export const ROSTER_HIRE_REASON = 'hired from roster import';

export interface TeamRef {
  id: string;
  code: string;
  name: string;
  department_id: string;
  department_name: string;
}
export interface RosterContext {
  today: string;
  departments: { id: string; code: string; name: string }[];
  teams: TeamRef[];
  employees: Employee[];
}

export type CreatePlan = { line: number; row: Omit<NewEmployee, 'created_at' | 'updated_at'> };
export type UpdatePlan = {
  line: number;
  before: Employee;
  set: Partial<Employee>;
  status?: { from: string; to: string; date: string };
  team?: { from: string; to: string; date: string };
};
export interface RosterPlan {
  rows: RosterPreviewRowDto[];
  errors: RosterRowErrorDto[];
  creates: CreatePlan[];
  updates: UpdatePlan[];
}

const HEADER = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c.key, c.header])) as Record<RosterField, string>;
const SCHEMA_FIELD: Record<string, RosterField> = { teamId: 'team', supervisorId: 'supervisorNo' };
const SCHEMA_CODE: Partial<Record<RosterField, string>> = {
  employeeNo: 'BAD_EMPLOYEE_NO',
  name: 'MISSING_NAME',
  hireDate: 'BAD_DATE',
  status: 'UNKNOWN_STATUS',
  gender: 'BAD_GENDER',
  phone: 'BAD_PHONE',
  email: 'BAD_EMAIL',
  skills: 'BAD_SKILLS',
};
const schemaMessage = (f: RosterField, code: string, value = '', max?: unknown) =>
  code === 'ROW_TOO_LONG'
    ? `${HEADER[f]}过长（最多 ${max} 个字符）`
    : code === 'MISSING_NAME'
      ? '姓名不能为空'
      : code === 'UNKNOWN_STATUS'
        ? `状态「${value}」无法识别，可填：${Object.values(STATUS_LABELS).join('、')}`
        : code === 'BAD_GENDER'
          ? `性别「${value}」应为 男 或 女`
          : code === 'BAD_DATE'
            ? `入职日期「${value}」不是有效日期（例如 2026-11-16）`
            : code === 'BAD_EMPLOYEE_NO'
              ? `工号「${value}」只能包含字母、数字、- 和 _`
              : `${HEADER[f]}「${value}」格式不正确`;

/** 2026-11-16, 2026/11/16, 2026.11.16 and 2026年11月16日 (an optional time is ignored) → YYYY-MM-DD. */
export function normalizeDate(s: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : s;
}
const splitSkills = (s: string) => [
  ...new Set(
    s
      .split(/[;；,，、|]+/)
      .map((x) => x.trim())
      .filter(Boolean),
  ),
];
const sameSkills = (a: string[], b: string[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
const maxDate = (a: string, b: string) => (a > b ? a : b);

function resolveTeam(ctx: RosterContext, teamText?: string, deptText?: string) {
  const dept = deptText
    ? ctx.departments.find((d) => d.name === deptText || d.code.toLowerCase() === deptText.toLowerCase())
    : undefined;
  if (deptText && !dept)
    return { error: ['department', 'UNKNOWN_DEPARTMENT', `部门「${deptText}」不存在`, { value: deptText }] as const };
  if (!teamText) return {};
  const byCode = ctx.teams.find((t) => t.code.toLowerCase() === teamText.toLowerCase());
  const named = byCode ? [byCode] : ctx.teams.filter((t) => t.name === teamText);
  const found = dept ? named.filter((t) => t.department_id === dept.id) : named;
  if (found.length === 1) return { team: found[0] };
  if (found.length > 1)
    return {
      error: ['team', 'AMBIGUOUS_TEAM', `班组「${teamText}」在多个部门都有，请填写部门`, { value: teamText }] as const,
    };
  return dept && named.length
    ? {
        error: [
          'team',
          'UNKNOWN_TEAM',
          `班组「${teamText}」不属于部门「${dept.name}」`,
          { value: teamText, department: dept.name },
        ] as const,
      }
    : { error: ['team', 'UNKNOWN_TEAM', `班组「${teamText}」不存在`, { value: teamText }] as const };
}

export function planRoster(input: RawRow[], ctx: RosterContext): RosterPlan {
  const byNo = new Map(ctx.employees.map((e) => [e.employee_no, e]));
  const noOfId = new Map(ctx.employees.map((e) => [e.id, e.employee_no]));
  const teamById = new Map(ctx.teams.map((t) => [t.id, t]));
  const linesOf = new Map<string, number[]>();
  for (const r of input)
    if (r.values.employeeNo) linesOf.set(r.values.employeeNo, [...(linesOf.get(r.values.employeeNo) ?? []), r.line]);
  const fileRow = new Map<string, RosterValues>();
  const newIdOf = new Map<string, string>();
  for (const r of input) {
    const no = r.values.employeeNo;
    if (!no || fileRow.has(no)) continue;
    fileRow.set(no, r.values);
    if (!byNo.has(no)) newIdOf.set(no, newId());
  }
  // The organisation after the import: whom each number reports to, and whether they still work here.
  const supervisorAfter = (no: string) =>
    fileRow.get(no)?.supervisorNo ?? noOfId.get(byNo.get(no)?.supervisor_id ?? '') ?? null;
  const statusAfter = (no: string) =>
    STATUS_WORDS.get(fileRow.get(no)?.status?.toLowerCase() ?? '') ?? byNo.get(no)?.status;

  const plan: RosterPlan = { rows: [], errors: [], creates: [], updates: [] };
  for (const { line, values: v } of input) {
    const errors: RosterRowErrorDto[] = [];
    const fail = (field: RosterField, code: string, message: string, params?: RosterErrorParams) => {
      if (!errors.some((e) => e.field === field))
        errors.push({ line, field, code, message, ...(params ? { params } : {}) });
    };
    const no = v.employeeNo ?? '';
    const before = no ? byNo.get(no) : undefined;
    if (!no) fail('employeeNo', 'MISSING_EMPLOYEE_NO', '工号不能为空');
    if (no && linesOf.get(no)!.length > 1)
      fail(
        'employeeNo',
        'DUPLICATE_EMPLOYEE_NO',
        `工号 ${no} 在文件中出现多次（第 ${linesOf.get(no)!.join('、')} 行）`,
        { value: no, lines: linesOf.get(no)!.join(', ') },
      );
    if (!before && !v.hireDate) fail('hireDate', 'MISSING_HIRE_DATE', '新员工必须填写入职日期');
    if (!before && !v.team) fail('team', 'MISSING_TEAM', '新员工必须填写班组');

    const where = resolveTeam(ctx, v.team, v.department);
    if (where.error) fail(where.error[0], where.error[1], where.error[2], where.error[3]);
    const team = where.team ?? (before ? teamById.get(before.team_id) : undefined);

    // Every per-field rule comes from the API's own EmployeeCreate schema. A cell the file leaves
    // blank keeps the person's current value, so it is neither judged nor compared.
    const statusIn = v.status
      ? STATUS_WORDS.get(v.status.toLowerCase())
      : ((before?.status as EmployeeStatus | undefined) ?? 'trainee');
    const parsed = EmployeeCreate.safeParse({
      employeeNo: no,
      name: v.name ?? before?.name ?? '',
      hireDate: v.hireDate ? normalizeDate(v.hireDate) : (before?.hire_date ?? ''),
      teamId: team?.id ?? 'unresolved',
      status: statusIn ?? v.status,
      gender: v.gender ? (GENDER_WORDS.get(v.gender.toLowerCase()) ?? v.gender) : null,
      phone: v.phone ?? null,
      email: v.email ?? null,
      position: v.position ?? null,
      skills: v.skills ? splitSkills(v.skills) : [],
    });
    for (const issue of parsed.error?.issues ?? []) {
      const key = String(issue.path[0]);
      const f = SCHEMA_FIELD[key] ?? (key as RosterField);
      const code = issue.code === 'too_big' ? 'ROW_TOO_LONG' : (SCHEMA_CODE[f] ?? 'BAD_VALUE');
      const max = (issue as { maximum?: unknown }).maximum;
      fail(
        f,
        code,
        schemaMessage(f, code, v[f], max),
        code === 'ROW_TOO_LONG' ? { max: Number(max) } : v[f] ? { value: v[f] } : undefined,
      );
    }

    const supNo = v.supervisorNo;
    const supId = supNo ? (byNo.get(supNo)?.id ?? newIdOf.get(supNo)) : undefined;
    const supChanges = !!supNo && supId !== before?.supervisor_id;
    if (supNo && supNo === no) fail('supervisorNo', 'SUPERVISOR_SELF', '直属上级不能是本人');
    else if (supNo && !supId)
      fail('supervisorNo', 'UNKNOWN_SUPERVISOR', `直属上级工号 ${supNo} 既不在系统中，也不在本文件中`, {
        value: supNo,
      });
    else if (supNo && supChanges) {
      if (EXIT_STATUSES.includes(statusAfter(supNo) as EmployeeStatus))
        fail('supervisorNo', 'SUPERVISOR_LEFT', `直属上级 ${supNo} 已不在职`, { value: supNo });
      let cursor: string | null = supNo;
      for (let depth = 0; cursor && depth < 500; depth++, cursor = supervisorAfter(cursor)) {
        if (cursor === no) {
          fail('supervisorNo', 'SUPERVISOR_CYCLE', `直属上级 ${supNo} 会形成汇报环路`, { value: supNo });
          break;
        }
      }
    }

    const d = parsed.success ? parsed.data : null;
    const changes: RosterField[] = [];
    const set: Partial<Employee> = {};
    if (d && before) {
      const fromFile: [RosterField, keyof Employee, unknown][] = [
        ['name', 'name', d.name],
        ['gender', 'gender', d.gender ?? null],
        ['hireDate', 'hire_date', d.hireDate],
        ['team', 'team_id', d.teamId],
        ['status', 'status', d.status],
        ['supervisorNo', 'supervisor_id', supId ?? null],
        ['position', 'position', d.position ?? null],
        ['phone', 'phone', d.phone || null],
        ['email', 'email', d.email || null],
        ['skills', 'skills', JSON.stringify(d.skills)],
      ];
      for (const [f, column, value] of fromFile) {
        if (v[f] === undefined || before[column] === value) continue;
        if (f === 'skills' && sameSkills(d.skills, JSON.parse(before.skills))) continue;
        (set as Record<string, unknown>)[column] = value;
        changes.push(f);
      }
    }
    const status = d?.status ?? null;
    if (d && (!before || set.hire_date || set.status) && d.hireDate > ctx.today && status !== 'candidate') {
      fail('hireDate', 'DATE_IN_FUTURE', `入职日期 ${d.hireDate} 晚于今天；只有候选人可以填写将来的入职日期`, {
        value: d.hireDate,
      });
    }
    if (d && !before && EXIT_STATUSES.includes(d.status))
      fail('status', 'BAD_INITIAL_STATUS', `新员工不能以「${STATUS_LABELS[d.status]}」状态导入`, { status: d.status });
    if (before && set.status && !canMoveTo(before.status as EmployeeStatus, set.status as EmployeeStatus)) {
      const from = STATUS_LABELS[before.status as EmployeeStatus] ?? before.status;
      fail(
        'status',
        'STATUS_TRANSITION_NOT_ALLOWED',
        `状态不能从「${from}」变为「${STATUS_LABELS[set.status as EmployeeStatus]}」`,
        { from: before.status, to: set.status as string },
      );
    }
    if (before && set.team_id && EXIT_STATUSES.includes((status ?? before.status) as EmployeeStatus)) {
      fail('team', 'EMPLOYEE_LEFT', '该员工已不在职，不能调整班组');
    }

    plan.errors.push(...errors);
    plan.rows.push({
      line,
      employeeNo: no,
      name: v.name ?? before?.name ?? '',
      teamName: team?.name ?? v.team ?? '',
      departmentName: team?.department_name ?? v.department ?? '',
      status: statusIn ?? '',
      // A bad row is only an error: it is not counted as a create or an update.
      action: errors.length ? 'error' : !before ? 'create' : changes.length ? 'update' : 'unchanged',
      ...(before && changes.length ? { changes } : {}),
    });
    if (errors.length || !d) continue;
    if (!before) {
      plan.creates.push({
        line,
        row: {
          id: newIdOf.get(no)!,
          employee_no: no,
          name: d.name,
          gender: d.gender ?? null,
          phone: d.phone || null,
          email: d.email || null,
          hire_date: d.hireDate,
          team_id: d.teamId,
          supervisor_id: supId ?? null,
          status: d.status,
          status_since: d.hireDate,
          position: d.position ?? null,
          skills: JSON.stringify(d.skills),
          version: 1,
        },
      });
    } else if (changes.length) {
      const u: UpdatePlan = { line, before, set };
      if (set.status) {
        u.status = { from: before.status, to: set.status, date: maxDate(ctx.today, before.status_since) };
        set.status_since = u.status.date;
      }
      if (set.team_id) u.team = { from: before.team_id, to: set.team_id, date: maxDate(ctx.today, d.hireDate) };
      plan.updates.push(u);
    }
  }
  return plan;
}
