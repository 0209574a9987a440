import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  MyScoringRound,
  MyScoringSheet,
  PanelSetupInput,
  PanelView,
  PublishedResults,
  PublishInput,
  SheetInput,
} from '../../../../common/careers-panel';
import { http } from '../../../api';

// The typed endpoints of the panel part (/api/careers/panel); the transport is the one client.
export type { MyScoringSheet, PanelView, PublishedResults };
export type ScoringRound = z.infer<typeof MyScoringRound>;
export type Candidate = PanelView['candidates'][number];

/** Query keys: everything under ['careers', 'panel'] is refreshed after a panel write. */
export const panelKey = (...parts: unknown[]): QueryKey => ['careers', 'panel', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/careers/panel';

export const panelApi = {
  view: (roundId: string) => http.get<PanelView>(`${base}/rounds/${id(roundId)}`),
  setup: (roundId: string, body: z.input<typeof PanelSetupInput>) =>
    http.put<{ version: number }>(`${base}/rounds/${id(roundId)}/setup`, body),
  publish: (roundId: string, body: z.input<typeof PublishInput>) =>
    http.post<{ chosen: number; cohortId: string | null }>(`${base}/rounds/${id(roundId)}/publish`, body),
  results: (roundId: string) => http.get<PublishedResults>(`${base}/rounds/${id(roundId)}/results`),
  myRounds: () => http.get<ScoringRound[]>(`${base}/scoring`),
  mySheet: (roundId: string) => http.get<MyScoringSheet>(`${base}/scoring/${id(roundId)}`),
  submit: (roundId: string, nominationId: string, body: z.input<typeof SheetInput>) =>
    http.put<{ total: number }>(`${base}/scoring/${id(roundId)}/sheets/${id(nominationId)}`, body),
};
