import { DEFAULT_SHEET, type SheetItem } from '../../common/careers-panel.js';
import type { Db } from '../db/connect.js';
import { centerOffset } from '../lib/center-time.js';
import { addDays, addMonths, centerToday } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { getSetting } from '../lib/settings.js';
import { DEFAULT_RESERVE } from '../modules/careers/panel/panel.fixtures.js';
import { computeResults } from '../modules/careers/panel/results.js';
import { reserveEligibility } from '../modules/careers/reserve/eligibility.js';
import { newEntry } from '../modules/careers/reserve/reserve.repo.js';
import { recordCareerEvent } from '../modules/careers/shared/events.js';
import { identities, people, teamsOf } from '../modules/people/identity.service.js';
import { createCohort } from '../modules/training/plans/cohorts.service.js';
import { demoActor } from './demo-actor.js';

// Demo data of issue 21 (panel): last quarter's reserve team-lead competition, run to the end —
// five entries (one declined at screening), four candidates scored on the default sheet by three
// panel members (HR, the center manager, a team lead who missed one talk: a missing panel score)
// and three peers, the results published and the two chosen (one of them the `mentor` account)
// in a management-training cohort; each step on the people's career record, dated in that
// quarter. Written straight to the tables (the dates are in the past); relative to the clock; a
// second run finds the round and leaves it as it is.

const STATEMENTS = [
  '带教过三批新人，质检连续两个季度组内第一；想把班前会做实：每天十分钟录音复盘，问题当日闭环。',
  '负责组里的投诉回访，一次解决率提升明显；希望带班组把高峰时段的接通率稳住，排班更公平。',
  '业务知识考核全组最高，常被同事请教；计划建立组内案例库，新人上手更快。',
  '出勤和纪律从未出错，愿意承担排班、数据汇总等班务，先把基础管理做扎实。',
  '质检成绩稳步上升，想通过竞聘锻炼沟通协调能力，带动组员一起进步。',
];

const day = (d: string, hm = '10:00') => new Date(`${d}T${hm}:00+08:00`).toISOString();

// Each panel member's and peer's sheet per candidate, "results management communication answers"
// per scorer, "|" between scorers, "-" for no sheet: the team lead did not score the third talk.
const sheets = (rows: string[]) =>
  rows.map((r) => r.split('|').map((s) => (s === '-' ? [] : s.split(' ').map(Number))));
const PANEL = sheets([
  '27 26 17 17|26 25 18 16|27 27 17 18',
  '24 25 16 16|25 24 15 16|24 23 17 15',
  '22 21 15 14|23 22 15 15|-',
  '20 19 14 13|21 20 13 14|19 20 14 14',
]);
const PEERS = sheets([
  '26 25 17 17|25 25 18 17|-',
  '23 24 16 15|-|24 23 16 16',
  '24 22 16 15|22 22 15 15|23 21 16 15',
  '-|20 19 14 14|-',
]);

export async function seedCareersPanelDemo(db: Db): Promise<void> {
  const today = centerToday(await centerOffset(db));
  const [y, m] = today.split('-').map(Number);
  const quarterStart = `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const start = addMonths(quarterStart, -3);
  const quarter = `${start.slice(0, 4)}年第${'一二三四'[Math.floor((Number(start.slice(5, 7)) - 1) / 3)]}季度`;
  const name = `${quarter}储备团队长竞聘`;
  if (await db.selectFrom('career_rounds').select('id').where('name', '=', name).executeTakeFirst()) return;

  const hr = await demoActor(db, 'hr');
  const training = await demoActor(db, 'training');
  const mentor = (await demoActor(db, 'mentor')).employeeId!;
  const panelIds = await Promise.all(
    ['hr', 'manager', 'teamlead'].map(async (u) => (await demoActor(db, u)).employeeId!),
  );
  const open = addDays(start, 14);
  const close = addDays(open, 9);
  const talk = addDays(close, 14);
  const published = addDays(talk, 2);

  // Candidates: the `mentor` account and the eligible agents and key staff of other teams, one per team.
  const all = await people(db, { scope: { kind: 'all' }, statuses: ['regular', 'key_staff'] });
  const codes = await teamsOf(
    db,
    all.map((p) => p.teamId),
  );
  const operating = (teamId: string) => !/^(TRN|QA)|^CS1-0$/.test(codes.get(teamId)?.code ?? 'TRN');
  const floor = all.filter((p) => operating(p.teamId));
  const eligibility = await reserveEligibility(
    db,
    floor.map((p) => p.id),
    DEFAULT_RESERVE,
    open,
  );
  const skip = new Set([...panelIds, mentor, (await demoActor(db, 'agent')).employeeId]);
  const teams = new Set<string>([floor.find((p) => p.id === mentor)?.teamId ?? '']);
  const picks: string[] = [mentor];
  for (const p of [...floor].sort(
    (a, b) => Number(eligibility.get(b.id)?.eligible) - Number(eligibility.get(a.id)?.eligible),
  )) {
    if (picks.length === 5) break;
    if (skip.has(p.id) || teams.has(p.teamId)) continue;
    picks.push(p.id);
    teams.add(p.teamId);
  }
  const peerIds = floor
    .filter((p) => !skip.has(p.id) && !picks.includes(p.id))
    .slice(0, 3)
    .map((p) => p.id);
  if (picks.length < 5 || peerIds.length < 3) return;

  // Read before the transaction: SQLite has one connection, which the transaction holds.
  const settings = {
    talkMinutes: await getSetting(db, 'careers.reserve.talkMinutes'),
    peerWeightPercent: await getSetting(db, 'careers.reserve.peerWeightPercent'),
    minPanelScores: await getSetting(db, 'careers.reserve.minPanelScores'),
  };
  const roundId = newId();
  const chosen = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('career_rounds')
      .values({
        id: roundId,
        name,
        status: 'results_published',
        nominations_open: open,
        nominations_close: close,
        talk_day: talk,
        talk_minutes: settings.talkMinutes,
        seats: 2,
        criteria: JSON.stringify(DEFAULT_RESERVE),
        cohort_id: null,
        candidates_published_at: day(addDays(close, 3)),
        results_published_at: day(published, '17:00'),
        created_by: hr.userId,
        created_at: day(addDays(open, -3)),
        updated_at: day(published, '17:00'),
        version: 6,
      })
      .execute();
    const noms = picks.map((employeeId, i) => ({
      id: newId(),
      employeeId,
      shortlisted: i < 4,
      entered: addDays(open, i + 1),
    }));
    for (const [i, n] of noms.entries()) {
      const declined = !n.shortlisted;
      await trx
        .insertInto('career_nominations')
        .values({
          ...newEntry({
            id: n.id,
            round_id: roundId,
            employee_id: n.employeeId,
            source: 'self',
            statement: STATEMENTS[i],
            eligibility: JSON.stringify(eligibility.get(n.employeeId)),
            at: day(n.entered),
          }),
          status: declined ? 'declined' : 'shortlisted',
          screening_reason: declined ? '近期质检成绩在组内排名未达前三分之一，下期再报' : '四项条件均满足，陈述清楚',
          screened_by: hr.userId,
          screened_at: day(addDays(close, 2)),
          updated_at: day(addDays(close, 2)),
          version: 2,
        })
        .execute();
      await recordCareerEvent(trx, {
        employeeId: n.employeeId,
        kind: 'reserve_nominated',
        day: n.entered,
        roundId,
        ref: n.id,
        detail: { roundName: name },
      });
      await recordCareerEvent(trx, {
        employeeId: n.employeeId,
        kind: declined ? 'reserve_declined' : 'reserve_shortlisted',
        day: addDays(close, 2),
        roundId,
        ref: n.id,
        detail: { roundName: name },
        recordedBy: hr.userId,
      });
    }

    // The talk day: the default sheet, three panel members and three peers, their sheets.
    const items: (SheetItem & { position: number })[] = DEFAULT_SHEET.map((i, position) => ({ ...i, position }));
    await trx
      .insertInto('career_panel_setups')
      .values({
        round_id: roundId,
        items: JSON.stringify(items),
        updated_by: hr.userId,
        updated_at: day(addDays(close, 3)),
        version: 1,
      })
      .execute();
    const scorers = [...panelIds.map((id) => ({ id, kind: 'panel' })), ...peerIds.map((id) => ({ id, kind: 'peer' }))];
    await trx
      .insertInto('career_panel_scorers')
      .values(
        scorers.map((s) => ({
          id: newId(),
          round_id: roundId,
          employee_id: s.id,
          kind: s.kind,
          created_at: day(addDays(close, 3)),
        })),
      )
      .execute();
    const shortlisted = noms.filter((n) => n.shortlisted);
    const rows = shortlisted.flatMap((n, c) =>
      [...PANEL[c].map((s, k) => [panelIds[k], s] as const), ...PEERS[c].map((s, k) => [peerIds[k], s] as const)]
        .filter(([, s]) => s.length)
        .flatMap(([scorer, s]) =>
          items.map((item, i) => ({
            id: newId(),
            round_id: roundId,
            nomination_id: n.id,
            scorer_id: scorer,
            item_key: item.key,
            score: s[i],
            comment: i === 0 && scorer === panelIds[0] ? '业绩数据扎实，思路清晰' : null,
            created_at: day(talk, '15:00'),
            updated_at: day(talk, '15:00'),
          })),
        ),
    );
    await trx.insertInto('career_panel_scores').values(rows).execute();

    // The results, as the panel part computes them; the top two chosen.
    const names = await identities(trx, [...picks, ...scorers.map((s) => s.id)]);
    const results = computeResults(
      items,
      scorers.map((s) => ({ employeeId: s.id, name: names.get(s.id)?.name ?? '', kind: s.kind as 'panel' })),
      shortlisted.map((n) => ({
        nominationId: n.id,
        employeeId: n.employeeId,
        name: '',
        teamName: null,
        departmentName: null,
        outcome: null,
      })),
      rows,
      {
        peerWeightPercent: settings.peerWeightPercent,
        minPanelScores: settings.minPanelScores,
        seats: 2,
      },
    );
    const chosen = results.filter((r) => r.suggested);
    for (const r of results) {
      await trx
        .updateTable('career_nominations')
        .set({
          panel_average: r.panel.average,
          peer_average: r.peer.average,
          final_score: r.final,
          outcome: r.suggested ? 'chosen' : 'not_chosen',
          decided_by: hr.userId,
          decided_at: day(published, '17:00'),
          updated_at: day(published, '17:00'),
          version: 3,
        })
        .where('id', '=', r.nominationId)
        .execute();
      await recordCareerEvent(trx, {
        employeeId: r.employeeId,
        kind: r.suggested ? 'reserve_chosen' : 'reserve_not_chosen',
        day: published,
        roundId,
        ref: r.nominationId,
        detail: {
          roundName: name,
          panelAverage: r.panel.average,
          peerAverage: r.peer.average,
          finalScore: r.final,
          rank: r.rank,
        },
        recordedBy: hr.userId,
      });
    }
    return chosen;
  });

  // The chosen join management training (the training module's cohort, made through its rules).
  const cohortId = await createCohort(db, training, {
    name: `${quarter}储备团队长管理培训班`,
    startDate: addDays(published, 7),
    employeeIds: chosen.map((c) => c.employeeId),
  });
  await db.updateTable('career_rounds').set({ cohort_id: cohortId }).where('id', '=', roundId).execute();
  for (const c of chosen)
    await recordCareerEvent(db, {
      employeeId: c.employeeId,
      kind: 'management_training_enrolled',
      day: published,
      roundId,
      ref: cohortId,
      detail: { roundName: name },
      recordedBy: hr.userId,
    });
}
