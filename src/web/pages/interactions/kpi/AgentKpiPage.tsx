import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Card, Empty } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { ForbiddenResult, LoadFailedResult, NotFoundResult } from '../../../components/Results';
import { useCan } from '../../../access';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { interactionsApi } from '../interactionsApi';
import { KpiBody } from './KpiBody';
import { KpiFilters } from './KpiFilters';
import { TraceTable } from './TraceTable';
import { useKpiFilters, useRefreshWhile } from './useKpiData';

/** 坐席指标: one agent's daily KPIs over a range (default: the signed-in person, last 30 days). */
export default function AgentKpiPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useSession();
  const params = useParams();
  const employeeId = params.employeeId ?? me?.employeeId ?? undefined;
  const filters = useKpiFilters();
  const { from, to, businessType, channel, day, query } = filters;
  const { data, error, loading, reload, refresh } = useApiQuery(
    keys.interactions('agentDaily', employeeId, from, to, businessType, channel),
    () => interactionsApi.agentDaily(employeeId!, query),
    { enabled: !!employeeId, quiet: true, keepPrevious: !!employeeId },
  );
  // A team lead or manager who takes no calls opens the page on nobody, not on their own zeros.
  const seesOthers = useCan()('interactions.teams');
  const pickFirst = !params.employeeId && seesOthers && data?.total.offered === 0;
  useRefreshWhile(!!data?.serviceLevelRecount, refresh);

  if (error?.status === 403) return <ForbiddenResult />;
  if (error?.status === 404) return <NotFoundResult />;

  const picker = (
    <EmployeeSelect
      key={`${employeeId}|${data?.name ?? ''}`} // the name shows once the KPIs have loaded
      value={pickFirst ? undefined : employeeId}
      initial={data && employeeId && !pickFirst ? { id: employeeId, name: data.name } : null}
      onChange={(v) => {
        if (v) navigate({ pathname: `/interactions/agents/${v}`, search: filters.search });
      }}
      placeholder={t('interactions.kpi.pickAgent')}
      data-testid="kpi-agent-select"
      {...{ style: { width: 240 } }}
    />
  );

  return (
    <>
      <PageHeader
        title={
          data && !pickFirst ? t('interactions.kpi.agentTitle', { name: data.name }) : t('interactions.kpi.agentPick')
        }
      />
      <KpiFilters filters={filters} businessTypes={data?.businessTypes ?? []}>
        {picker}
      </KpiFilters>
      {(!employeeId || pickFirst) && (
        <Card>
          <Empty description={t('interactions.kpi.pickAgentHint')} data-testid="kpi-pick-agent" />
        </Card>
      )}
      {error && <LoadFailedResult onRetry={reload} />}
      {employeeId && !pickFirst && !error && (
        <>
          <KpiBody data={data} loading={loading} day={day} onDayClick={(d) => filters.set({ day: d })} />
          {data && data.total.offered > 0 && (
            <TraceTable
              target={{ agentId: employeeId }}
              from={from}
              to={to}
              day={day}
              businessType={businessType}
              channel={channel}
              onClearDay={() => filters.set({ day: undefined })}
            />
          )}
        </>
      )}
    </>
  );
}
