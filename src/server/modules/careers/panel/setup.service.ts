import type { z } from 'zod';
import { DEFAULT_SHEET, type PanelSetupInput, type PanelView } from '../../../../common/careers-panel.js';
import { EXIT_STATUSES } from '../../../../common/roles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { badRequest, conflict, ruleBroken } from '../../../lib/errors.js';
import { notify } from '../../../lib/notify.js';
import { newId } from '../../../lib/ids.js';
import { identities } from '../../people/identity.service.js';
import { uniqueOr } from './panel.shared.js';
import * as repo from './panel.repo.js';
import { requireRound, resultsOf, roundBrief } from './panel.shared.js';

// HR's side of the talk day (careers.reserve.manage): the sheet and who scores, the score matrix
// with each missing sheet named, the suggested choice. The sheet's items are fixed once a score is
// in (totals would no longer compare); a scorer who has scored stays, with their kind.

export async function panelView(db: Db, roundId: string): Promise<PanelView> {
  const round = await requireRound(db, roundId);
  const { sheet, scorers, rows, results, peerWeightPercent, minPanelScores } = await resultsOf(db, round);
  return {
    round: roundBrief(round),
    sheet: { ...sheet, locked: rows.length > 0 },
    scorers: scorers.map((s) => ({
      ...s,
      sheets: results.filter((c) => c.sheets.some((x) => x.scorerId === s.employeeId)).length,
    })),
    candidates: results,
    peerWeightPercent,
    minPanelScores,
  };
}

const CLOSED = new Set(['results_published', 'cancelled']);

export async function saveSetup(db: Db, actor: Actor, roundId: string, input: z.output<typeof PanelSetupInput>) {
  const round = await requireRound(db, roundId);
  if (CLOSED.has(round.status))
    throw conflict('ROUND_CLOSED', `The round is ${round.status}: its panel no longer changes`);
  const keys = input.items.map((i) => i.key);
  if (new Set(keys).size !== keys.length)
    throw badRequest('DUPLICATE_ITEM_KEY', 'Each sheet item needs its own key (items)', 'items');
  const ids = input.scorers.map((s) => s.employeeId);
  if (new Set(ids).size !== ids.length)
    throw badRequest('DUPLICATE_SCORER', 'A person is named as a scorer only once (scorers)', 'scorers');
  const people = await identities(db, ids);
  const unknown = ids.find((id) => !people.has(id));
  if (unknown) throw ruleBroken('UNKNOWN_SCORER', `No such employee: ${unknown}`, 'scorers');
  const gone = [...people.values()].find((p) => EXIT_STATUSES.includes(p.status as never));
  if (gone) throw ruleBroken('SCORER_LEFT', `${gone.name} no longer works here`, 'scorers');

  const setup = await repo.findSetup(db, roundId);
  if ((setup?.version ?? 0) !== input.version)
    throw conflict('STALE', 'Someone changed the panel meanwhile: reload and try again', 'version');
  const items = input.items.map((i, position) => ({ ...i, position }));
  const scores = await repo.scoresOf(db, roundId);
  const current = setup ? setup.items : JSON.stringify(DEFAULT_SHEET.map((i, position) => ({ ...i, position })));
  if (scores.length && JSON.stringify(items) !== current)
    throw conflict('SHEET_LOCKED', 'Scores are in: the sheet no longer changes', 'items');

  const before = await repo.scorersOf(db, roundId);
  const wanted = new Map(input.scorers.map((s) => [s.employeeId, s.kind]));
  const scored = new Set(scores.map((s) => s.scorer_id));
  const broken = before.find((b) => scored.has(b.employee_id) && wanted.get(b.employee_id) !== b.kind);
  if (broken)
    throw conflict(
      'SCORER_HAS_SCORED',
      `${people.get(broken.employee_id)?.name ?? broken.employee_id} has scored: they stay a ${broken.kind} scorer`,
      'scorers',
    );
  const at = nowIso();
  const version = input.version + 1;
  const stale = () => conflict('STALE', 'Someone changed the panel meanwhile: reload and try again', 'version');
  // Two first saves at once: the second insert breaks the round's key; either way it is stale.
  await uniqueOr(stale(), () =>
    db.transaction().execute(async (trx) => {
      if (!(await repo.writeSetup(trx, roundId, JSON.stringify(items), actor.userId, at, version))) throw stale();
      await repo.deleteScorers(
        trx,
        roundId,
        before.filter((b) => !wanted.has(b.employee_id)).map((b) => b.employee_id),
      );
      for (const b of before) {
        const kind = wanted.get(b.employee_id);
        if (kind && kind !== b.kind) await repo.updateScorerKind(trx, roundId, b.employee_id, kind);
      }
      const had = new Set(before.map((b) => b.employee_id));
      await repo.insertScorers(
        trx,
        input.scorers
          .filter((s) => !had.has(s.employeeId))
          .map((s) => ({ id: newId(), round_id: roundId, employee_id: s.employeeId, kind: s.kind, created_at: at })),
      );
      const added = input.scorers.filter((x) => !had.has(x.employeeId)).map((x) => x.employeeId);
      await notify(trx, {
        employeeIds: added,
        kind: 'careers_scorer_named',
        params: { round: round.name },
        link: `/careers/scoring/${roundId}`,
        exceptUserIds: [actor.userId],
      });
      await recordAudit(trx, actor, {
        action: setup ? 'update' : 'create',
        entity: 'career_panel',
        entityId: roundId,
        oldValue: setup
          ? { items: JSON.parse(setup.items), scorers: before.map((b) => [b.employee_id, b.kind]) }
          : null,
        newValue: { items, scorers: input.scorers.map((s) => [s.employeeId, s.kind]) },
      });
    }),
  );
  return { version };
}
