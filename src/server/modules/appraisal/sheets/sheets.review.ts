import type { z } from 'zod';
import type { ManualItemInput, SheetCommentInput, SheetConfirmInput } from '../../../../common/appraisal-cycles.js';
import type { Db } from '../../../db/connect.js';
import type { Actor } from '../../../lib/actor.js';
import { recordAudit } from '../../../lib/audit.js';
import { nowIso } from '../../../lib/clock.js';
import { conflict, forbidden, notFound, ruleBroken } from '../../../lib/errors.js';
import { newId } from '../../../lib/ids.js';
import { settleNotices } from '../../../lib/notify.js';
import { loadPlanVersion } from '../cycles/plan-source.js';
import { sheetLink } from '../work/links.js';
import { isSubject, requireReviewer, requireVisibleSheet } from './sheets.access.js';
import { storedScore, writeScores } from './sheets.batch.js';
import { kpisFor, rescore } from './sheets.compute.js';
import * as repo from './sheets.repo.js';

// The review step (team lead: manual items within their cap, a comment) and the confirmation step
// (the person confirms their own sheet). Each write names the version it saw.

function requireStep(s: { cycle_status: string }, step: 'review' | 'confirmation') {
  if (s.cycle_status !== step)
    throw conflict(
      step === 'review' ? 'CYCLE_NOT_IN_REVIEW' : 'CYCLE_NOT_IN_CONFIRMATION',
      `This is done in the cycle's ${step} step (it is in ${s.cycle_status})`,
    );
}

async function claim(trx: Db, id: string, version: number, set: Parameters<typeof repo.claimSheet>[3]) {
  if (!(await repo.claimSheet(trx, id, version, set, nowIso())))
    throw conflict('VERSION_CONFLICT', 'The sheet changed meanwhile; reload it', 'version');
}

export async function enterManual(
  db: Db,
  actor: Actor,
  id: string,
  code: string,
  input: z.output<typeof ManualItemInput>,
) {
  const s = requireVisibleSheet(actor, await repo.findSheet(db, id));
  requireReviewer(actor, s);
  requireStep(s, 'review');
  const content = (await loadPlanVersion(db, s.plan_version_id))!.content;
  const kpis = kpisFor(content, s.position_type);
  const kpi = kpis.find((k) => k.code === code);
  if (!kpi) throw notFound('Sheet item');
  if (kpi.rule.kind !== 'manual')
    throw ruleBroken('NOT_A_MANUAL_ITEM', `${code} is not a manual item of this sheet`, 'code');
  if (input.value > kpi.rule.max) throw ruleBroken('MANUAL_VALUE_OVER_CAP', `At most ${kpi.rule.max}`, 'value');
  if (Number(s.version) !== input.version)
    throw conflict('VERSION_CONFLICT', 'The sheet changed meanwhile; reload it', 'version');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    await repo.replaceManualEntry(trx, {
      id: newId(),
      sheet_id: id,
      code,
      value: input.value,
      comment: input.comment ?? null,
      entered_by: actor.userId,
      entered_by_name: actor.name,
      entered_at: at,
    });
    const before = storedScore(s, await repo.itemsOf(trx, id));
    const items = before.items.map((i) =>
      i.code === code
        ? {
            ...i,
            value: input.value,
            source: 'manual',
            evidence: { kind: 'manual' as const, byName: actor.name, at, comment: input.comment ?? null },
            comment: input.comment ?? null,
          }
        : i,
    );
    const after = rescore(content, kpis, items);
    // The version moves once for the whole write (writeScores bumps it after the claim).
    await claim(trx, id, input.version, {});
    await writeScores(trx, actor, [{ sheet: s, before, after }], `manual ${code}`, true);
  });
}

export async function comment(db: Db, actor: Actor, id: string, input: z.output<typeof SheetCommentInput>) {
  const s = requireVisibleSheet(actor, await repo.findSheet(db, id));
  requireReviewer(actor, s);
  requireStep(s, 'review');
  await db.transaction().execute(async (trx) => {
    await claim(trx, id, input.version, { lead_comment: input.comment, lead_comment_by: actor.name });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'appraisal_sheet',
      entityId: id,
      oldValue: { leadComment: s.lead_comment },
      newValue: { leadComment: input.comment },
    });
  });
}

export async function confirm(db: Db, actor: Actor, id: string, input: z.output<typeof SheetConfirmInput>) {
  const s = requireVisibleSheet(actor, await repo.findSheet(db, id));
  if (!isSubject(actor, s)) throw forbidden('Only the person confirms their own sheet');
  requireStep(s, 'confirmation');
  if (s.confirmed_at) throw conflict('ALREADY_CONFIRMED', 'You have already confirmed this sheet');
  const at = nowIso();
  await db.transaction().execute(async (trx) => {
    // Confirming accepts the sheet as it stands, which the person's own undecided appeal disputes.
    if ((await repo.undecidedAppealCount(trx, id)) > 0)
      throw conflict(
        'SHEET_APPEAL_UNDECIDED',
        'Your appeal on this sheet is not decided yet; confirm after the decision',
      );
    await claim(trx, id, input.version, { status: 'confirmed', confirmed_at: at, confirmed_by: actor.name });
    await settleNotices(trx, [sheetLink(id)]);
    await recordAudit(trx, actor, {
      action: 'status_change',
      entity: 'appraisal_sheet',
      entityId: id,
      oldValue: { status: s.status },
      newValue: { status: 'confirmed', total: s.total, grade: s.grade },
    });
  });
}
