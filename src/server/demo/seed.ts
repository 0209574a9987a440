import type { Role } from '../../common/roles.js';
import type { Db } from '../db/connect.js';
import { recordAudit } from '../lib/audit.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/clock.js';
import { hashPassword } from '../lib/passwords.js';
import { mulberry32, nameMaker } from './names.js';

// A realistic demo call center (issue 2): 6 departments, their teams, about 80 people covering
// every role of SPEC §1, and a cohort of 30 new hires in their second week of training.

export const DEMO_PASSWORD = 'Seatwise2026';

export const DEMO_ACCOUNTS: { username: string; roles: Role[]; label: string }[] = [
  { username: 'admin', roles: ['admin'], label: '系统管理员 administrator' },
  { username: 'hr', roles: ['hr'], label: '人力资源 HR' },
  { username: 'training', roles: ['training_manager'], label: '培训负责人 training manager' },
  { username: 'trainer', roles: ['trainer'], label: '培训讲师 trainer' },
  { username: 'mentor', roles: ['mentor', 'agent'], label: '带教导师 mentor' },
  { username: 'teamlead', roles: ['team_lead'], label: '班组长 team lead' },
  { username: 'qa', roles: ['qa_evaluator'], label: '质检员 QA evaluator' },
  { username: 'manager', roles: ['center_manager'], label: '中心经理 center manager' },
  { username: 'agent', roles: ['agent'], label: '坐席 agent' },
  { username: 'trainee', roles: ['agent'], label: '学员 trainee' },
];

const DEPARTMENTS = [
  {
    code: 'CS1',
    name: '客户服务一处',
    teams: [
      ['CS1-0', '一处综合组'],
      ['CS1-1', '零售业务一组'],
      ['CS1-2', '零售业务二组'],
    ],
  },
  {
    code: 'CS2',
    name: '客户服务二处',
    teams: [
      ['CS2-1', '信用卡一组'],
      ['CS2-2', '信用卡二组'],
    ],
  },
  { code: 'CMP', name: '投诉处理室', teams: [['CMP-1', '投诉处理组']] },
  {
    code: 'OUT',
    name: '外呼营销处',
    teams: [
      ['OUT-1', '外呼营销一组'],
      ['OUT-2', '外呼营销二组'],
    ],
  },
  { code: 'QA', name: '质量管理室', teams: [['QA-1', '质检组']] },
  {
    code: 'TRN',
    name: '培训发展室',
    teams: [
      ['TRN-1', '培训组'],
      ['TRN-NH', '新员工培训班'],
    ],
  },
];

const SKILLS = ['储蓄业务', '信用卡', '理财产品', '贷款咨询', '电子银行', '投诉处理', '外呼营销'];
export const COHORT_START = '2026-11-16';

export async function isEmpty(db: Db) {
  return !(await db.selectFrom('users').select('id').limit(1).executeTakeFirst());
}

export async function seedDemo(db: Db): Promise<{ people: number; accounts: typeof DEMO_ACCOUNTS }> {
  const rand = mulberry32(20261123);
  const nextName = nameMaker(rand);
  const at = nowIso();
  const hash = await hashPassword(DEMO_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const teamIds = new Map<string, string>();
    for (const d of DEPARTMENTS) {
      const depId = newId();
      await trx
        .insertInto('departments')
        .values({ id: depId, code: d.code, name: d.name, created_at: at, updated_at: at })
        .execute();
      for (const [code, name] of d.teams) {
        const id = newId();
        teamIds.set(code, id);
        await trx
          .insertInto('teams')
          .values({ id, department_id: depId, code, name, created_at: at, updated_at: at })
          .execute();
      }
    }

    let seq = 1000;
    const people: { id: string; team: string; status: string }[] = [];
    const addPerson = async (p: {
      team: string;
      status: string;
      hire: string;
      position: string;
      supervisorId?: string | null;
      name?: string;
      path?: [string, string][];
    }) => {
      const id = newId();
      const employeeNo = `E${++seq}`;
      const skills = p.team.startsWith('TRN-NH') ? [] : [SKILLS[Math.floor(rand() * SKILLS.length)]];
      const path = p.path ?? [[p.status, p.hire]];
      const since = path[path.length - 1][1];
      await trx
        .insertInto('employees')
        .values({
          id,
          employee_no: employeeNo,
          name: p.name ?? nextName(),
          gender: rand() < 0.7 ? 'female' : 'male',
          phone: `13${Math.floor(100000000 + rand() * 899999999)}`,
          email: null,
          hire_date: p.hire,
          team_id: teamIds.get(p.team)!,
          supervisor_id: p.supervisorId ?? null,
          status: p.status,
          status_since: since,
          position: p.position,
          skills: JSON.stringify(skills),
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      let from: string | null = null;
      for (const [status, date] of path) {
        await trx
          .insertInto('employee_status_history')
          .values({
            id: newId(),
            employee_id: id,
            from_status: from,
            to_status: status,
            effective_date: date,
            reason: from === null ? '入职' : '阶段评估通过',
            changed_by: null,
            created_at: at,
          })
          .execute();
        from = status;
      }
      await trx
        .insertInto('employee_team_history')
        .values({
          id: newId(),
          employee_id: id,
          from_team_id: null,
          to_team_id: teamIds.get(p.team)!,
          effective_date: p.hire,
          reason: '入职',
          changed_by: null,
          created_at: at,
        })
        .execute();
      people.push({ id, team: p.team, status: p.status });
      return id;
    };

    const careerPath = (hire: string, final: string): [string, string][] => {
      const y = Number(hire.slice(0, 4));
      const md = hire.slice(4);
      const path: [string, string][] = [
        ['trainee', hire],
        ['probation', shift(hire, 21)],
        ['regular', shift(hire, 111)],
      ];
      if (final === 'key_staff') path.push(['key_staff', `${y + 2}${md}`]);
      if (final === 'team_lead') path.push(['key_staff', `${y + 2}${md}`], ['team_lead', `${y + 3}${md}`]);
      return path;
    };
    const hireDate = (minYear: number, maxYear: number) => {
      const y = minYear + Math.floor(rand() * (maxYear - minYear + 1));
      const m = 1 + Math.floor(rand() * 12);
      const d = 1 + Math.floor(rand() * 28);
      return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    };

    // Center manager, HR, administrator, training staff and QA.
    const managerId = await addPerson({
      team: 'CS1-0',
      status: 'regular',
      hire: '2015-03-02',
      position: '中心经理',
      path: careerPath('2015-03-02', 'regular'),
    });
    const hrId = await addPerson({
      team: 'TRN-1',
      status: 'regular',
      hire: '2018-07-09',
      position: '人力资源专员',
      supervisorId: managerId,
      path: careerPath('2018-07-09', 'regular'),
    });
    const adminId = await addPerson({
      team: 'TRN-1',
      status: 'regular',
      hire: '2019-04-15',
      position: '系统管理员',
      supervisorId: managerId,
      path: careerPath('2019-04-15', 'regular'),
    });
    const trainingId = await addPerson({
      team: 'TRN-1',
      status: 'key_staff',
      hire: '2017-05-08',
      position: '培训负责人',
      supervisorId: managerId,
      path: careerPath('2017-05-08', 'key_staff'),
    });
    const trainerId = await addPerson({
      team: 'TRN-1',
      status: 'key_staff',
      hire: '2019-09-02',
      position: '培训讲师',
      supervisorId: trainingId,
      path: careerPath('2019-09-02', 'key_staff'),
    });
    await addPerson({
      team: 'TRN-1',
      status: 'regular',
      hire: '2020-06-15',
      position: '培训讲师',
      supervisorId: trainingId,
      path: careerPath('2020-06-15', 'regular'),
    });
    const qaLeadId = await addPerson({
      team: 'QA-1',
      status: 'team_lead',
      hire: '2016-08-01',
      position: '质检主管',
      supervisorId: managerId,
      path: careerPath('2016-08-01', 'team_lead'),
    });
    const qaIds = [
      await addPerson({
        team: 'QA-1',
        status: 'regular',
        hire: '2020-03-16',
        position: '质检员',
        supervisorId: qaLeadId,
        path: careerPath('2020-03-16', 'regular'),
      }),
    ];
    for (let i = 0; i < 3; i++) {
      const h = hireDate(2019, 2023);
      qaIds.push(
        await addPerson({
          team: 'QA-1',
          status: 'regular',
          hire: h,
          position: '质检员',
          supervisorId: qaLeadId,
          path: careerPath(h, 'regular'),
        }),
      );
    }

    // Each operating team: a team lead, a mentor or key staff member, and agents.
    const leads = new Map<string, string>();
    let mentorId = '';
    let agentId = '';
    for (const d of DEPARTMENTS.filter((x) => !['QA', 'TRN'].includes(x.code))) {
      for (const [code] of d.teams.filter(([c]) => c !== 'CS1-0')) {
        const h = hireDate(2016, 2020);
        const lead = await addPerson({
          team: code,
          status: 'team_lead',
          hire: h,
          position: '班组长',
          supervisorId: managerId,
          path: careerPath(h, 'team_lead'),
        });
        leads.set(code, lead);
        const hk = hireDate(2019, 2022);
        const key = await addPerson({
          team: code,
          status: 'key_staff',
          hire: hk,
          position: '资深坐席',
          supervisorId: lead,
          path: careerPath(hk, 'key_staff'),
        });
        if (code === 'CS1-1') mentorId = key;
        const agents = code === 'CMP-1' ? 3 : 4;
        for (let i = 0; i < agents; i++) {
          // The last agent of each team joined this summer and is still on probation.
          const recent = i === agents - 1;
          const ha = recent
            ? `2026-0${6 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 9)}`
            : hireDate(2021, 2025);
          const id = await addPerson({
            team: code,
            status: recent ? 'probation' : 'regular',
            hire: ha,
            position: '坐席',
            supervisorId: lead,
            path: recent
              ? [
                  ['trainee', ha],
                  ['probation', shift(ha, 21)],
                ]
              : careerPath(ha, 'regular'),
          });
          if (code === 'CS1-1' && !agentId) agentId = id;
        }
      }
    }
    // One person who left, so lists and retention have an exit to show.
    const hl = '2025-03-03';
    await addPerson({
      team: 'CS2-1',
      status: 'resigned',
      hire: hl,
      position: '坐席',
      supervisorId: leads.get('CS2-1'),
      path: [
        ['trainee', hl],
        ['probation', shift(hl, 21)],
        ['regular', shift(hl, 111)],
        ['resigned', '2026-05-29'],
      ],
    });

    // The new-hire cohort: 30 trainees in their second week.
    const cohort: string[] = [];
    for (let i = 0; i < 30; i++) {
      cohort.push(
        await addPerson({
          team: 'TRN-NH',
          status: 'trainee',
          hire: COHORT_START,
          position: '新员工',
          supervisorId: trainingId,
        }),
      );
    }

    const linked: Record<string, string> = {
      admin: adminId,
      hr: hrId,
      training: trainingId,
      trainer: trainerId,
      mentor: mentorId,
      teamlead: leads.get('CS1-1')!,
      qa: qaIds[0],
      manager: managerId,
      agent: agentId,
      trainee: cohort[0],
    };
    for (const acct of DEMO_ACCOUNTS) {
      const employeeId = linked[acct.username];
      const emp = await trx
        .selectFrom('employees')
        .select('name')
        .where('id', '=', employeeId)
        .executeTakeFirstOrThrow();
      const id = newId();
      await trx
        .insertInto('users')
        .values({
          id,
          username: acct.username,
          password_hash: hash,
          employee_id: employeeId,
          display_name: emp.name,
          locale: 'zh-CN',
          must_change_password: 0,
          failed_attempts: 0,
          locked_until: null,
          disabled: 0,
          created_at: at,
          updated_at: at,
        })
        .execute();
      await trx
        .insertInto('user_roles')
        .values(acct.roles.map((role) => ({ user_id: id, role })))
        .execute();
    }
    await recordAudit(trx, null, {
      action: 'import',
      entity: 'demo',
      entityId: 'seed',
      newValue: { people: people.length },
      reason: 'demo data loaded',
    });
  });
  const people = Number(
    (
      await db
        .selectFrom('employees')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  return { people, accounts: DEMO_ACCOUNTS };
}

function shift(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const s = d.toISOString().slice(0, 10);
  const today = nowIso().slice(0, 10);
  return s > today ? today : s;
}
