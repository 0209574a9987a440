import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  EligibleRow,
  MyRoundView,
  Nomination,
  RoundInput,
  RoundSummary,
  ScreenInput,
  ShortlistEntry,
  Round,
} from '../../../../common/careers-reserve';
import type { ReserveCriterion } from '../../../../common/careers';
import { http } from '../../../api';

// The typed endpoints of the reserve part (/api/careers/reserve); the transport is the one client.
export type { Nomination, Round, ReserveCriterion, ShortlistEntry };
export type RoundRow = z.infer<typeof RoundSummary>;
export type Eligible = z.infer<typeof EligibleRow>;
export type MyRound = z.infer<typeof MyRoundView>;
export type RoundMove = 'open' | 'close' | 'publish' | 'cancel';

/** Query keys: everything under ['careers', 'reserve'] is refreshed after a reserve write. */
export const reserveKey = (...parts: unknown[]): QueryKey => ['careers', 'reserve', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/careers/reserve';
const round = (roundId: string, tail = '') => `${base}/rounds/${id(roundId)}${tail}`;

export const reserveApi = {
  rounds: () => http.get<RoundRow[]>(`${base}/rounds`),
  round: (roundId: string) => http.get<Round>(round(roundId)),
  create: (body: z.input<typeof RoundInput>) => http.post<Round>(`${base}/rounds`, body),
  move: (roundId: string, move: RoundMove, version: number) =>
    http.post<Round>(round(roundId, `/${move}`), { version }),
  me: (roundId: string) => http.get<MyRound>(round(roundId, '/me')),
  eligibility: (roundId: string, eligibleOnly: boolean) =>
    http.get<Eligible[]>(round(roundId, '/eligibility'), { eligibleOnly: String(eligibleOnly) }),
  nominations: (roundId: string) => http.get<Nomination[]>(round(roundId, '/nominations')),
  shortlist: (roundId: string) => http.get<ShortlistEntry[]>(round(roundId, '/shortlist')),
  nominate: (roundId: string, statement: string) =>
    http.post<{ id: string }>(round(roundId, '/nominations'), { statement }),
  recommend: (roundId: string, employeeId: string, note: string) =>
    http.post<{ id: string }>(round(roundId, '/recommendations'), { employeeId, note }),
  withdraw: (nominationId: string) => http.post(`${base}/nominations/${id(nominationId)}/withdraw`),
  screen: (nominationId: string, body: z.input<typeof ScreenInput>) =>
    http.post<Nomination>(`${base}/nominations/${id(nominationId)}/screen`, body),
};
