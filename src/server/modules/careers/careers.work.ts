import type { WorkSource } from '../../lib/work.js';

// What waits in careers for the home page (issue 26; lib/work.ts says how): once a reserve
// competition's entries close (the round is 'screening'), HR screens each entry against the
// criteria before the list is published and the talks are held (SPEC §11). One item per round,
// with the entries left, due on the talk day; it leaves when every entry is screened.

const MENU = 'careers-reserve';

const screening: WorkSource = {
  name: 'careers.reserveScreening',
  kinds: ['careersScreen'],
  menus: [MENU],
  appliesTo: (actor) => actor.roles.includes('hr'),
  async items(db) {
    const rows = await db
      .selectFrom('career_rounds as r')
      .innerJoin('career_nominations as n', 'n.round_id', 'r.id')
      .select((eb) => ['r.id', 'r.name', 'r.talk_day', eb.fn.countAll<number>().as('left')])
      .where('r.status', '=', 'screening')
      .where('n.status', '=', 'nominated')
      .groupBy(['r.id', 'r.name', 'r.talk_day'])
      .execute();
    return rows.map((r) => ({
      key: `careersScreen:${r.id}`,
      kind: 'careersScreen',
      menu: MENU,
      due: r.talk_day,
      provisional: false,
      link: `/careers/reserve/${r.id}`,
      params: { round: r.name, count: Number(r.left) },
    }));
  },
};

export const careersWork: WorkSource[] = [screening];
