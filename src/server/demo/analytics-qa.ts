import type { AnswersShape, ScorecardContentShape, ScorecardItemShape } from '../../common/quality.js';
import { itemMax, scoreEvaluation } from '../../common/quality-scoring.js';
import type { QaEvaluationTable } from '../db/schema-quality.js';
import { addDays } from '../lib/clock.js';
import { newId } from '../lib/ids.js';
import { clamp, insertMany, ts, type HistoryCtx } from './analytics-batch.js';
import { gauss } from './analytics-model.js';
import { learning, type KpiAgent } from './analytics-kpi.js';

// Two years of QA (demo/analytics-history.ts): side-by-side evaluations about every ten days in
// a new agent's first 90 days on the floor, then about two a month, on the demo's scorecards
// (their first versions). Scores follow skill, tenure, the program, trainer and mentor behind the
// person, and the on-the-job course for those who took it. The demo's last month of QA
// (demo/quality.ts) stays as it is for the center's agents.

interface Form {
  id: string;
  versionId: string;
  content: ScorecardContentShape;
  pass: number;
}

function answerFor(rand: () => number, item: ScorecardItemShape, p: number): { value: number | null } {
  if (item.allowNa && rand() < 0.08) return { value: null };
  if (item.kind === 'yes_no') {
    const failP = item.critical === 'evaluation' ? (1 - p) * 0.1 : item.critical === 'section' ? (1 - p) * 0.3 : 1 - p;
    return { value: rand() < failP ? 0 : 1 };
  }
  const max = itemMax(item);
  return { value: Math.max(0, Math.min(max, Math.round(max * (p + (rand() - 0.5) * 0.3)))) };
}

export async function loadForms(c: HistoryCtx) {
  const rows = await c.trx
    .selectFrom('qa_forms as f')
    .innerJoin('qa_form_versions as v', 'v.form_id', 'f.id')
    .select(['f.id', 'f.kind', 'v.id as versionId', 'v.content', 'v.pass_score'])
    .where('v.number', '=', 1)
    .execute();
  return new Map<string, Form>(
    rows.map((r) => [
      r.kind,
      { id: r.id, versionId: r.versionId, content: JSON.parse(r.content) as ScorecardContentShape, pass: r.pass_score },
    ]),
  );
}

/** `bonus` per agent: points from the program, trainer and mentor. `until` caps the center's agents. */
export async function writeQa(
  c: HistoryCtx,
  agents: KpiAgent[],
  bonus: Map<string, number>,
  evaluators: string[],
  cap: { own: Set<string>; until: string | null },
) {
  const { rand, trx } = c;
  const forms = await loadForms(c);
  if (!forms.size || !evaluators.length) return 0;
  const yesterday = addDays(c.today, -1);
  const rows: QaEvaluationTable[] = [];
  for (const a of agents) {
    const form = forms.get(a.team.startsWith('OUT') ? 'outbound' : 'inbound') ?? [...forms.values()][0];
    let to = a.to < yesterday ? a.to : yesterday;
    if (!cap.own.has(a.id) && cap.until && to >= cap.until) to = addDays(cap.until, -1);
    const early = addDays(a.from, 90);
    for (let day = addDays(a.from, Math.floor(rand() * 8)); day <= to;) {
      const l = learning(a.hireDate, day);
      const otj = a.trainedAfter !== null && day > a.trainedAfter ? 6 : 0;
      const target = 83 + 2.5 * a.skill + (bonus.get(a.id) ?? 0) - 9 * (1 - l) + otj + gauss(rand) * 3;
      const p = clamp(target / 100, 0.4, 0.99);
      const answers: AnswersShape = {};
      for (const s of form.content.sections) for (const item of s.items) answers[item.key] = answerFor(rand, item, p);
      const result = scoreEvaluation(form.content, answers, form.pass);
      if (result.score !== null) {
        const at = ts(day, `${String(14 + Math.floor(rand() * 4)).padStart(2, '0')}:${rand() < 0.5 ? '10' : '40'}`);
        const json = JSON.stringify(answers);
        const items = JSON.stringify(result.items);
        rows.push({
          id: newId(),
          form_version_id: form.versionId,
          form_id: form.id,
          interaction_id: null,
          agent_id: a.id,
          evaluator_user_id: evaluators[Math.floor(rand() * evaluators.length)],
          method: 'side_by_side',
          sample_id: null,
          answers: json,
          items,
          score: result.score,
          final_answers: json,
          final_items: items,
          final_score: result.score,
          passed: result.passed ? 1 : 0,
          critical_failure: result.criticalFailure,
          comment: result.passed ? '整体表现良好' : '部分环节不达标，请对照评分说明改进',
          suggestion_kind: result.passed ? null : 'retraining',
          suggestion_employee_id: null,
          suggestion_note: result.passed ? null : '一周内复查同类问题',
          agent_status: day < addDays(a.hireDate, 21) ? 'trainee' : l < 0.6 ? 'probation' : 'regular',
          business_type: null,
          day,
          scored_at: at,
          version: 1,
          created_at: at,
          updated_at: at,
        });
      }
      day = addDays(day, day < early ? 8 + Math.floor(rand() * 5) : 12 + Math.floor(rand() * 8));
    }
  }
  await insertMany(trx, 'qa_evaluations', rows);
  return rows.length;
}
