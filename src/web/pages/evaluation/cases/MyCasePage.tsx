import { Empty, Segmented } from 'antd';
import { useState } from 'react';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { casesApi, type CaseSummary } from './casesApi';
import { useCase } from './CasePage';
import { CaseView } from './CaseView';

/** 我的淘汰流程: a trainee's own case(s), read-only except for appealing during the notice. */
const NONE: CaseSummary[] = [];

export default function MyCasePage() {
  const t = useT();
  const { me } = useSession();
  const employeeId = me?.employeeId;
  const list = useApiQuery(
    keys.elimination('cases', 'mine', employeeId),
    () => casesApi.list({ employeeId: employeeId!, pageSize: 50 }),
    {
      enabled: !!employeeId,
    },
  );
  // No person linked, or the list failed (its error is shown): nothing to show but the empty note.
  const cases = !employeeId || list.error ? NONE : (list.data?.data ?? null);
  const [picked, setChosen] = useState<string | null>(null);
  const chosen = picked ?? cases?.[0]?.id ?? null;
  const { c, error, reload } = useCase(chosen);
  if (!cases) return <PageSpin />;
  if (!cases.length)
    return (
      <>
        <PageHeader title={t('elimination.myTitle')} />
        <Empty description={t('elimination.myEmpty')} data-testid="my-case-empty" />
      </>
    );
  return (
    <>
      {cases.length > 1 && (
        <Segmented
          value={chosen ?? undefined}
          onChange={(v) => setChosen(String(v))}
          style={{ marginBottom: 12 }}
          options={cases.map((x) => ({
            value: x.id,
            label: `${x.openedAt.slice(0, 10)} · ${t(`elimination.statuses.${x.status}`)}`,
          }))}
        />
      )}
      {error ? <LoadFailedResult onRetry={reload} /> : c ? <CaseView c={c} onChange={reload} /> : <PageSpin />}
    </>
  );
}
