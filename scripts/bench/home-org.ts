import type { Db } from '../../src/server/db/connect.js';
import { insertMany } from '../../src/server/demo/analytics-batch.js';
import { mulberry32 } from '../../src/server/demo/names.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { employeeRow } from './setup.js';

// The home benchmark's center (scripts/bench/home.ts): AGENTS agents in departments of 500 (25
// teams of 20 and their lead), one user per employee as in a real center, and the accounts the
// bench signs in with. One team in ten is a new-hire class (trainees hired three weeks ago), so
// the trainee work (exams, sessions, at-risk cases) has people to be about.

export const DEPT_SIZE = 500;
export const TEAM_SIZE = 20;
const TEAMS_PER_DEPT = DEPT_SIZE / TEAM_SIZE;

export interface Person {
  id: string;
  userId: string;
  teamId: string;
  deptId: string;
  leadId: string; // the team lead's employee id
  leadUserId: string;
  status: string;
}

export interface Team {
  id: string;
  deptId: string;
  leadId: string;
  leadUserId: string;
  trainees: boolean;
  members: Person[];
}

/** Who the bench signs in as (username → user id), and their employee where they have one. */
export interface Accounts {
  manager: string;
  teamlead: string;
  qa: string;
  agent: string;
  trainee: string;
  trainer: string;
  training: string;
  hr: string;
  admin: string;
}

export interface Org {
  rand: () => number;
  today: string;
  at: string;
  teams: Team[];
  agents: Person[]; // every member of every team (not the leads)
  trainees: Person[];
  evaluators: string[]; // user ids of the QA evaluators; [0] is the bench's `qa`
  trainerUserId: string;
  trainerEmployeeId: string;
  trainingUserId: string;
  hrUserId: string;
  accounts: Accounts;
  usernames: Record<keyof Accounts, string>;
}

export const BENCH_USERS: Record<keyof Accounts, string> = {
  manager: 'bench_manager',
  teamlead: 'bench_teamlead',
  qa: 'bench_qa',
  agent: 'bench_agent',
  trainee: 'bench_trainee',
  trainer: 'bench_trainer',
  training: 'bench_training',
  hr: 'bench_hr',
  admin: 'bench_admin',
};

type UserRow = { id: string; username: string; employee_id: string | null; display_name: string; hash: string };

export async function seedOrg(db: Db, agents: number, today: string, at: string, hash: string): Promise<Org> {
  const rand = mulberry32(20261207);
  const depts = Math.max(1, Math.round(agents / DEPT_SIZE));
  const users: UserRow[] = [];
  const roles: { user_id: string; role: string }[] = [];
  const employees: ReturnType<typeof employeeRow>[] = [];
  const teams: Team[] = [];
  const accounts = {} as Accounts;
  const user = (username: string, employeeId: string | null, name: string, role: string, timed?: keyof Accounts) => {
    const id = newId();
    users.push({ id, username, employee_id: employeeId, display_name: name, hash: timed ? hash : 'x' });
    roles.push({ user_id: id, role });
    if (timed) accounts[timed] = id;
    return id;
  };
  const departments = Array.from({ length: depts }, (_, d) => ({
    id: newId(),
    code: `BH${d + 1}`,
    name: `压测${d + 1}中心`,
    created_at: at,
    updated_at: at,
  }));
  await insertMany(db, 'departments', departments);
  const teamRows = [];
  let no = 0;
  for (const [di, dept] of departments.entries()) {
    for (let t = 0; t < TEAMS_PER_DEPT; t++) {
      const teamId = newId();
      teamRows.push({
        id: teamId,
        department_id: dept.id,
        code: `BH${di + 1}-${t + 1}`,
        name: `压测${di + 1}中心${t + 1}组`,
        created_at: at,
        updated_at: at,
      });
      const trainees = t % 10 === 9;
      const first = di === 0 && t === 0;
      const leadId = newId();
      const leadNo = `H${String(++no).padStart(6, '0')}`;
      employees.push(
        employeeRow(
          {
            id: leadId,
            employee_no: leadNo,
            name: `组长${leadNo}`,
            team_id: teamId,
            status: 'team_lead',
            position: '班组长',
            hire_date: '2020-03-01',
          },
          at,
        ),
      );
      const leadUserId = user(
        first ? BENCH_USERS.teamlead : `b${leadNo}`,
        leadId,
        `组长${leadNo}`,
        'team_lead',
        first ? 'teamlead' : undefined,
      );
      const team: Team = { id: teamId, deptId: dept.id, leadId, leadUserId, trainees, members: [] };
      for (let m = 0; m < TEAM_SIZE; m++) {
        const id = newId();
        const empNo = `H${String(++no).padStart(6, '0')}`;
        // The timed lead's team takes in five trainees of its own.
        const status = trainees || (first && m >= 15) ? 'trainee' : m % 7 === 0 ? 'probation' : 'regular';
        const hire =
          status === 'trainee' ? addDays(today, -21) : status === 'probation' ? addDays(today, -80) : '2023-05-01';
        employees.push(
          employeeRow(
            {
              id,
              employee_no: empNo,
              name: `坐席${empNo}`,
              team_id: teamId,
              status,
              status_since: hire,
              hire_date: hire,
              supervisor_id: leadId,
            } as never,
            at,
          ),
        );
        // The bench's agent sits in the first team; its trainee in the first new-hire class.
        const timed = first && m === 1 ? 'agent' : trainees && di === 0 && t === 9 && m === 1 ? 'trainee' : undefined;
        const userId = user(timed ? BENCH_USERS[timed] : `b${empNo}`, id, `坐席${empNo}`, 'agent', timed);
        team.members.push({ id, userId, teamId, deptId: dept.id, leadId, leadUserId, status });
      }
      teams.push(team);
    }
  }
  // The center manager runs the first center (500 agents) and sits in its first team.
  const mgrId = newId();
  employees.push(
    employeeRow(
      {
        id: mgrId,
        employee_no: 'HM00001',
        name: '中心经理',
        team_id: teams[0].id,
        status: 'regular',
        position: '中心经理',
      },
      at,
    ),
  );
  user(BENCH_USERS.manager, mgrId, '中心经理', 'center_manager', 'manager');
  // The center's staff (QA, trainer, training manager, HR) sit in a staff team of the first center.
  const staffTeamId = newId();
  teamRows.push({
    id: staffTeamId,
    department_id: departments[0].id,
    code: 'BH1-S',
    name: '压测1中心职能组',
    created_at: at,
    updated_at: at,
  });
  const staff = (no: string, name: string, position: string) => {
    const id = newId();
    employees.push(employeeRow({ id, employee_no: no, name, team_id: staffTeamId, status: 'regular', position }, at));
    return id;
  };
  const evaluators = [user(BENCH_USERS.qa, staff('HS00001', '质检员1', '质检员'), '质检员1', 'qa_evaluator', 'qa')];
  for (let i = 1; i < Math.max(4, Math.round(agents / 50)); i++)
    evaluators.push(user(`bqa${i + 1}`, null, `质检员${i + 1}`, 'qa_evaluator'));
  const trainerEmployeeId = staff('HS00002', '讲师', '培训讲师');
  const trainerUserId = user(BENCH_USERS.trainer, trainerEmployeeId, '讲师', 'trainer', 'trainer');
  const trainingUserId = user(
    BENCH_USERS.training,
    staff('HS00003', '培训负责人', '培训负责人'),
    '培训负责人',
    'training_manager',
    'training',
  );
  const hrUserId = user(BENCH_USERS.hr, staff('HS00004', '人力', '人力资源'), '人力', 'hr', 'hr');
  user(BENCH_USERS.admin, null, '管理员', 'admin', 'admin');

  await insertMany(db, 'teams', teamRows);
  await insertMany(db, 'employees', employees);
  await insertMany(
    db,
    'users',
    users.map((u) => ({
      id: u.id,
      username: u.username,
      password_hash: u.hash,
      employee_id: u.employee_id,
      display_name: u.display_name,
      locale: 'zh-CN',
      must_change_password: 0,
      failed_attempts: 0,
      locked_until: null,
      disabled: 0,
      created_at: at,
      updated_at: at,
    })),
  );
  await insertMany(db, 'user_roles', roles);
  const all = teams.flatMap((t) => t.members);
  return {
    rand,
    today,
    at,
    teams,
    agents: all,
    trainees: all.filter((p) => p.status === 'trainee'),
    evaluators,
    trainerUserId,
    trainerEmployeeId,
    trainingUserId,
    hrUserId,
    accounts,
    usernames: BENCH_USERS,
  };
}

/** The last `n` working days (Mon–Fri) up to and including `today`, oldest first. */
export function workingDays(today: string, n: number): string[] {
  const days: string[] = [];
  for (let d = today; days.length < n; d = addDays(d, -1)) {
    const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) days.unshift(d);
  }
  return days;
}

/** `n` working days after `day` (n < 0: before). */
export function addWorkingDays(day: string, n: number): string {
  let d = day;
  for (let left = Math.abs(n); left > 0;) {
    d = addDays(d, n > 0 ? 1 : -1);
    const dow = new Date(`${d}T12:00:00Z`).getUTCDay();
    if (dow !== 0 && dow !== 6) left--;
  }
  return d;
}
