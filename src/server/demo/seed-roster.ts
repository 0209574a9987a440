import type { Db } from '../db/connect.js';
import { newId } from '../lib/ids.js';
import { nowIso } from '../lib/clock.js';
import { COHORT_START, DEPARTMENTS, SKILLS } from './seed-org.js';

/** The demo's people (seedDemo): the center's staff and QA, each operating team's lead, key staff
 *  and agents, one leaver and the new-hire cohort, each with their status and team history.
 *  Returns the employee each demo account signs in as, by username, and how many were added. */
export async function seedRoster(
  trx: Db,
  c: { rand: () => number; nextName: () => string; at: string; teamIds: Map<string, string> },
) {
  const { rand, nextName, at, teamIds } = c;
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
        const ha = recent ? `2026-0${6 + Math.floor(rand() * 3)}-0${1 + Math.floor(rand() * 9)}` : hireDate(2021, 2025);
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
  return { linked, people: people.length };
}

function shift(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  const s = d.toISOString().slice(0, 10);
  const today = nowIso().slice(0, 10);
  return s > today ? today : s;
}
