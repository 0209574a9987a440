import type { z } from 'zod';
import type { MyScoringSheet, SheetInput } from '../../../../common/careers-panel.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { AppError, badRequest, conflict, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import * as repo from './panel.repo.js';
import { candidatesOf, requireRound, roundBrief, sheetOf, uniqueOr } from './panel.shared.js';

// Scoring on the talk day (careers.path): a named scorer — panel member or peer — hands in one
// sheet per shortlisted candidate, each item 0..its maximum, replaceable until the results are
// out. Only while the round's candidates are published; never for oneself.

const SHOWN = new Set(['candidates_published', 'results_published']);

/** The rounds I am named to score in, with how many sheets I handed in. */
export async function myRounds(db: Db, actor: Actor) {
  if (!actor.employeeId) return [];
  const mine = await repo.scorerRoundsOf(db, actor.employeeId);
  const rounds = (
    await repo.roundsByIds(
      db,
      mine.map((m) => m.round_id),
    )
  ).filter((r) => SHOWN.has(r.status));
  const out = [];
  for (const r of rounds) {
    const candidates = (await repo.shortlisted(db, r.id)).filter((c) => c.employee_id !== actor.employeeId);
    const scores = await repo.scoresOf(db, r.id, actor.employeeId);
    out.push({
      id: r.id,
      name: r.name,
      status: r.status as 'candidates_published',
      talkDay: r.talk_day,
      kind: mine.find((m) => m.round_id === r.id)!.kind as 'panel',
      candidates: candidates.length,
      done: new Set(scores.map((s) => s.nomination_id)).size,
      open: r.status === 'candidates_published',
    });
  }
  return out.sort((a, b) => (b.talkDay ?? '').localeCompare(a.talkDay ?? ''));
}

async function requireScorer(db: Db, actor: Actor, roundId: string) {
  const scorer = actor.employeeId ? await repo.findScorer(db, roundId, actor.employeeId) : undefined;
  if (!scorer) throw new AppError(403, 'NOT_A_SCORER', 'You are not named to score in this round');
  return scorer;
}

/** My sheet per candidate of a round I score in (404 for a round I do not score in). */
export async function mySheet(db: Db, actor: Actor, roundId: string): Promise<MyScoringSheet> {
  const round = await requireRound(db, roundId);
  const scorer = actor.employeeId ? await repo.findScorer(db, roundId, actor.employeeId) : undefined;
  if (!scorer || !SHOWN.has(round.status)) throw notFound('Round');
  const [sheet, candidates, scores] = await Promise.all([
    sheetOf(db, roundId),
    candidatesOf(db, roundId),
    repo.scoresOf(db, roundId, scorer.employee_id),
  ]);
  const { cohortId: _c, version: _v, ...brief } = roundBrief(round);
  return {
    round: brief,
    kind: scorer.kind as 'panel',
    items: sheet.items,
    isDefault: sheet.isDefault,
    open: round.status === 'candidates_published',
    candidates: candidates.map((c) => {
      const mine = scores.filter((s) => s.nomination_id === c.nominationId);
      return {
        nominationId: c.nominationId,
        employeeId: c.employeeId,
        name: c.name,
        teamName: c.teamName,
        statement: c.statement,
        self: c.employeeId === scorer.employee_id,
        mine: mine.length
          ? sheet.items.flatMap((i) => {
              const r = mine.find((m) => m.item_key === i.key);
              return r ? [{ key: i.key, score: Number(r.score), comment: r.comment }] : [];
            })
          : null,
        total: mine.length ? mine.reduce((a, m) => a + Number(m.score), 0) : null,
      };
    }),
  };
}

export async function submitSheet(
  db: Db,
  actor: Actor,
  roundId: string,
  nominationId: string,
  input: z.output<typeof SheetInput>,
) {
  const round = await requireRound(db, roundId);
  const nomination = await repo.findNomination(db, nominationId);
  if (!nomination || nomination.round_id !== roundId) throw notFound('Candidate');
  if (round.status !== 'candidates_published')
    throw conflict(
      round.status === 'results_published' ? 'SCORING_CLOSED' : 'ROUND_NOT_SCORING',
      round.status === 'results_published'
        ? 'The results are out: sheets no longer change'
        : 'Scores are taken only once the candidates are published',
    );
  const scorer = await requireScorer(db, actor, roundId);
  if (nomination.status !== 'shortlisted')
    throw ruleBroken('NOT_A_CANDIDATE', 'Only shortlisted candidates are scored', 'nominationId');
  if (nomination.employee_id === scorer.employee_id)
    throw new AppError(403, 'SELF_SCORE', 'A candidate does not score themself');

  const { items } = await sheetOf(db, roundId);
  const keys = input.scores.map((s) => s.key);
  if (new Set(keys).size !== keys.length)
    throw badRequest('DUPLICATE_ITEM', 'Each sheet item is scored once (scores)', 'scores');
  input.scores.forEach((s, i) => {
    const item = items.find((x) => x.key === s.key);
    if (!item) throw ruleBroken('UNKNOWN_ITEM', `The sheet has no item ${s.key}`, `scores.${i}.key`);
    if (s.score > item.maxScore)
      throw ruleBroken('SCORE_OVER_MAX', `${item.label} is scored 0 to ${item.maxScore}`, `scores.${i}.score`);
  });
  const missing = items.filter((i) => !keys.includes(i.key));
  if (missing.length)
    throw ruleBroken(
      'SHEET_INCOMPLETE',
      `Score every item of the sheet: ${missing.map((m) => m.label).join(', ')} missing`,
      'scores',
    );
  const at = nowIso();
  const before = await repo.scoresOf(db, roundId, scorer.employee_id);
  const previous = before.filter((b) => b.nomination_id === nominationId);
  const created = previous[0]?.created_at ?? at;
  // The same scorer handing in twice at once (a double tap): the later one is told to reload.
  await uniqueOr(conflict('SHEET_CHANGED', 'Your sheet was just saved from elsewhere: reload and try again'), () =>
    db.transaction().execute(async (trx) => {
      await repo.replaceSheet(
        trx,
        nominationId,
        scorer.employee_id,
        input.scores.map((s) => ({
          id: newId(),
          round_id: roundId,
          nomination_id: nominationId,
          scorer_id: scorer.employee_id,
          item_key: s.key,
          score: s.score,
          comment: s.comment || null,
          created_at: created,
          updated_at: at,
        })),
      );
      await recordAudit(trx, actor, {
        action: previous.length ? 'update' : 'create',
        entity: 'career_panel_sheet',
        entityId: `${nominationId}:${scorer.employee_id}`,
        oldValue: previous.length
          ? { scores: previous.map((p) => ({ key: p.item_key, score: Number(p.score), comment: p.comment })) }
          : null,
        newValue: { scores: input.scores },
      });
    }),
  );
  return { total: input.scores.reduce((a, s) => a + s.score, 0) };
}
