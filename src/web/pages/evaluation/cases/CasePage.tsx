import { useCallback } from 'react';
import { useParams } from 'react-router';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { casesApi } from './casesApi';
import { CaseView } from './CaseView';

/** Loads one case by id; a case out of sight is "not found", as the server says. `reload` after
 *  a step on the case: the case, the case list and the at-risk figures all read again. */
export function useCase(id: string | null) {
  const { data: c, error } = useApiQuery(keys.elimination('case', id), () => casesApi.get(id!), {
    enabled: !!id,
    quiet: true,
  });
  const invalidate = useInvalidate();
  const reload = useCallback(() => {
    void invalidate(keys.elimination(), keys.evaluation());
  }, [invalidate]);
  return { c, error, reload };
}

export default function CasePage() {
  const t = useT();
  const { id = '' } = useParams();
  const { c, error, reload } = useCase(id);
  if (error?.status === 404) return <NotFoundResult title={t('elimination.notFound')} />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!c) return <PageSpin />;
  return <CaseView c={c} onChange={reload} />;
}
