import type { SweepResult, WarningMetric, WeekValue } from '../../../../common/analytics-warnings.js';
import type { Db } from '../../../db/connect.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { addDays, nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import { notify } from '../../../lib/notify.js';
import { getSetting } from '../../../lib/settings.js';
import { people, teamLeads } from '../../people/identity.service.js';
import { causesOf } from './causes.js';
import { judgeDecline, spanWeeks, type Decline } from './decline.js';
import * as src from './sources.repo.js';
import { warningLink } from './warnings.work.js';
import * as repo from './warnings.repo.js';

// The sweep (issue 22 item 5): for every active agent, the weekly QA score and KPIs of the last
// analytics.warnings.weeks full weeks, judged by decline.ts; a decline becomes (or refreshes) the
// person's one live warning for that metric with its causes, and the team's lead is told when it
// is new; a live warning whose decline the sweep no longer finds is resolved. Run by the interval
// task in sweep.job.ts and on demand (POST /api/analytics/warnings/sweep). Idempotent: a second
// sweep in the same week finds the same weeks and changes nothing but swept_at.

const ACTIVE = ['regular', 'key_staff', 'probation'];
const r2 = (x: number) => Math.round(x * 100) / 100;

type Counters = { handled: number; talk: number; hold: number; wrap: number };
interface Series {
  values: Record<WarningMetric, WeekValue[]>;
  counters: Counters[];
}
interface Flag {
  agentId: string;
  metric: WarningMetric;
  weeks: WeekValue[];
  decline: Decline;
  threshold: number;
}

async function sweepSettings(db: Db) {
  const [weeks, method, qaDrop, kpiDrop, minEvaluations, minContacts] = await Promise.all([
    getSetting(db, 'analytics.warnings.weeks'),
    getSetting(db, 'analytics.warnings.method'),
    getSetting(db, 'analytics.warnings.qaDropPoints'),
    getSetting(db, 'analytics.warnings.kpiDropPercent'),
    getSetting(db, 'analytics.warnings.minWeeklyEvaluations'),
    getSetting(db, 'analytics.warnings.minWeeklyContacts'),
  ]);
  return { weeks, method, qaDrop, kpiDrop, minEvaluations, minContacts };
}

async function weeklySeries(db: Db, weeks: src.Week[], ids: Set<string>, s: Awaited<ReturnType<typeof sweepSettings>>) {
  const series = new Map<string, Series>();
  const of = (id: string) => {
    let x = series.get(id);
    if (!x) {
      const empty = () => weeks.map((w) => ({ week: w.start, value: null, n: 0 }) as WeekValue);
      x = {
        values: { qa: empty(), fcr: empty(), aht: empty(), csat: empty() },
        counters: weeks.map(() => ({ handled: 0, talk: 0, hold: 0, wrap: 0 })),
      };
      series.set(id, x);
    }
    return x;
  };
  const [qa, kpi] = await Promise.all([src.weeklyQa(db, weeks), src.weeklyKpi(db, weeks)]);
  for (const r of qa) {
    if (!ids.has(r.agent_id) || r.wk === null) continue;
    const n = Number(r.n);
    of(r.agent_id).values.qa[Number(r.wk)] = {
      week: weeks[Number(r.wk)]!.start,
      n,
      value: n >= s.minEvaluations ? r2(Number(r.total) / n) : null,
    };
  }
  for (const r of kpi) {
    if (!ids.has(r.agent_id) || r.wk === null) continue;
    const wk = Number(r.wk);
    const week = weeks[wk]!.start;
    const n = Number(r.handled);
    const enough = n >= s.minContacts;
    const [talk, hold, wrap] = [Number(r.talk), Number(r.hold), Number(r.wrap)];
    const [yes, known, csatSum, csatCount] = [r.fcr_yes, r.fcr_known, r.csat_sum, r.csat_count].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const x = of(r.agent_id);
    x.counters[wk] = { handled: n, talk, hold, wrap };
    x.values.aht[wk] = { week, n, value: enough ? r2((talk + hold + wrap) / n) : null };
    x.values.fcr[wk] = { week, n, value: enough && known ? r2((100 * yes) / known) : null };
    x.values.csat[wk] = { week, n, value: enough && csatCount ? r2(csatSum / csatCount) : null };
  }
  return series;
}

export async function sweepWarnings(db: Db): Promise<SweepResult> {
  const s = await sweepSettings(db);
  const today = await todayInCenter(db);
  const weeks = spanWeeks(today, s.weeks).map((start) => ({ start, end: addDays(start, 6) }));
  const agents = await people(db, { scope: { kind: 'all' }, statuses: ACTIVE });
  const byId = new Map(agents.map((a) => [a.id, a]));
  const series = await weeklySeries(db, weeks, new Set(byId.keys()), s);

  const flags: Flag[] = [];
  for (const [agentId, x] of series) {
    for (const metric of ['qa', 'fcr', 'aht', 'csat'] as const) {
      const threshold = metric === 'qa' ? s.qaDrop : s.kpiDrop;
      const decline = judgeDecline(
        x.values[metric].map((w) => w.value),
        {
          method: s.method,
          higherIsBetter: metric !== 'aht',
          judgedOn: metric === 'qa' ? 'points' : 'percent',
          threshold,
        },
      );
      if (decline) flags.push({ agentId, metric, weeks: x.values[metric], decline, threshold });
    }
  }
  const causes = new Map<Flag, string>();
  for (const f of flags) {
    const x = series.get(f.agentId)!;
    const list = await causesOf(db, f.agentId, f.metric, weeks[f.decline.first]!, weeks[f.decline.last]!, {
      first: x.counters[f.decline.first]!,
      last: x.counters[f.decline.last]!,
    });
    causes.set(f, JSON.stringify(list));
  }

  const at = nowIso();
  const result = {
    weeks: weeks.map((w) => w.start),
    agents: byId.size,
    flagged: flags.length,
    created: 0,
    updated: 0,
    resolved: 0,
  };
  const created: (Flag & { id: string })[] = [];
  await db.transaction().execute(async (trx) => {
    const live = new Map((await repo.liveWarnings(trx)).map((w) => [w.open_key!, w]));
    for (const f of flags) {
      const key = `${f.agentId}:${f.metric}`;
      const figures = {
        method: s.method,
        weeks: JSON.stringify(f.weeks),
        fall: f.decline.fall,
        fall_percent: f.decline.fallPercent,
        threshold: f.threshold,
        causes: causes.get(f)!,
        swept_at: at,
      };
      const old = live.get(key);
      live.delete(key);
      if (old) {
        await repo.updateWarning(trx, old.id, { ...figures, version: old.version + 1 });
        result.updated += 1;
      } else {
        const id = newId();
        await repo.insertWarning(trx, {
          id,
          employee_id: f.agentId,
          metric: f.metric,
          status: 'open',
          open_key: key,
          flagged_at: at,
          closed_at: null,
          resolved_at: null,
          version: 1,
          ...figures,
        });
        created.push({ ...f, id });
      }
    }
    for (const w of live.values()) {
      await repo.updateWarning(trx, w.id, {
        status: 'resolved',
        open_key: null,
        resolved_at: at,
        swept_at: at,
        version: w.version + 1,
      });
      result.resolved += 1;
    }
    result.created = created.length;
    const leads = await teamLeads(trx, [...new Set(created.map((f) => byId.get(f.agentId)!.teamId))]);
    for (const f of created) {
      const person = byId.get(f.agentId)!;
      await notify(trx, {
        userIds: leads.filter((l) => l.teamId === person.teamId && l.employeeId !== person.id).map((l) => l.userId),
        kind: 'analytics_warning',
        params: { name: person.name, metric: f.metric.toUpperCase(), weeks: s.weeks },
        link: warningLink(f.id),
      });
    }
  });
  return result;
}
