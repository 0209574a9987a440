import type { WorkSource } from '../../lib/work.js';
import { namesOf } from '../people/identity.service.js';
import { link } from './discipline.service.js';

// What waits in discipline records for the home page (issue 26; lib/work.ts says how): HR
// confirms or withdraws each new record, and answers each appeal (discipline.steps.ts decide).
// The item opens the record, the link its notices carry; HR's decision settles them.

const MENU = 'discipline';

const decisions: WorkSource = {
  name: 'discipline.decisions',
  kinds: ['disciplineDecide', 'disciplineAppeal'],
  menus: [MENU],
  appliesTo: (actor) => actor.roles.includes('hr'),
  async items(db) {
    const rows = await db
      .selectFrom('discipline_records')
      .select(['id', 'employee_id', 'status', 'occurred_on'])
      .where('status', 'in', ['pending', 'appealed'])
      .execute();
    const names = await namesOf(
      db,
      rows.map((r) => r.employee_id),
    );
    return rows.map((r) => {
      const kind = r.status === 'appealed' ? 'disciplineAppeal' : 'disciplineDecide';
      return {
        key: `${kind}:${r.id}`,
        kind,
        menu: MENU,
        due: null,
        provisional: false,
        link: link(r.id),
        params: { name: names.get(r.employee_id) ?? '', occurredOn: r.occurred_on },
      };
    });
  },
};

export const disciplineWork: WorkSource[] = [decisions];
