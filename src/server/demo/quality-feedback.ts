import type { AnswersShape } from '../../common/quality.js';
import type { Db } from '../db/connect.js';
import { recordAudit } from '../lib/audit.js';
import { countWorkingDaysIn, getCalendar } from '../lib/calendar.js';
import { localDate, nowIso, nowMs } from '../lib/clock.js';
import { centerOffset } from '../lib/center-time.js';
import { newId } from '../lib/ids.js';
import { isLate } from '../modules/quality/feedback/feedback.deadline.js';
import { openFeedbackFor } from '../modules/quality/feedback/feedback.service.js';
import { mulberry32 } from './names.js';

// Feedback, disputes, the daily summary and red lines on top of the demo's month of evaluations
// (issue 7 items 5–7): a red-line list; every evaluation's feedback task opened the one way
// (openFeedbackFor, in scoring order, so follow-ups open and close as they would have), most
// given on time, some late, a few still overdue; acknowledgements; one open dispute by the demo
// `agent` awaiting the team lead; planned actions for the last days' top problems; a ruling.

const HOUR = 3_600_000;
const RED_LINES = [
  {
    title: '违规承诺与禁用语',
    description: '不得承诺收益、不得使用禁用语（2026 年第 3 号质检通报）',
    category: 'announced',
    item_keys: ['compliant'],
    announced_on: '2026-03-02',
  },
  {
    title: '泄露客户信息',
    description: '不得泄露客户信息、不得完整读出卡号和密码',
    category: 'basic',
    item_keys: ['privacy'],
    announced_on: null,
  },
  {
    title: '未核实身份即办理',
    description: '账户类业务必须先核实身份',
    category: 'common',
    item_keys: ['verify'],
    announced_on: null,
  },
];
const ACTIONS = ['team_meeting', 'retraining_course', 'sit_beside', 'coaching'];

export async function seedQualityFeedbackDemo(db: Db) {
  if (await db.selectFrom('qa_red_lines').select('id').limit(1).executeTakeFirst()) return;
  if (!(await db.selectFrom('qa_evaluations').select('id').limit(1).executeTakeFirst())) return;
  const rand = mulberry32(20261201);
  const now = nowMs();
  await db.transaction().execute(async (trx) => {
    const manager = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'manager')
      .executeTakeFirstOrThrow();
    const at = nowIso();
    for (const l of RED_LINES) {
      await trx
        .insertInto('qa_red_lines')
        .values({
          id: newId(),
          ...l,
          item_keys: JSON.stringify(l.item_keys),
          active: 1,
          created_by: manager.id,
          version: 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    const evaluations = await trx.selectFrom('qa_evaluations').selectAll().orderBy('scored_at').orderBy('id').execute();
    for (const ev of evaluations) await openFeedbackFor(trx, ev);

    // Most feedback given within hours of scoring, some a day or two late, a few never (overdue).
    const tasks = await trx
      .selectFrom('qa_feedback as f')
      .innerJoin('qa_evaluations as e', 'e.id', 'f.evaluation_id')
      .select([
        'f.id',
        'f.due_day',
        'f.due_at',
        'f.due_problem',
        'f.due_problem_year',
        'e.scored_at',
        'e.method',
        'e.passed',
      ])
      .orderBy('e.scored_at')
      .execute();
    const offset = await centerOffset(trx);
    for (const task of tasks) {
      const r = rand();
      const scored = Date.parse(task.scored_at);
      const dueMs = task.due_at ? Date.parse(task.due_at) : Infinity;
      if (r < 0.06) continue; // never given: overdue once the deadline passes
      const givenMs = r < 0.14 ? dueMs + (6 + rand() * 40) * HOUR : scored + (0.5 + rand() * 20) * HOUR;
      if (!Number.isFinite(givenMs) || givenMs > now - HOUR) continue;
      const common = task.method !== 'side_by_side' && rand() < 0.15;
      const mode = task.method === 'side_by_side' ? 'immediate' : common ? 'one_to_many' : 'one_to_one';
      const acknowledged = givenMs + (1 + rand() * 20) * HOUR;
      await trx
        .updateTable('qa_feedback')
        .set({
          status: 'given',
          mode,
          notes: task.passed ? '肯定优点，提示保持' : '逐项讲解扣分点并播放录音，约定一周内复查',
          given_on: localDate(iso(givenMs), offset),
          given_at: iso(givenMs),
          given_by: null,
          late: isLate(task, iso(givenMs)),
          acknowledged_at: rand() < 0.7 && acknowledged < now ? iso(acknowledged) : null,
          version: 2,
          updated_at: iso(givenMs),
        })
        .where('id', '=', task.id)
        .execute();
    }

    await openAgentDispute(trx, now, offset);
    await planActions(trx, manager.id, rand);
    await trx
      .updateTable('qa_followups')
      .set({ handling: 'recitation', handling_note: '背诵相关标准话术并由导师抽查', updated_at: at })
      .where('trainee', '=', 1)
      .where('item_key', 'in', ['greeting', 'closing', 'compliant'])
      .execute();
    const breach = await trx
      .selectFrom('qa_red_line_breaches')
      .select('evaluation_id')
      .orderBy('day', 'desc')
      .executeTakeFirst();
    if (breach) {
      await trx
        .insertInto('qa_red_line_rulings')
        .values({
          evaluation_id: breach.evaluation_id,
          ruling: 'unusual_error',
          reason: '系统故障导致话术提示缺失，评审组认定为异常差错',
          ruled_by: manager.id,
          ruled_at: at,
          version: 1,
        })
        .execute();
    }
    await recordAudit(trx, null, {
      action: 'import',
      entity: 'demo',
      entityId: 'quality-feedback',
      newValue: { feedback: tasks.length, redLines: RED_LINES.length },
      reason: 'demo data loaded',
    });
  });
}

/** The demo agent disputes their latest evaluation that lost points, item by item, within the window. */
async function openAgentDispute(trx: Db, now: number, offset: number) {
  const agent = await trx
    .selectFrom('users')
    .select(['id', 'employee_id'])
    .where('username', '=', 'agent')
    .executeTakeFirst();
  if (!agent?.employee_id) return;
  const evs = await trx
    .selectFrom('qa_evaluations')
    .selectAll()
    .where('agent_id', '=', agent.employee_id)
    .orderBy('scored_at', 'desc')
    .execute();
  const ev = evs.find((e) =>
    Object.values(JSON.parse(e.items) as Record<string, { earned: number; possible: number; na: boolean }>).some(
      (i) => !i.na && i.earned < i.possible,
    ),
  );
  const person = await trx
    .selectFrom('employees')
    .select('supervisor_id')
    .where('id', '=', agent.employee_id)
    .executeTakeFirstOrThrow();
  if (!ev || !person.supervisor_id) return;
  const today = localDate(iso(now), offset);
  await trx
    .updateTable('qa_feedback')
    .set({
      status: 'given',
      mode: 'one_to_one',
      notes: '当面讲解扣分点',
      given_on: today,
      given_at: iso(now - HOUR),
      late: 0,
      acknowledged_at: null,
    })
    .where('evaluation_id', '=', ev.id)
    .execute();
  const items = JSON.parse(ev.items) as Record<string, { earned: number; possible: number; na: boolean }>;
  const answers = JSON.parse(ev.final_answers) as AnswersShape;
  const content = await trx
    .selectFrom('qa_form_versions')
    .select('content')
    .where('id', '=', ev.form_version_id)
    .executeTakeFirstOrThrow();
  const labels = new Map(
    (
      JSON.parse(content.content) as {
        sections: { items: { key: string; label: string; kind: string; max?: number }[] }[];
      }
    ).sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)),
  );
  const disputed = Object.keys(items)
    .filter((k) => !items[k].na && items[k].earned < items[k].possible)
    .slice(0, 2);
  const id = newId();
  const at = iso(now - 30 * 60_000);
  await trx
    .insertInto('qa_disputes')
    .values({
      id,
      evaluation_id: ev.id,
      agent_id: ev.agent_id,
      scope: 'items',
      reason: '部分扣分与录音内容不符，申请复核',
      status: 'open',
      opened_by: agent.id,
      window_ends_on: countWorkingDaysIn(await getCalendar(trx), today, 3).day,
      reviewer_employee_id: person.supervisor_id,
      score_before: ev.final_score,
      final_score: null,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const key of disputed) {
    const item = labels.get(key);
    const top = item?.kind === 'yes_no' ? 1 : (item?.max ?? 5);
    await trx
      .insertInto('qa_dispute_items')
      .values({
        id: newId(),
        dispute_id: id,
        item_key: key,
        item_label: item?.label ?? key,
        original_value: answers[key]?.value ?? null,
        proposed_value: top,
        agent_reason: '录音中已按规范操作，请复听',
        outcome: null,
        final_value: null,
        decision_reason: null,
      })
      .execute();
  }
}

/** A center-wide action for the top problem of each of the last five days with evaluations. */
async function planActions(trx: Db, managerId: string, rand: () => number) {
  const days = (
    await trx.selectFrom('qa_evaluations').select('day').distinct().orderBy('day', 'desc').limit(5).execute()
  ).map((d) => d.day);
  for (const day of days) {
    const counts = new Map<string, number>();
    for (const e of await trx.selectFrom('qa_evaluations').select('final_items').where('day', '=', day).execute()) {
      for (const [k, r] of Object.entries(
        JSON.parse(e.final_items) as Record<string, { earned: number; possible: number; na: boolean }>,
      ))
        if (!r.na && r.earned < r.possible) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (!top) continue;
    const at = nowIso();
    await trx
      .insertInto('qa_summary_actions')
      .values({
        id: newId(),
        day,
        item_key: top[0],
        team_id: '',
        action: ACTIONS[Math.floor(rand() * ACTIONS.length)],
        note: `当日共 ${top[1]} 次，班前会讲评并安排复训`,
        created_by: managerId,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
