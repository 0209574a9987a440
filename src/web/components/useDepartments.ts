import { api } from '../api';
import { keys } from '../query/keys';
import { useApiQuery } from '../query/useApiQuery';
import type { Department } from '../types';

const NONE: Department[] = [];

/** Departments with their teams and headcounts (the org key is invalidated by org writes). */
export function useDepartments() {
  const { data, loading, reload } = useApiQuery(keys.org('departments'), () => api.org.departments());
  return { departments: data ?? NONE, loading, reload };
}
