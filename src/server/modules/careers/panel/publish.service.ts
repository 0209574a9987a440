import type { z } from 'zod';
import type { PublishedResults, PublishInput } from '../../../../common/careers-panel.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, ruleBroken } from '../../../lib/errors.js';
import { identities } from '../../people/identity.service.js';
import { addMembersWithin, cohortMemberIds } from '../../training/plans/cohorts.service.js';
import { notify } from '../../../lib/notify.js';
import { recordCareerEvent } from '../shared/events.js';
import * as repo from './panel.repo.js';
import { candidatesOf, requireRound, resultsOf } from './panel.shared.js';

// Publishing the results (careers.reserve.manage): HR names the chosen — by default the top
// `seats` by final score — and in one transaction the round moves to results_published, every
// candidate's averages, final score and outcome are stored on their nomination, the chosen join
// the round's management-training cohort (its members kept), and each candidate's career record
// gets reserve_chosen / reserve_not_chosen (and management_training_enrolled).

export async function publishResults(db: Db, actor: Actor, roundId: string, input: z.output<typeof PublishInput>) {
  const round = await requireRound(db, roundId);
  if (round.status !== 'candidates_published')
    throw conflict('ROUND_NOT_SCORING', `The round is ${round.status}: only a scored round's results are published`);
  if (round.version !== input.version)
    throw conflict('STALE', 'Someone changed the round meanwhile: reload and try again', 'version');
  if (new Set(input.chosen).size !== input.chosen.length)
    throw badRequest('DUPLICATE_CHOSEN', 'A candidate is named once (chosen)', 'chosen');
  const { results } = await resultsOf(db, round);
  input.chosen.forEach((id, i) => {
    const c = results.find((r) => r.nominationId === id);
    if (!c) throw ruleBroken('NOT_A_CANDIDATE', 'Only shortlisted candidates are chosen', `chosen.${i}`);
    if (c.noResult) throw ruleBroken('NO_RESULT', `${c.name} has too few panel sheets to have a result`, `chosen.${i}`);
  });
  if (round.seats !== null && input.chosen.length > round.seats)
    throw ruleBroken('OVER_SEATS', `The round has ${round.seats} seats`, 'chosen');
  const chosen = results.filter((r) => input.chosen.includes(r.nominationId));
  const people = await identities(
    db,
    chosen.map((c) => c.employeeId),
  );
  const gone = chosen.find((c) => EXIT_STATUSES.includes(people.get(c.employeeId)?.status as never));
  if (gone) throw ruleBroken('EMPLOYEE_LEFT', `${gone.name} no longer works here`, 'chosen');
  const cohortId = input.cohortId === undefined ? round.cohort_id : input.cohortId;
  if (cohortId) await cohortMemberIds(db, [cohortId], 'cohortId');

  const at = nowIso();
  const day = await todayInCenter(db);
  await db.transaction().execute(async (trx) => {
    if (!(await repo.publishRound(trx, roundId, input.version, cohortId, at)))
      throw conflict('STALE', 'Someone changed the round meanwhile: reload and try again', 'version');
    for (const c of results) {
      const isChosen = input.chosen.includes(c.nominationId);
      const scores = { panelAverage: c.panel.average, peerAverage: c.peer.average, finalScore: c.final, rank: c.rank };
      await repo.decideNomination(trx, c.nominationId, {
        panel_average: c.panel.average,
        peer_average: c.peer.average,
        final_score: c.final,
        outcome: isChosen ? 'chosen' : 'not_chosen',
        decided_by: actor.userId,
        decided_at: at,
      });
      await recordCareerEvent(trx, {
        employeeId: c.employeeId,
        kind: isChosen ? 'reserve_chosen' : 'reserve_not_chosen',
        day,
        roundId,
        ref: c.nominationId,
        detail: { roundName: round.name, ...scores },
        recordedBy: actor.userId,
      });
    }
    if (cohortId && chosen.length) {
      await addMembersWithin(
        trx,
        actor,
        cohortId,
        chosen.map((c) => c.employeeId),
      );
      for (const c of chosen)
        await recordCareerEvent(trx, {
          employeeId: c.employeeId,
          kind: 'management_training_enrolled',
          day,
          roundId,
          ref: cohortId,
          detail: { roundName: round.name },
          recordedBy: actor.userId,
        });
    }
    for (const outcome of ['chosen', 'not_chosen'] as const)
      await notify(trx, {
        employeeIds: results
          .filter((r) => input.chosen.includes(r.nominationId) === (outcome === 'chosen'))
          .map((r) => r.employeeId),
        kind: `careers_${outcome}`,
        params: { round: round.name },
        link: '/careers/competition',
      });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'career_round',
      entityId: roundId,
      oldValue: { status: round.status },
      newValue: {
        status: 'results_published',
        cohortId,
        results: results.map((r) => ({
          nominationId: r.nominationId,
          final: r.final,
          chosen: input.chosen.includes(r.nominationId),
        })),
      },
    });
  });
  return { chosen: chosen.length, cohortId };
}

/** The published results of a round, for everyone in the center: names, averages, who was chosen. */
export async function publishedResults(db: Db, roundId: string): Promise<PublishedResults> {
  const round = await requireRound(db, roundId);
  if (round.status !== 'results_published')
    throw conflict('RESULTS_NOT_PUBLISHED', 'The results of this round are not published yet');
  const candidates = await candidatesOf(db, roundId);
  const rows = new Map((await repo.shortlisted(db, roundId)).map((r) => [r.id, r]));
  const results = candidates
    .map((c) => {
      const r = rows.get(c.nominationId)!;
      return {
        nominationId: c.nominationId,
        employeeId: c.employeeId,
        name: c.name,
        teamName: c.teamName,
        departmentName: c.departmentName,
        panelAverage: r.panel_average === null ? null : Number(r.panel_average),
        peerAverage: r.peer_average === null ? null : Number(r.peer_average),
        finalScore: r.final_score === null ? null : Number(r.final_score),
        outcome: c.outcome,
      };
    })
    .sort((a, b) => (b.finalScore ?? -1) - (a.finalScore ?? -1));
  return {
    round: { id: round.id, name: round.name, talkDay: round.talk_day, resultsPublishedAt: round.results_published_at },
    results,
  };
}
