import { describe, expect, it } from 'vitest';
import { DIALECTS, useTestEnv } from '../../test/harness.js';
import { addPerson, countRows, teamIdOf } from '../../test/helpers.js';

// The people list (SPEC §2): search, filters, sorting and paging, checked against the database.

describe.each(DIALECTS)('employee lists on $name', (dialect) => {
  const env = useTestEnv(dialect);
  const db = () => env.handle.db;

  describe('lists', () => {
    const all = () =>
      db()
        .selectFrom('employees as e')
        .innerJoin('teams as t', 't.id', 'e.team_id')
        .select(['e.id', 'e.name', 'e.employee_no', 'e.status', 'e.hire_date', 't.code as team', 't.department_id'])
        .execute();
    const list = async (query: string) => {
      const res = await (await env.as('hr')).get(`/api/employees?${query}`);
      expect(res.status, res.raw).toBe(200);
      return res.body as {
        data: {
          id: string;
          name: string;
          employeeNo: string;
          status: string;
          hireDate: string;
          teamId: string;
          departmentId: string;
        }[];
        total: number;
      };
    };
    const q = (s: string) => `q=${encodeURIComponent(s)}&pageSize=200`;

    it('searches by a part of a Chinese name and by employee number, ignoring case', async () => {
      const people = await all();
      const someone = people.find((p) => p.team === 'TRN-NH' && p.name.length === 3)!;
      const part = someone.name.slice(1);
      const byName = await list(q(part));
      expect(byName.data.map((p) => p.id)).toContain(someone.id);
      expect(byName.total).toBe(people.filter((p) => p.name.includes(part) || p.employee_no.includes(part)).length);

      const byNo = await list(q(someone.employee_no.toLowerCase()));
      expect(byNo.data.map((p) => p.id)).toEqual([someone.id]);
      const prefix = someone.employee_no.slice(0, 3);
      expect((await list(q(prefix))).total).toBe(people.filter((p) => p.employee_no.includes(prefix)).length);
    });

    it('treats % and _ and \\ in a search literally', async () => {
      const hr = await env.as('hr');
      const percent = await addPerson(hr, db(), { name: '百分%号' });
      const underscore = await addPerson(hr, db(), { name: '下划_线' });
      const backslash = await addPerson(hr, db(), { name: '反斜\\杠' });
      expect((await list(q('%'))).data.map((p) => p.id)).toEqual([percent]);
      expect((await list(q('_'))).data.map((p) => p.id)).toEqual([underscore]);
      expect((await list(q('\\'))).data.map((p) => p.id)).toEqual([backslash]);
      expect((await list(q('分%号'))).data.map((p) => p.id)).toEqual([percent]);
      expect((await list(q('下_线'))).total).toBe(0);
    });

    it('filters by department, team and several statuses, with totals that match the database', async () => {
      const people = await all();
      const cs1 = people.find((p) => p.team === 'CS1-1')!.department_id;
      const dep = await list(`departmentId=${cs1}&pageSize=200`);
      expect(dep.total).toBe(people.filter((p) => p.department_id === cs1).length);
      expect(dep.data.every((p) => p.departmentId === cs1)).toBe(true);

      const team = await teamIdOf(db(), 'CS2-1');
      const byTeam = await list(`teamId=${team}&pageSize=200`);
      expect(byTeam.total).toBe(people.filter((p) => p.team === 'CS2-1').length);

      const statuses = await list('status=probation&status=resigned&pageSize=200');
      expect(statuses.total).toBe(people.filter((p) => ['probation', 'resigned'].includes(p.status)).length);
      expect(new Set(statuses.data.map((p) => p.status))).toEqual(new Set(['probation', 'resigned']));

      const both = await list(`departmentId=${cs1}&status=probation&pageSize=200`);
      expect(both.total).toBe(people.filter((p) => p.department_id === cs1 && p.status === 'probation').length);
      expect(both.total).toBeGreaterThan(0);
    });

    it('sorts by the column asked for, in either direction', async () => {
      const byHire = (await list('sort=hireDate&order=desc&pageSize=200')).data.map((p) => p.hireDate);
      expect(byHire).toEqual([...byHire].sort().reverse());
      const byNo = (await list('sort=employeeNo&order=asc&pageSize=200')).data.map((p) => p.employeeNo);
      expect(byNo).toEqual([...byNo].sort());
      const byStatus = (await list('sort=status&order=asc&pageSize=200')).data.map((p) => p.status);
      expect(byStatus).toEqual([...byStatus].sort());
      expect(byStatus[0]).not.toBe(byStatus.at(-1));
    });

    it('pages with a correct total: page 2 follows page 1 and past the end is empty', async () => {
      const total = await countRows(db(), 'employees');
      const p1 = await list('pageSize=10&page=1');
      const p2 = await list('pageSize=10&page=2');
      expect(p1.total).toBe(total);
      expect(p2.total).toBe(total);
      expect(p1.data.length).toBe(10);
      expect(p2.data.length).toBe(10);
      const ids1 = p1.data.map((p) => p.id);
      expect(p2.data.some((p) => ids1.includes(p.id))).toBe(false);
      expect([...ids1, ...p2.data.map((p) => p.id)]).toEqual((await list('pageSize=20')).data.map((p) => p.id));
      const last = Math.ceil(total / 10);
      expect((await list(`pageSize=10&page=${last}`)).data.length).toBe(total - (last - 1) * 10);
      expect((await list(`pageSize=10&page=${last + 1}`)).data).toEqual([]);
    });
  });
});
