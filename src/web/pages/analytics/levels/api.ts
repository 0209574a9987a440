import type { QueryKey } from '@tanstack/react-query';
import type {
  ExamPair,
  LevelsOverviewQuery,
  LevelsOverviewRow,
  PairInput,
  ProgramExam,
  ProgramLevels,
} from '../../../../common/analytics-levels';
import { http } from '../../../api';
import { analyticsKey } from '../facts/api';

// The typed endpoints of the levels part (/api/analytics/levels); the transport is the one client.
export const levelsKey = (...parts: unknown[]): QueryKey => analyticsKey('levels', ...parts);

export const levelsApi = {
  overview: (q: LevelsOverviewQuery) => http.get<LevelsOverviewRow[]>('/analytics/levels', { ...q }),
  program: (id: string) => http.get<ProgramLevels>(`/analytics/levels/programs/${encodeURIComponent(id)}`),
  exams: (id: string) => http.get<ProgramExam[]>(`/analytics/levels/programs/${encodeURIComponent(id)}/exams`),
  addPair: (id: string, input: PairInput) =>
    http.post<ExamPair>(`/analytics/levels/programs/${encodeURIComponent(id)}/pairs`, input),
  removePair: (pairId: string) => http.del(`/analytics/levels/pairs/${encodeURIComponent(pairId)}`),
};
