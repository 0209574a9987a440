import type { Db } from '../../src/server/db/connect.js';
import { clamp, insertMany, ts } from '../../src/server/demo/analytics-batch.js';
import { gauss } from '../../src/server/demo/analytics-model.js';
import { addDays } from '../../src/server/lib/clock.js';
import { newId } from '../../src/server/lib/ids.js';
import { addWorkingDays, workingDays, type Org } from './home-org.js';

// The home bench's quality and KPI history: WEEKS weeks of QA evaluations (one per agent and
// week, the panels' trend), the feedback of the last week (pending ones due around today, given
// ones the agent has yet to sign), open and freshly decided disputes, this week's sample queue
// against each evaluator's quota, and KPI_DAYS working days of per-agent call rollups.

const WEEKS = 10;
const KPI_DAYS = 30;
const SAMPLES_PER_EVALUATOR_TODAY = 12;

export async function seedQuality(db: Db, org: Org, formCreator: string) {
  const { rand, today, at, agents, evaluators } = org;
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const formId = newId();
  const versionId = newId();
  await insertMany(db, 'qa_forms', [
    {
      id: formId,
      name: '压测评分表',
      kind: 'inbound',
      description: null,
      archived: 0,
      published_version_id: versionId,
      draft_version_id: null,
      created_by: formCreator,
      version: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  await insertMany(db, 'qa_form_versions', [
    {
      id: versionId,
      form_id: formId,
      number: 1,
      status: 'published',
      content: '{"sections":[]}',
      pass_score: 80,
      published_at: at,
      published_by: formCreator,
      created_by: formCreator,
      created_at: at,
      updated_at: at,
    },
  ]);
  // Scored up to yesterday: today's scoring is what the evaluator's queue is about.
  const days = workingDays(addDays(today, -1), WEEKS * 5);
  // The bench's own evaluator scores about 50 agents a week (10 a day), as one person can.
  const ownShare = Math.min(0.2, 50 / agents.length);
  const focus = new Set([org.teams[0].id, org.teams[Math.min(9, org.teams.length - 1)].id]);
  const notices = [];
  const evaluations = [];
  const feedback = [];
  const disputes = [];
  const lastWeek = new Set(days.slice(-5));
  for (const a of agents) {
    const skill = gauss(rand) * 5;
    for (let w = 0; w < WEEKS; w++) {
      const day = days[w * 5 + Math.floor(rand() * 5)];
      const score = Math.round(clamp(84 + skill + gauss(rand) * 6, 30, 100));
      const id = newId();
      const evaluator = rand() < ownShare ? evaluators[0] : pick(evaluators.slice(1));
      const scoredAt = ts(day, '15:00');
      evaluations.push({
        id,
        form_version_id: versionId,
        form_id: formId,
        interaction_id: null,
        agent_id: a.id,
        evaluator_user_id: evaluator,
        method: 'recording',
        sample_id: null,
        answers: '{}',
        items: '{}',
        score,
        final_answers: '{}',
        final_items: '{}',
        final_score: score,
        passed: score >= 80 ? 1 : 0,
        critical_failure: 'none',
        comment: null,
        suggestion_kind: null,
        suggestion_employee_id: null,
        suggestion_note: null,
        agent_status: a.status,
        business_type: 'billing',
        day,
        scored_at: scoredAt,
        version: 1,
        created_at: scoredAt,
        updated_at: scoredAt,
      });
      if (!lastWeek.has(day)) continue;
      const dueDay = addWorkingDays(day, 2);
      const pending = dueDay >= addWorkingDays(today, -1) && rand() < 0.7;
      const given = !pending;
      feedback.push({
        id: newId(),
        evaluation_id: id,
        agent_id: a.id,
        evaluator_user_id: evaluator,
        kind: 'individual',
        due_day: dueDay,
        due_at: ts(dueDay, '23:59'),
        due_problem: null,
        due_problem_year: null,
        status: given ? 'given' : 'pending',
        mode: given ? 'one_to_one' : null,
        notes: given ? '已反馈' : null,
        given_on: given ? day : null,
        given_at: given ? ts(day, '17:00') : null,
        given_by: given ? evaluator : null,
        late: 0,
        acknowledged_at: given && !focus.has(a.teamId) && rand() < 0.5 ? ts(day, '18:00') : null,
        version: 1,
        created_at: scoredAt,
        updated_at: scoredAt,
      });
      // One dispute in 20 evaluations (one in 4 in the timed people's teams); 3 in 10 decided.
      const r = a.userId === org.accounts.agent ? 0.01 : rand() * (focus.has(a.teamId) ? 0.25 : 1);
      if (r < 0.05) {
        const decided = r < 0.015;
        const disputeId = newId();
        if (decided)
          notices.push({
            id: newId(),
            user_id: a.userId,
            kind: 'quality_dispute_decided',
            params: JSON.stringify({ day, before: score, after: Math.min(100, score + 4) }),
            link: `/quality/disputes/${disputeId}`,
            created_at: ts(addDays(today, -1), '17:00'),
            read_at: null,
          });
        disputes.push({
          id: disputeId,
          evaluation_id: id,
          agent_id: a.id,
          scope: 'whole',
          reason: '录音中已按流程核实身份',
          status: decided ? 'decided' : 'open',
          opened_by: a.userId,
          window_ends_on: addWorkingDays(day, 3),
          reviewer_employee_id: a.leadId,
          score_before: score,
          final_score: decided ? Math.min(100, score + 4) : null,
          decided_by: decided ? a.leadUserId : null,
          decided_at: decided ? ts(addDays(today, -1), '17:00') : null,
          decision_note: decided ? '改判' : null,
          version: 1,
          created_at: ts(day, '16:00'),
          updated_at: ts(day, '16:00'),
        });
      }
    }
  }
  await insertMany(db, 'qa_evaluations', evaluations);
  await insertMany(db, 'qa_feedback', feedback);
  await insertMany(db, 'qa_disputes', disputes);
  await insertMany(db, 'notifications', notices);
  const samples = await seedSamples(db, org);
  return { evaluations: evaluations.length, feedback: feedback.length, disputes: disputes.length, samples };
}

/** This week's draw: each evaluator's open samples (a dozen of them for today) and quota. */
async function seedSamples(db: Db, org: Org) {
  const { rand, today, at, agents, evaluators } = org;
  const weekStart = workingDays(today, 5).find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 1) ?? today;
  const drawId = newId();
  await insertMany(db, 'qa_sampling_draws', [
    {
      id: drawId,
      week_start: weekStart,
      seed: 1,
      status: 'current',
      agents: agents.length,
      interactions: 0,
      samples: evaluators.length * SAMPLES_PER_EVALUATOR_TODAY,
      unassigned: 0,
      plan: '{}',
      duration_ms: 0,
      created_by: evaluators[0],
      created_at: at,
    },
  ]);
  const interactions = [];
  const samples = [];
  for (const ev of evaluators) {
    for (let i = 0; i < SAMPLES_PER_EVALUATOR_TODAY; i++) {
      const a = agents[Math.floor(rand() * agents.length)];
      const id = newId();
      const day = addDays(today, -1);
      const started = ts(day, `${String(9 + (i % 8)).padStart(2, '0')}:${String(i * 3).padStart(2, '0')}`);
      interactions.push({
        id,
        agent_id: a.id,
        started_at: started,
        day,
        direction: 'inbound',
        channel: 'voice',
        business_type: 'billing',
        queue: null,
        answered: 1,
        talk_seconds: 240,
        hold_seconds: 20,
        wrap_seconds: 30,
        queue_wait_seconds: 12,
        fcr: 1,
        csat: 5,
        customer_ref: null,
        recording_url: null,
        transcript_url: null,
        import_id: null,
        call_id: null,
        leg: null,
      });
      samples.push({
        id: newId(),
        draw_id: drawId,
        week_start: weekStart,
        interaction_id: id,
        agent_id: a.id,
        team_id: a.teamId,
        department_id: a.deptId,
        day,
        started_at: started,
        hour_band: 9 + (i % 8),
        business_type: 'billing',
        channel: 'voice',
        method: 'recording',
        reason: 'random',
        why: '{}',
        status: i < 3 ? 'done' : 'open',
        assigned_user_id: ev,
        assigned_at: at,
        evaluation_id: null,
        done_at: i < 3 ? at : null,
        skip_reason: null,
        skipped_by: null,
        version: 1,
        created_at: at,
        updated_at: at,
      });
    }
  }
  await insertMany(db, 'interactions', interactions);
  await insertMany(db, 'qa_samples', samples);
  await insertMany(
    db,
    'qa_quotas',
    evaluators.map((user_id) => ({
      user_id,
      live: 2,
      recording: 8,
      side_by_side: 1,
      updated_by: null,
      updated_at: at,
    })),
  );
  return samples.length;
}

/** Per-agent call rollups for the last KPI_DAYS working days (the panels' FCR/AHT/CSAT). */
export async function seedKpi(db: Db, org: Org) {
  const { rand, today, agents } = org;
  const days = workingDays(today, KPI_DAYS);
  let n = 0;
  for (const day of days) {
    const rows = agents.map((a) => {
      const handled = 40 + Math.floor(rand() * 30);
      const known = Math.floor(handled * 0.8);
      return {
        agent_id: a.id,
        day,
        offered: handled + 2,
        handled,
        talk_sum: handled * (200 + Math.floor(rand() * 80)),
        hold_sum: handled * 15,
        wrap_sum: handled * 30,
        fcr_yes: Math.floor(known * (0.7 + rand() * 0.2)),
        fcr_known: known,
        csat_sum: Math.floor(handled * 0.3) * 4,
        csat_count: Math.floor(handled * 0.3),
        sl_within: handled - 5,
        sl_offered: handled + 2,
        csat_satisfied: Math.floor(handled * 0.3 * 0.8),
      };
    });
    await insertMany(db, 'interaction_agent_daily', rows);
    n += rows.length;
    const sum = (k: keyof (typeof rows)[0]) => rows.reduce((s, r) => s + (r[k] as number), 0);
    await insertMany(db, 'interaction_center_daily', [
      {
        day,
        business_type: 'billing',
        channel: 'voice',
        offered: sum('offered'),
        handled: sum('handled'),
        talk_sum: sum('talk_sum'),
        hold_sum: sum('hold_sum'),
        wrap_sum: sum('wrap_sum'),
        fcr_yes: sum('fcr_yes'),
        fcr_known: sum('fcr_known'),
        csat_sum: sum('csat_sum'),
        csat_count: sum('csat_count'),
        sl_within: sum('sl_within'),
        sl_offered: sum('sl_offered'),
        csat_satisfied: sum('csat_satisfied'),
      },
    ]);
  }
  return n;
}
