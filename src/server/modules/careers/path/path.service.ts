import type { PathRecordEntry, PathStep, PathView } from '../../../../common/careers-path.js';
import type {
  CareerEvent,
  NominationStatus,
  Outcome,
  ReserveCriteria,
  RoundStatus,
} from '../../../../common/careers.js';
import type { Db } from '../../../db/connect.js';
import { requirePersonInScope } from '../../../lib/access.js';
import type { Actor } from '../../../lib/actor.js';
import { todayInCenter } from '../../../lib/center-time.js';
import { daysBetween } from '../../../lib/clock.js';
import { ruleBroken } from '../../../lib/errors.js';
import { certificationCheck } from '../../evaluation/certify.service.js';
import { getEmployee } from '../../people/employees.service.js';
import { placeOf } from '../../people/identity.service.js';
import { trainerStanding } from '../levels/standing.js';
import { ENTRY_STATUSES, reserveEligibility } from '../reserve/eligibility.js';
import { careerEventsOf } from '../shared/events.js';
import * as repo from './path.repo.js';

// My path (SPEC §11, issue 21 item 4): the next steps open to a person with where they stand —
// regular agents and key staff against the reserve criteria (the running round's when one is
// open, else the settings'), trainees and agents on probation against the new-hire evaluation's
// certification, a reserve team lead (chosen, not yet promoted) toward team lead, internal
// trainers against their next level — and their career record: career
// events merged with the dated status changes (promotions to key staff or team lead show there).

export async function myPath(db: Db, actor: Actor) {
  if (!actor.employeeId) throw ruleBroken('NO_EMPLOYEE', 'Your account is not linked to a person');
  return pathOf(db, actor, actor.employeeId);
}

/** A person's path: themself, or someone in the actor's people scope (404 otherwise, as one who does not exist). */
export async function pathOf(db: Db, actor: Actor, employeeId: string): Promise<PathView> {
  requirePersonInScope(actor, await placeOf(db, employeeId));
  const [person, today, events] = await Promise.all([
    getEmployee(db, actor, employeeId),
    todayInCenter(db),
    careerEventsOf(db, employeeId),
  ]);
  const history = [...person.statusHistory].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
  const since = person.statusSince ?? history.at(-1)?.effectiveDate ?? person.hireDate;
  const daysInStatus = Math.max(0, daysBetween(since, today));

  const steps: PathStep[] = [];
  if ((ENTRY_STATUSES as readonly string[]).includes(person.status))
    steps.push(reserveMember(events) ?? (await reserveStep(db, employeeId)));
  if (person.status === 'trainee' || person.status === 'probation') {
    const check = await certificationCheck(db, actor, employeeId);
    steps.push({
      kind: 'regular_status',
      target: person.status === 'trainee' ? 'probation' : 'regular',
      step: check.step,
      ready: check.ready,
      blockers: check.blockers.map((b) => ({ code: b.code, message: b.message })),
      daysInStatus,
    });
  }
  const standing = await trainerStanding(db, employeeId);
  if (standing) steps.push({ kind: 'trainer_level', standing });

  const record: PathRecordEntry[] = [
    ...history.map((h) => ({
      day: h.effectiveDate,
      kind: 'status_change' as const,
      fromStatus: h.fromStatus ?? null,
      toStatus: h.toStatus,
      roundId: null,
      detail: h.reason ? { reason: h.reason } : null,
    })),
    ...events.map((e) => ({
      day: e.day,
      kind: e.kind,
      fromStatus: null,
      toStatus: null,
      roundId: e.roundId,
      detail: e.detail,
    })),
  ];
  // Oldest first (events in the order written, a status change after the events of its day), then turned round.
  const rank = (e: PathRecordEntry) => (e.kind === 'status_change' ? 1 : 0);
  record.sort((a, b) => a.day.localeCompare(b.day) || rank(a) - rank(b)).reverse();

  return {
    person: {
      employeeId,
      employeeNo: person.employeeNo,
      name: person.name,
      status: person.status,
      teamName: person.teamName,
      departmentName: person.departmentName,
      hireDate: person.hireDate,
      statusSince: since,
      daysInStatus,
    },
    steps,
    record,
  };
}

/**
 * Chosen in a round (the latest reserve outcome is reserve_chosen) and not a team lead yet: the
 * person is a reserve team lead, whose next step is team lead itself, not another round.
 */
function reserveMember(events: CareerEvent[]): PathStep | null {
  const outcome = events.filter((e) => e.kind === 'reserve_chosen' || e.kind === 'reserve_not_chosen').at(-1);
  if (outcome?.kind !== 'reserve_chosen') return null;
  const enrolled = events.find((e) => e.kind === 'management_training_enrolled' && e.roundId === outcome.roundId);
  const score = outcome.detail?.finalScore;
  return {
    kind: 'team_lead',
    chosenOn: outcome.day,
    roundId: outcome.roundId,
    roundName: typeof outcome.detail?.roundName === 'string' ? outcome.detail.roundName : null,
    finalScore: typeof score === 'number' ? score : null,
    trainingCohortId: enrolled?.ref ?? null,
  };
}

async function reserveStep(db: Db, employeeId: string): Promise<PathStep> {
  const round = await repo.runningRound(db);
  const criteria = round ? (JSON.parse(round.criteria) as ReserveCriteria) : undefined;
  const eligibility = (await reserveEligibility(db, [employeeId], criteria)).get(employeeId)!;
  const entry = round ? await repo.entryOf(db, round.id, employeeId) : undefined;
  return {
    kind: 'reserve_team_lead',
    eligibility,
    round: round
      ? {
          id: round.id,
          name: round.name,
          status: round.status as RoundStatus,
          nominationsOpen: round.nominations_open,
          nominationsClose: round.nominations_close,
          talkDay: round.talk_day,
        }
      : null,
    entry: entry ? { status: entry.status as NominationStatus, outcome: entry.outcome as Outcome | null } : null,
  };
}
