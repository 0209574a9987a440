import { useApiQuery } from '../../query/useApiQuery';
import { homeApi, homeKey } from './api';

/** The signed-in person's work list: the home page lists it and the menu counts it (one read). */
export const useWork = () => useApiQuery(homeKey('work'), homeApi.work, { quiet: true });
