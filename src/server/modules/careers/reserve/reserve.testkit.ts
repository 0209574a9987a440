import { expect } from 'vitest';
import type { Db } from '../../../db/connect.js';
import { nowIso } from '../../../lib/clock.js';
import { newId } from '../../../lib/ids.js';
import type { Client } from '../../../test/harness.js';
import { addPerson, teamIdOf } from '../../../test/helpers.js';

// Fixtures the reserve tests share: people placed as a test needs them, a discipline record HR
// has confirmed (discipline's own flow is tested in its module; reserve only reads confirmed
// records through discipline.facts.ts), and a round HR has drafted and opened.

export { publishedTotals } from '../../mentorship/pool/pool.testkit.js';

/** A person added by HR in a team (by code), regular and hired long ago unless said. */
export const person = async (hr: Client, db: Db, team: string, fields: Record<string, unknown> = {}) =>
  addPerson(hr, db, { teamId: await teamIdOf(db, team), hireDate: '2020-03-02', status: 'regular', ...fields });

/** A confirmed discipline record of the person, dated `occurredOn`, counting until `expiresOn`. */
export async function confirmedRecord(db: Db, employeeId: string, occurredOn: string, expiresOn = '2031-01-01') {
  const id = newId();
  const at = nowIso();
  await db
    .insertInto('discipline_records')
    .values({
      id,
      employee_id: employeeId,
      kind: 'rule_breach',
      occurred_on: occurredOn,
      description: '违反现场纪律',
      evidence_text: null,
      interaction_id: null,
      attendance_session_id: null,
      status: 'confirmed',
      expires_on: expiresOn,
      recorded_by: 'fixture',
      recorded_by_name: 'fixture',
      recorded_at: at,
      response_kind: null,
      response_text: null,
      responded_at: null,
      decision: 'confirm',
      decision_reason: '属实',
      decided_by: 'fixture',
      decided_by_name: 'fixture',
      decided_at: at,
      version: 1,
      updated_at: at,
    })
    .execute();
  return id;
}

export const roundsUrl = '/api/careers/reserve/rounds';

/** HR drafts a round (window today..+nominationDays-1 unless the body says) and opens it. */
export async function openRound(hr: Client, body: Record<string, unknown> = {}) {
  const created = await hr.post(roundsUrl, { name: '2026年第四季度储备团队长竞聘', ...body });
  expect(created.status, created.raw).toBe(200);
  const opened = await hr.post(`${roundsUrl}/${created.body.data.id}/open`, { version: created.body.data.version });
  expect(opened.status, opened.raw).toBe(200);
  return opened.body.data as {
    id: string;
    version: number;
    status: string;
    nominationsOpen: string;
    nominationsClose: string;
  };
}

/** The round as it is now (for its version). */
export async function roundNow(c: Client, id: string) {
  const res = await c.get(`${roundsUrl}/${id}`);
  expect(res.status, res.raw).toBe(200);
  return res.body.data as { id: string; version: number; status: string };
}
