import { Empty, Segmented } from 'antd';
import { useEffect, useState } from 'react';
import { LoadFailedResult, PageSpin } from '../../../components/Results';
import { PageHeader } from '../../../components/PageHeader';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { casesApi, type CaseSummary } from './casesApi';
import { useCase } from './CasePage';
import { CaseView } from './CaseView';

/** 我的淘汰流程: a trainee's own case(s), read-only except for appealing during the notice. */
export default function MyCasePage() {
  const t = useT();
  const { me } = useSession();
  const [cases, setCases] = useState<CaseSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    if (!me?.employeeId) { setCases([]); return; }
    casesApi.list({ employeeId: me.employeeId, pageSize: 50 })
      .then((p) => { setCases(p.data); setChosen(p.data[0]?.id ?? null); })
      .catch((err) => { showError(err); setCases([]); });
  }, [me?.employeeId]);
  const { c, error, reload } = useCase(chosen);
  if (!cases) return <PageSpin />;
  if (!cases.length) return (<><PageHeader title={t('elimination.myTitle')} /><Empty description={t('elimination.myEmpty')} data-testid="my-case-empty" /></>);
  return (
    <>
      {cases.length > 1 && <Segmented value={chosen ?? undefined} onChange={(v) => setChosen(String(v))} style={{ marginBottom: 12 }}
        options={cases.map((x) => ({ value: x.id, label: `${x.openedAt.slice(0, 10)} · ${t(`elimination.statuses.${x.status}`)}` }))} />}
      {error ? <LoadFailedResult onRetry={reload} /> : c ? <CaseView c={c} onChange={reload} /> : <PageSpin />}
    </>
  );
}
