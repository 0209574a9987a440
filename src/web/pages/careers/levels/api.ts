import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ConfirmInput,
  Grade,
  GradeInput,
  GradeUpdate,
  LevelCriterion,
  LevelHistoryEntry,
  TrainerLevelDetail,
  TrainerLevelRow,
} from '../../../../common/careers-levels';
import { http } from '../../../api';

// The typed endpoints of trainer levels (/api/careers/levels); the transport is the one client.
export type { Grade, LevelCriterion, LevelHistoryEntry, TrainerLevelRow };
export type TrainerDetail = z.infer<typeof TrainerLevelDetail>;

/** Query keys: everything under ['careers', 'levels'] is refreshed after a levels write. */
export const levelsKey = (...parts: unknown[]): QueryKey => ['careers', 'levels', ...parts];
const id = (s: string) => encodeURIComponent(s);
const base = '/careers/levels';

export const levelsApi = {
  grades: () => http.get<Grade[]>(`${base}/grades`),
  createGrade: (body: z.input<typeof GradeInput>) => http.post<{ id: string }>(`${base}/grades`, body),
  updateGrade: (gid: string, body: z.input<typeof GradeUpdate>) => http.put(`${base}/grades/${id(gid)}`, body),
  deleteGrade: (gid: string) => http.del(`${base}/grades/${id(gid)}`),
  trainers: (readyOnly: boolean) => http.get<TrainerLevelRow[]>(`${base}/trainers`, { readyOnly: String(readyOnly) }),
  trainer: (tid: string) => http.get<TrainerDetail>(`${base}/trainers/${id(tid)}`),
  confirm: (tid: string, body: z.input<typeof ConfirmInput>) =>
    http.post<{ id: string }>(`${base}/trainers/${id(tid)}/confirm`, body),
};
