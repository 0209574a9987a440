import { R, type LegRole, type Row } from './import.convert.js';

// The legs of Asterisk calls (issue 16). cdr_csv writes one row per leg, and the legs of one call
// share its call_id (linkedid, else uniqueid): a queue that rang three agents, a transfer, a
// forked CDR. What a leg counts for depends on the other legs of its call, which may be anywhere
// in the file, so the whole file is read once first (planner.see on every leg) and the import
// then asks planner.place for each leg as it writes it (also when it resumes mid-file):
//   call      the call's own leg: its earliest answered leg, or its earliest leg when none was
//             answered. Offered once; handled when answered; the one the service level counts.
//   transfer  the earliest answered leg of each other agent: offered and handled for that agent.
//   segment   a further answered leg of an agent who already has one (a fork): its talk only.
//   attempt   an unanswered leg of a call another leg carries: counts nothing (the summary says
//             how many), never a rejected row.
// "Earliest" is by start time, then by position in the file. Files without sequence key legs by
// row order: the n-th row of a uniqueid is uniqueid#n (the first keeps the bare uniqueid), so
// importing the same file again gives the same keys and adds nothing.

interface Leg {
  ms: number;
  line: number;
}
const before = (a: Leg, b: Leg) => a.ms < b.ms || (a.ms === b.ms && a.line < b.line);

export interface LegSummary {
  calls: number;
  legs: number;
  transfers: number;
  attempts: number;
}

export class LegPlanner {
  private readonly callIndex = new Map<string, number>();
  private first: Leg[] = [];
  private primary: (Leg | null)[] = [];
  /** Per call, the earliest answered leg of each agent (a Map only for calls with several agents). */
  private byAgent: (string | Map<string, Leg> | null)[] = [];
  private firstOfAgent: (Leg | null)[] = [];
  /** Rows of a uniqueid after its first (files without sequence), by line: their number. */
  private readonly occurrence = new Map<number, number>();
  private readonly seenIds = new Map<string, number>();
  private legs = 0;
  private answeredLegs = 0;

  /** First pass: one accepted leg at its line; `sequenced` when the file has a sequence column. */
  see(row: Row, line: number, sequenced: boolean) {
    this.legs++;
    const callId = row[R.callId] as string;
    let c = this.callIndex.get(callId);
    const leg: Leg = { ms: Date.parse(row[R.startedAt] as string), line };
    if (c === undefined) {
      c = this.first.length;
      this.callIndex.set(callId, c);
      this.first.push(leg);
      this.primary.push(null);
      this.byAgent.push(null);
      this.firstOfAgent.push(null);
    } else if (before(leg, this.first[c])) this.first[c] = leg;
    if (!sequenced) {
      const id = row[R.id] as string;
      const n = (this.seenIds.get(id) ?? 0) + 1;
      this.seenIds.set(id, n);
      if (n > 1) this.occurrence.set(line, n);
    }
    if (row[R.answered] !== 1) return;
    this.answeredLegs++;
    const p = this.primary[c];
    if (!p || before(leg, p)) this.primary[c] = leg;
    const agent = row[R.agent] as string;
    const had = this.byAgent[c];
    if (had === null) {
      this.byAgent[c] = agent;
      this.firstOfAgent[c] = leg;
    } else if (typeof had === 'string') {
      if (had === agent) {
        if (before(leg, this.firstOfAgent[c]!)) this.firstOfAgent[c] = leg;
      } else
        this.byAgent[c] = new Map([
          [had, this.firstOfAgent[c]!],
          [agent, leg],
        ]);
    } else {
      const a = had.get(agent);
      if (!a || before(leg, a)) had.set(agent, leg);
    }
  }

  /** Done seeing: what the file holds. The uniqueid counts are no longer needed. */
  seal(): LegSummary {
    this.seenIds.clear();
    let answeredCalls = 0;
    let agentFirsts = 0; // per answered call, its answering agents
    for (let c = 0; c < this.first.length; c++) {
      if (!this.primary[c]) continue;
      answeredCalls++;
      const a = this.byAgent[c];
      agentFirsts += a instanceof Map ? a.size : 1;
    }
    const unansweredLegs = this.legs - this.answeredLegs;
    return {
      calls: this.first.length,
      legs: this.legs,
      transfers: agentFirsts - answeredCalls,
      attempts: unansweredLegs - (this.first.length - answeredCalls),
    };
  }

  /** Second pass: the leg's key and role, written into the row. */
  place(row: Row, line: number) {
    const n = this.occurrence.get(line);
    if (n) row[R.id] = `${row[R.id] as string}#${n}`;
    const c = this.callIndex.get(row[R.callId] as string);
    if (c === undefined) return; // not seen in the first pass (cannot happen for an unchanged file)
    row[R.leg] = this.roleOf(c, row, line);
  }

  private roleOf(c: number, row: Row, line: number): LegRole {
    const p = this.primary[c];
    if (row[R.answered] !== 1) return !p && this.first[c].line === line ? 'call' : 'attempt';
    if (p!.line === line) return 'call';
    // The primary is the earliest answered leg, so its agent's earliest leg is the primary itself.
    const had = this.byAgent[c]!;
    const mine = typeof had === 'string' ? this.firstOfAgent[c]! : had.get(row[R.agent] as string)!;
    return mine.line === line ? 'transfer' : 'segment';
  }
}
