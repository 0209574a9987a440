import type { QueryKey } from '@tanstack/react-query';
import type {
  RecordingLimits,
  RecordingRatingInput,
  RecordingUploaded,
  RecordingView,
} from '../../../../common/drills-recordings';
import { http, type Query } from '../../../api';

// The typed endpoints of read-aloud recordings (/api/drills/recordings); the transport is the one client.
export type Recording = RecordingView;
export type Limits = RecordingLimits;

/** Query keys: everything under ['drills', 'recordings'] is refreshed after a recordings write. */
export const recordingsKey = (...parts: unknown[]): QueryKey => ['drills', 'recordings', ...parts];
const base = '/drills/recordings';
const id = (s: string) => encodeURIComponent(s);

export const recordingsApi = {
  limits: () => http.get<Limits>(`${base}/limits`),
  list: (q: Query) => http.list<Recording>(base, q),
  /** The card first, then the length, then the file: the server checks the fields before it reads the file. */
  upload: (o: { cardId: string; file: Blob; fileName: string; seconds: number | null }) => {
    const form = new FormData();
    form.append('cardId', o.cardId);
    if (o.seconds !== null) form.append('seconds', String(Math.round(o.seconds)));
    form.append('file', o.file, o.fileName);
    return http.post<RecordingUploaded>(base, form);
  },
  rate: (rid: string, body: RecordingRatingInput) => http.post<{ version: number }>(`${base}/${id(rid)}/rating`, body),
  fileUrl: (rid: string) => `/api${base}/${id(rid)}/file`,
};
