import { z } from 'zod';

// The home page's panels (issue 26 item 2): how the signed-in person's people are doing — for a
// team lead, center manager, training manager, HR or administrator their people scope; for an
// agent or trainee themself next to their team. Each panel carries the web path it opens.

/** One week of QA scores: the mean with its margin (mean ± t·sd/√n at the quality confidence level). */
export const QaWeek = z.object({
  /** The week's Monday (center-local 'YYYY-MM-DD'). */
  week: z.string(),
  n: z.number().int(),
  mean: z.number().nullable(),
  /** Bounds of the interval; null below two scores (no spread to go on). */
  low: z.number().nullable(),
  high: z.number().nullable(),
});
export type QaWeek = z.infer<typeof QaWeek>;

export const QaPanel = z.object({
  path: z.string(),
  /** The confidence level of the margins, in percent. */
  confidencePercent: z.number(),
  /** Oldest week first, the current (partial) week last. */
  mine: z.array(QaWeek),
  /** An agent's team, week by week; null for a lead or manager. */
  team: z.array(QaWeek).nullable(),
});

/** This month's KPIs of a set of agents (null when there is nothing to count). */
export const KpiFigures = z.object({
  handled: z.number().int(),
  /** Resolved at first contact, % of the contacts whose FCR is known. */
  fcrPercent: z.number().nullable(),
  /** Average handling time (talk + hold + wrap) per handled contact, seconds. */
  ahtSeconds: z.number().nullable(),
  /** Satisfied responses (CSAT ≥ appraisal.csatSatisfiedMin), % of the responses. */
  csatPercent: z.number().nullable(),
});
export type KpiFigures = z.infer<typeof KpiFigures>;

export const KpiPanel = z.object({
  path: z.string(),
  from: z.string(),
  to: z.string(),
  /** The targets appraisal scores against (appraisal.kpi.*.target): FCR and CSAT in %, AHT in seconds (lower is better). */
  targets: z.object({ fcrPercent: z.number(), ahtSeconds: z.number(), csatPercent: z.number() }),
  mine: KpiFigures,
  team: KpiFigures.nullable(),
});

/** Attendance exceptions that stand (not excused, not turned into leave) this week. */
export const AttendanceCounts = z.object({
  late: z.number().int(),
  earlyLeave: z.number().int(),
  absent: z.number().int(),
});
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;

export const AttendancePanel = z.object({
  path: z.string(),
  /** This week's Monday to today. */
  from: z.string(),
  to: z.string(),
  mine: AttendanceCounts,
  team: AttendanceCounts.nullable(),
});

export const AtRiskPanel = z.object({
  path: z.string(),
  /** Trainees in scope who meet an elimination criterion or are one step from one. */
  count: z.number().int(),
});

export const HomePanels = z.object({
  today: z.string(),
  /** people: a lead's or manager's scope; self: an agent's own figures next to their team's; none: no panels. */
  audience: z.enum(['people', 'self', 'none']),
  qa: QaPanel.nullable(),
  kpi: KpiPanel.nullable(),
  attendance: AttendancePanel.nullable(),
  atRisk: AtRiskPanel.nullable(),
});
export type HomePanels = z.infer<typeof HomePanels>;

/** The pages the panels open (web paths), by panel and audience. */
export const PANEL_PATHS = {
  qaPeople: '/quality/agent-scores',
  qaSelf: '/quality/my-evaluations',
  kpiTeams: '/interactions/teams',
  kpiAgent: '/interactions/agents',
  attendanceLead: '/attendance/exceptions',
  attendanceSelf: '/attendance/my-attendance',
  atRisk: '/evaluation/at-risk',
} as const;
