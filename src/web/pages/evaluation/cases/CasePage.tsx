import { useCallback, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { casesApi, type CaseDetail } from './casesApi';
import { CaseView } from './CaseView';

/** Loads one case by id; a case out of sight is "not found", as the server says. */
export function useCase(id: string | null) {
  const [c, setCase] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(async () => {
    if (!id) return;
    try { setCase(await casesApi.get(id)); setError(null); } catch (err) { setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err))); }
  }, [id]);
  useEffect(() => { setCase(null); void load(); }, [load]);
  return { c, error, reload: load };
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
