import type { WorkItem } from '../../../../common/home.js';
import { hasPermission } from '../../../../common/permissions.js';
import { countWorkingDaysIn } from '../../../lib/calendar.js';
import { centerOffset } from '../../../lib/center-time.js';
import { dayRange } from '../../../lib/clock.js';
import { getSetting } from '../../../lib/settings.js';
import type { WorkSource } from '../../../lib/work.js';
import { withIdentity } from '../../people/identity.service.js';
import { calibrationLink, disputeLink, evaluationLink } from './links.js';
import * as repo from './work.repo.js';

// What quality work waits for a person on the home page (issue 26, SPEC §8): the evaluation page
// for feedback to give or acknowledge, the dispute page for a dispute to decide or its answer to
// read, the session page for calibration — the links the module's notices carry (links.ts).

const agentNames = <R>(db: Parameters<WorkSource['items']>[0], rows: R[], id: (r: R) => string) =>
  withIdentity(db, rows, id, (p) => ({ agentName: p.name }));

/** An evaluator's sample queue today against their daily quota: one line while samples wait and the quota is not met. */
const sampleQueue: WorkSource = {
  name: 'quality.sampleQueue',
  kinds: ['qualitySampleQueue'],
  menus: ['quality-queue'],
  appliesTo: (a) => hasPermission(a.roles, 'quality.evaluate'),
  async items(db, actor, { today }) {
    const open = await repo.openSamples(db, actor.userId);
    if (!open) return [];
    const { start, end } = dayRange(today, today, await centerOffset(db));
    const [done, own] = await Promise.all([
      repo.scoredBetween(db, actor.userId, start, end),
      repo.quotaOf(db, actor.userId),
    ]);
    const quota = own
      ? Number(own.live) + Number(own.recording) + Number(own.side_by_side)
      : (await getSetting(db, 'quality.quota.live')) +
        (await getSetting(db, 'quality.quota.recording')) +
        (await getSetting(db, 'quality.quota.sideBySide'));
    if (done >= quota) return [];
    return [
      {
        key: `qualitySampleQueue:${actor.userId}:${today}`,
        kind: 'qualitySampleQueue',
        menu: 'quality-queue',
        due: today,
        provisional: false,
        link: '/quality/queue',
        params: { done, quota, open },
      },
    ];
  },
};

/** Feedback the evaluator (a QA evaluator or a lead who scored) must give, by its working-day deadline. */
const feedbackToGive: WorkSource = {
  name: 'quality.feedbackToGive',
  kinds: ['qualityFeedbackDue'],
  menus: ['quality-feedback'],
  appliesTo: (a) => hasPermission(a.roles, 'quality.evaluate'),
  async items(db, actor) {
    const rows = await agentNames(db, await repo.feedbackToGive(db, actor.userId), (r) => r.agent_id);
    return rows.map((r): WorkItem => ({
      key: `qualityFeedbackDue:${r.evaluation_id}`,
      kind: 'qualityFeedbackDue',
      menu: 'quality-feedback',
      due: r.due_day,
      provisional: r.due_problem !== null,
      link: evaluationLink(r.evaluation_id),
      params: { agent: r.agentName, day: r.day, score: Number(r.final_score) },
    }));
  },
};

/** Open calibration sessions the evaluator has not scored every interaction of, due the session's day. */
const calibrations: WorkSource = {
  name: 'quality.calibrations',
  kinds: ['qualityCalibration'],
  menus: ['quality-calibrations'],
  appliesTo: (a) => hasPermission(a.roles, 'quality.evaluate'),
  async items(db, actor) {
    const rows = await repo.calibrationsToScore(db, actor.userId);
    return rows.flatMap((r): WorkItem[] => {
      const total = (JSON.parse(r.interactions) as unknown[]).length;
      const scored = Number(r.scored ?? 0);
      if (scored >= total) return [];
      return [
        {
          key: `qualityCalibration:${r.id}`,
          kind: 'qualityCalibration',
          menu: 'quality-calibrations',
          due: r.day,
          provisional: false,
          link: calibrationLink(r.id),
          params: { title: r.title, scored, total },
        },
      ];
    });
  },
};

/** Open disputes the lead (the agent's direct supervisor named on the dispute) decides. No
 *  decision deadline exists in the module's rules, so they are undated. */
const disputesToDecide: WorkSource = {
  name: 'quality.disputesToDecide',
  kinds: ['qualityDispute'],
  menus: ['quality-disputes'],
  appliesTo: (a) => !!a.employeeId,
  async items(db, actor) {
    const rows = await agentNames(db, await repo.disputesToDecide(db, actor.employeeId!), (r) => r.agent_id);
    return rows.map((r): WorkItem => ({
      key: `qualityDispute:${r.id}`,
      kind: 'qualityDispute',
      menu: 'quality-disputes',
      due: null,
      provisional: false,
      link: disputeLink(r.id),
      params: { agent: r.agentName, day: r.day, score: Number(r.score_before) },
    }));
  },
};

/** Feedback given to the agent, to read and sign: due by the end of the dispute window it opened
 *  (after that the agent can no longer dispute what they are signing). */
const feedbackToAcknowledge: WorkSource = {
  name: 'quality.feedbackToAcknowledge',
  kinds: ['qualityFeedbackAck'],
  menus: ['quality-my-evaluations'],
  appliesTo: (a) => !!a.employeeId,
  async items(db, actor, { calendar }) {
    const rows = await repo.feedbackToAcknowledge(db, actor.employeeId!);
    if (!rows.length) return [];
    const window = await getSetting(db, 'quality.dispute.windowWorkingDays');
    return rows.map((r): WorkItem => {
      const due = r.given_on ? countWorkingDaysIn(calendar, r.given_on, window) : null;
      return {
        key: `qualityFeedbackAck:${r.evaluation_id}`,
        kind: 'qualityFeedbackAck',
        menu: 'quality-my-evaluations',
        due: due?.day ?? null,
        provisional: due ? due.provisionalYear !== null : false,
        link: evaluationLink(r.evaluation_id),
        params: { day: r.day, score: Number(r.final_score) },
      };
    });
  },
};

/** The decision on the agent's dispute, until they open it (its notice is read then). */
const disputeAnswers: WorkSource = {
  name: 'quality.disputeAnswers',
  kinds: ['qualityDisputeAnswer'],
  menus: ['quality-disputes'],
  appliesTo: (a) => !!a.employeeId,
  async items(db, actor) {
    const rows = await repo.unreadDisputeAnswers(db, actor.userId);
    return rows.map((r): WorkItem => {
      const p = JSON.parse(r.params ?? '{}') as Record<string, string | number>;
      return {
        key: `qualityDisputeAnswer:${r.link!.slice(r.link!.lastIndexOf('/') + 1)}`,
        kind: 'qualityDisputeAnswer',
        menu: 'quality-disputes',
        due: null,
        provisional: false,
        link: r.link!,
        params: { day: p.day ?? '', before: p.before ?? '', after: p.after ?? '' },
      };
    });
  },
};

export const QUALITY_WORK_SOURCES: WorkSource[] = [
  sampleQueue,
  feedbackToGive,
  calibrations,
  disputesToDecide,
  feedbackToAcknowledge,
  disputeAnswers,
];
