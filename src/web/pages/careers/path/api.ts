import type { QueryKey } from '@tanstack/react-query';
import type { PathStep, PathView } from '../../../../common/careers-path';
import { http } from '../../../api';

// The typed endpoints of the path part (/api/careers/path); the transport is the one client.
export type { PathStep, PathView };
export type Step<K extends PathStep['kind']> = Extract<PathStep, { kind: K }>;

export const pathKey = (...parts: unknown[]): QueryKey => ['careers', 'path', ...parts];

export const pathApi = {
  me: () => http.get<PathView>('/careers/path/me'),
  of: (employeeId: string) => http.get<PathView>(`/careers/path/${encodeURIComponent(employeeId)}`),
};
