import type { AnswersShape, ScorecardContentShape, ScorecardItemShape } from '../../common/quality.js';
import { itemMax, scoreEvaluation } from '../../common/quality-scoring.js';
import type { Db } from '../db/connect.js';
import type { QaEvaluationTable } from '../db/schema-quality.js';
import { recordAudit } from '../lib/audit.js';
import { newId } from '../lib/ids.js';
import { nowIso, nowMs } from '../lib/clock.js';
import { mulberry32 } from './names.js';
import { DEMO_FORMS } from './quality-forms.js';

// A month of quality monitoring for the demo center (issue 7): three published scorecards (the
// inbound one republished mid-month, so older evaluations keep version 1), two more QA evaluator
// accounts (qa2, qa3; password Seatwise2026) and about three evaluations per agent per week on
// the demo interactions. Agents' scores follow their skill, probation agents score lower, and qa3
// is clearly lenient (+8–10 points on comparable agents) for the oversight page to find.
// Deterministic, and fast: everything is written in one transaction in batches.

const DAY = 86_400_000;
const TEAMS = ['CS1-1', 'CS1-2', 'CS2-1', 'CS2-2', 'CMP-1', 'OUT-1', 'OUT-2'];
const FAIL_NOTES: Record<string, string> = {
  greeting: '未报工号',
  verify: '未核实身份即办理',
  privacy: '完整读出卡号',
  compliant: '使用了承诺性用语',
  accuracy: '解答与知识库不一致',
  needs: '未复述客户诉求',
  closing: '未使用标准结束语',
};

async function evaluatorAccounts(db: Db) {
  const qa = await db
    .selectFrom('users')
    .select(['id', 'password_hash'])
    .where('username', '=', 'qa')
    .executeTakeFirstOrThrow();
  const taken = new Set((await db.selectFrom('users').select('employee_id').execute()).map((u) => u.employee_id));
  const free = (
    await db
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.id', 'e.name'])
      .where('t.code', '=', 'QA-1')
      .where('e.position', '=', '质检员')
      .orderBy('e.employee_no')
      .execute()
  ).filter((e) => !taken.has(e.id));
  const at = nowIso();
  const ids = [qa.id];
  for (const [i, username] of ['qa2', 'qa3'].entries()) {
    const existing = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst();
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const emp = free[i];
    if (!emp) break;
    const id = newId();
    await db
      .insertInto('users')
      .values({
        id,
        username,
        password_hash: qa.password_hash,
        employee_id: emp.id,
        display_name: emp.name,
        locale: 'zh-CN',
        must_change_password: 0,
        failed_attempts: 0,
        locked_until: null,
        disabled: 0,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await db.insertInto('user_roles').values({ user_id: id, role: 'qa_evaluator' }).execute();
    ids.push(id);
  }
  return ids; // [qa, qa2, qa3]
}

/** Answers an agent of this skill would earn; `item` answers fail less often on critical items. */
function answerFor(
  rand: () => number,
  item: ScorecardItemShape,
  p: number,
): { value: number | null; comment?: string } {
  if (item.allowNa && rand() < 0.08) return { value: null };
  if (item.kind === 'yes_no') {
    const failP = item.critical === 'evaluation' ? (1 - p) * 0.12 : item.critical === 'section' ? (1 - p) * 0.3 : 1 - p;
    const value = rand() < failP ? 0 : 1;
    return value ? { value } : { value, comment: FAIL_NOTES[item.key] ?? `${item.label}需改进` };
  }
  const max = itemMax(item);
  const value = Math.max(0, Math.min(max, Math.round(max * (p + (rand() - 0.5) * 0.3))));
  return value < max * 0.6 ? { value, comment: FAIL_NOTES[item.key] ?? `${item.label}不到位` } : { value };
}

export async function seedQualityDemo(db: Db): Promise<number> {
  if (await db.selectFrom('qa_forms').select('id').limit(1).executeTakeFirst()) return 0;
  const rand = mulberry32(20261128);
  const now = nowMs();
  const iso = (ms: number) => new Date(ms).toISOString();
  return db.transaction().execute(async (trx) => {
    const [qa, qa2, qa3] = await evaluatorAccounts(trx);
    const lead = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'teamlead')
      .executeTakeFirstOrThrow();
    const builder = await trx
      .selectFrom('users')
      .select(['id', 'display_name'])
      .where('username', '=', 'manager')
      .executeTakeFirstOrThrow();

    // Forms: published 40 days ago; the inbound form republished 12 days ago with accuracy weighted more.
    const forms = new Map<
      string,
      { id: string; versions: { id: string; from: number; content: ScorecardContentShape; pass: number }[] }
    >();
    const republishedAt = now - 12 * DAY;
    for (const f of DEMO_FORMS) {
      const id = newId();
      const v1 = newId();
      const versions = [{ id: v1, from: 0, content: f.content, pass: f.passScore }];
      if (f.kind === 'inbound') {
        const content = structuredClone(f.content);
        content.sections[2].items[1].weight = 30;
        versions.push({ id: newId(), from: republishedAt, content, pass: f.passScore });
      }
      await trx
        .insertInto('qa_forms')
        .values({
          id,
          name: f.name,
          kind: f.kind,
          description: f.description,
          archived: 0,
          published_version_id: versions.at(-1)!.id,
          draft_version_id: null,
          created_by: builder.id,
          version: versions.length + 1,
          created_at: iso(now - 41 * DAY),
          updated_at: iso(versions.at(-1)!.from || now - 40 * DAY),
        })
        .execute();
      for (const [i, v] of versions.entries()) {
        const published = iso(v.from || now - 40 * DAY);
        await trx
          .insertInto('qa_form_versions')
          .values({
            id: v.id,
            form_id: id,
            number: i + 1,
            status: i === versions.length - 1 ? 'published' : 'superseded',
            content: JSON.stringify(v.content),
            pass_score: v.pass,
            published_at: published,
            published_by: builder.id,
            created_by: builder.id,
            created_at: published,
            updated_at: published,
          })
          .execute();
      }
      forms.set(f.kind, { id, versions });
    }

    const agents = await trx
      .selectFrom('employees as e')
      .innerJoin('teams as t', 't.id', 'e.team_id')
      .select(['e.id', 'e.status', 'e.team_id', 't.code'])
      .where('t.code', 'in', TEAMS)
      .where('e.position', 'in', ['坐席', '资深坐席'])
      .orderBy('e.employee_no')
      .execute();
    const strong = new Map<string, string>(); // team → a key staff member to sit beside
    for (const k of await trx
      .selectFrom('employees')
      .select(['id', 'team_id'])
      .where('status', '=', 'key_staff')
      .execute())
      strong.set(k.team_id, k.id);
    // One pass over the month's interactions (the table is indexed by day, not by agent).
    const callsOf = new Map<
      string,
      { id: string; day: string; started_at: string; direction: string; channel: string; business_type: string }[]
    >();
    for (const c of await trx
      .selectFrom('interactions')
      .select(['id', 'agent_id', 'day', 'started_at', 'direction', 'channel', 'business_type'])
      .where('answered', '=', 1)
      .where('day', '>=', iso(now - 32 * DAY).slice(0, 10))
      .orderBy('started_at')
      .execute()) {
      const list = callsOf.get(c.agent_id) ?? [];
      list.push(c);
      callsOf.set(c.agent_id, list);
    }
    const rows: QaEvaluationTable[] = [];
    for (const a of agents) {
      const skill =
        a.status === 'probation'
          ? 0.66 + rand() * 0.1
          : a.status === 'key_staff'
            ? 0.9 + rand() * 0.06
            : 0.76 + rand() * 0.16;
      const calls = callsOf.get(a.id) ?? [];
      if (!calls.length) continue;
      const picks = new Set<number>();
      const want = Math.min(calls.length, 12 + Math.floor(rand() * 4));
      while (picks.size < want) picks.add(Math.floor(rand() * calls.length));
      for (const idx of [...picks].sort((x, y) => x - y)) {
        const call = calls[idx];
        const kind = call.direction === 'out' ? 'outbound' : call.channel === 'voice' ? 'inbound' : 'nonvoice';
        const form = forms.get(kind)!;
        const scoredMs = Math.min(now - 60_000, Date.parse(call.started_at) + (2 + rand() * 30) * 3_600_000);
        const version = [...form.versions].reverse().find((v) => v.from <= scoredMs)!;
        const r = rand();
        const evaluator = a.code === 'CS1-1' && r < 0.2 ? lead.id : r < 0.47 ? qa : r < 0.74 ? qa2 : qa3;
        const p = Math.min(0.99, skill + (evaluator === qa3 ? 0.11 : 0));
        const answers: AnswersShape = {};
        for (const s of version.content.sections)
          for (const item of s.items) answers[item.key] = answerFor(rand, item, p);
        const result = scoreEvaluation(version.content, answers, version.pass);
        if (result.score === null) continue;
        const sitBeside = strong.get(a.team_id);
        const suggestion = result.passed
          ? null
          : result.criticalFailure !== 'none' || !sitBeside || a.id === sitBeside
            ? 'retraining'
            : rand() < 0.5
              ? 'sit_beside'
              : 'trainer_review';
        const at = iso(scoredMs);
        const a1 = JSON.stringify(answers);
        const items = JSON.stringify(result.items);
        rows.push({
          id: newId(),
          form_version_id: version.id,
          form_id: form.id,
          interaction_id: call.id,
          agent_id: a.id,
          evaluator_user_id: evaluator,
          method: rand() < 0.15 ? 'live' : 'recording',
          sample_id: null,
          answers: a1,
          items,
          score: result.score,
          final_answers: a1,
          final_items: items,
          final_score: result.score,
          passed: result.passed ? 1 : 0,
          critical_failure: result.criticalFailure,
          comment: result.passed
            ? '整体表现良好'
            : result.criticalFailure === 'evaluation'
              ? '出现合规红线问题，需立即整改'
              : '部分环节不达标，请对照评分说明改进',
          suggestion_kind: suggestion,
          suggestion_employee_id: suggestion === 'sit_beside' ? sitBeside! : null,
          suggestion_note: suggestion ? '一周内复查同类问题' : null,
          agent_status: a.status,
          business_type: call.business_type,
          day: call.day,
          scored_at: at,
          version: 1,
          created_at: at,
          updated_at: at,
        });
      }
    }
    for (let i = 0; i < rows.length; i += 100)
      await trx
        .insertInto('qa_evaluations')
        .values(rows.slice(i, i + 100))
        .execute();
    await recordAudit(trx, null, {
      action: 'import',
      entity: 'demo',
      entityId: 'quality',
      newValue: { forms: DEMO_FORMS.length, evaluations: rows.length },
      reason: 'demo data loaded',
    });
    return rows.length;
  });
}
