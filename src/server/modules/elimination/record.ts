import type { Db } from '../../db/connect.js';
import { localDate } from '../../lib/clock.js';
import { centerOffset } from '../../lib/center-time.js';
import { recordLabel, type RecordLabel } from '../../../common/record-labels.js';
import * as repo from './cases.repo.js';

// The case history on the trainee's training record (training/record.service.ts): each step of
// each case as a dated line under "scores", through the record's registerRecordScores seam.
// Each line is a label code with params (common/record-labels.ts); the reader's language words it.

type Data = Record<string, any>;
const LABELS: Record<string, (d: Data) => RecordLabel> = {
  listed: (d) => recordLabel('elimination.listed', { criterion: String(d.criterion) }),
  interview: () => recordLabel('elimination.interview'),
  notice: (d) => recordLabel('elimination.notice', { from: String(d.publishedOn), to: String(d.endsOn) }),
  appeal: () => recordLabel('elimination.appeal'),
  // closesCase is absent on answers recorded before only HR's upheld appeal closed a case.
  appeal_answer: (d) =>
    recordLabel(
      d.outcome !== 'upheld'
        ? 'elimination.appealRejected'
        : d.closesCase === false
          ? 'elimination.appealUpheldToHr'
          : 'elimination.appealUpheldClosed',
    ),
  decision: (d) =>
    recordLabel(d.decision === 'eliminate' ? 'elimination.decisionEliminate' : 'elimination.decisionRetain'),
  offboarding_item: (d) => recordLabel('elimination.offboarding', { item: String(d.item) }),
  exit_talk: () => recordLabel('elimination.exitTalk'),
};

export async function caseHistoryOf(db: Db, employeeId: string) {
  const rows = await repo.stepsOfPerson(db, employeeId);
  const offset = await centerOffset(db);
  return rows
    .filter((r) => LABELS[r.kind])
    .map((r) => ({
      kind: 'elimination',
      title: '',
      label: LABELS[r.kind](JSON.parse(r.data) as Data),
      score: null,
      passMark: null,
      passed: null,
      date: localDate(r.at, offset),
    }));
}
