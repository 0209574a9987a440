import type { HomePanels } from '../../../../common/home-panels';
import { http } from '../../../api';
import { useApiQuery } from '../../../query/useApiQuery';
import { homeKey } from '../api';

// GET /api/home/panels through the one client; under ['home'], so any write refreshes it.
export const panelsApi = {
  panels: () => http.get<HomePanels>('/home/panels'),
};

export const usePanels = () => useApiQuery(homeKey('panels'), panelsApi.panels, { quiet: true });
