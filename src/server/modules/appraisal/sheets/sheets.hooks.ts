import { onDisputeDecided } from '../../quality/disputes/dispute-events.js';
import { openLeadSheetsOfMember, openSheetsCovering } from '../cycles/cycles.repo.js';
import { recomputeSheet } from './sheets.service.js';

// A QA dispute decided while a cycle whose period holds the evaluation's day is still open changes
// the agent's draft sheet at once, in the transaction of the decision (issue 18 item 6). After the
// freeze it does not: only an appraisal appeal changes a frozen sheet. The draft sheet of the
// member's team lead aggregates the team's evaluations, so it is recomputed with it.
onDisputeDecided('appraisal-draft-sheets', async (trx, actor, event) => {
  for (const s of await openSheetsCovering(trx, event.agentId, event.day))
    await recomputeSheet(trx, actor, s.sheet_id, `QA dispute ${event.disputeId} decided`);
  for (const s of await openLeadSheetsOfMember(trx, event.agentId, event.day))
    await recomputeSheet(trx, actor, s.sheet_id, `QA dispute ${event.disputeId} decided (team member)`);
});
