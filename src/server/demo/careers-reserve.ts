import type { Db } from '../db/connect.js';
import { todayInCenter } from '../lib/center-time.js';
import { addDays } from '../lib/clock.js';
import { getSetting } from '../lib/settings.js';
import { reserveEligibility } from '../modules/careers/reserve/eligibility.js';
import { enterRound, recommend } from '../modules/careers/reserve/nominations.service.js';
import * as repo from '../modules/careers/reserve/reserve.repo.js';
import { createRound, moveRound } from '../modules/careers/reserve/rounds.service.js';
import { people } from '../modules/people/identity.service.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 21 (reserve), after every other demo: this quarter's round, opened by HR three
// days ago and taking entries for a week more, with entries made by the part's own rules — two
// eligible agents of other teams entered themselves, and the demo team lead recommended an
// eligible agent of their team. People with a sign-in are left out, so the demo accounts can enter
// themselves in the browser (the `mentor` account, key staff, is eligible; the `agent` account is
// shown why not: their QA average ranks below the top third of their team). Relative to the clock;
// a second run finds the round and leaves it as it is.

const STATEMENTS = [
  '近两个季度质检均分保持组内前列，熟悉储蓄与电子银行业务。希望带领班组做好班前会和录音分析，帮新人尽快上手。',
  '主动承担过新人跟听和组内话术整理，投诉处理经验丰富。若能入选，想把组内的知识库检索和情绪安抚做成固定的小练习。',
];

export async function seedCareersReserveDemo(db: Db): Promise<{ roundId: string } | null> {
  const today = await todayInCenter(db);
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const name = `${today.slice(0, 4)}年第${'一二三四'[quarter - 1]}季度储备团队长竞聘`;
  if ((await repo.listRounds(db)).some((r) => r.name === name)) return null;

  const hr = await demoActor(db, 'hr');
  const lead = await demoActor(db, 'teamlead');
  const open = addDays(today, -3);
  const close = addDays(open, (await getSetting(db, 'careers.reserve.nominationDays')) - 1);
  const draft = await createRound(db, hr, {
    name,
    nominationsOpen: open,
    nominationsClose: close,
    talkDay: addDays(close, 5),
    seats: 2,
  });
  const opened = await moveRound(db, hr, draft.id, 'open', draft.version);
  const round = (await repo.findRound(db, opened.id))!;

  const withAccount = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const floor = (await people(db, { scope: { kind: 'all' }, statuses: ['regular', 'key_staff'] })).filter(
    (p) => !withAccount.has(p.id),
  );
  const facts = await reserveEligibility(
    db,
    floor.map((p) => p.id),
    opened.criteria,
  );
  const eligible = floor.filter((p) => facts.get(p.id)?.eligible);

  const fromLeadsTeam = eligible.find((p) => p.teamId === lead.teamId);
  const others = eligible.filter((p) => p.teamId !== lead.teamId);
  const selfEntrants = [others[0], others.find((p) => p.teamId !== others[0]?.teamId)].filter((p) => !!p);
  for (const [i, p] of selfEntrants.entries()) await enterRound(db, round, p.id, STATEMENTS[i], null);
  if (fromLeadsTeam)
    await recommend(db, lead, round.id, {
      employeeId: fromLeadsTeam.id,
      note: '业务扎实，组内带新人主动，班前会常帮忙分析录音，推荐参加本季度竞聘。',
    });
  return { roundId: round.id };
}
