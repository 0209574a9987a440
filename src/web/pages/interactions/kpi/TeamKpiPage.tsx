import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { TeamSelect } from '../../../components/OrgPickers';
import { PageHeader } from '../../../components/PageHeader';
import { ForbiddenResult, LoadFailedResult, NotFoundResult } from '../../../components/Results';
import { StatusTag } from '../../../components/Tags';
import { useDepartments } from '../../../components/useDepartments';
import { useT } from '../../../i18n';
import type { EmployeeStatus } from '../../../types';
import { avg, count, mmss, pct } from '../format';
import { interactionsApi, type AgentFigures, type Figures } from '../interactionsApi';
import { KpiBody } from './KpiBody';
import { KpiFilters } from './KpiFilters';
import { TraceTable } from './TraceTable';
import { useKpiFilters, useRefreshWhile } from './useKpiData';

// Nulls sort last whichever way.
const byNumber = (f: (a: AgentFigures) => number | null) => (a: AgentFigures, b: AgentFigures) =>
  (f(a) ?? -Infinity) - (f(b) ?? -Infinity);

/** 班组指标: a team's daily KPIs and each agent's figures for the range (a team lead: their team). */
export default function TeamKpiPage() {
  const t = useT();
  const navigate = useNavigate();
  const { departments } = useDepartments();
  const teamId = useParams().teamId;
  const filters = useKpiFilters();
  const { from, to, businessType, channel, day, query } = filters;
  // No team in the address: the server names the one to open on (kpi.service defaultTeam: the
  // caller's own team if it had calls in the range, else the first visible team that had), and
  // the address takes it, so the team stays put when the range changes.
  const fallback = useApiQuery(
    keys.interactions('defaultTeam', from, to),
    () => interactionsApi.defaultTeam({ from, to }),
    {
      enabled: !teamId,
      quiet: true,
    },
  );
  const defaultTeamId = fallback.data?.teamId;
  useEffect(() => {
    if (!teamId && defaultTeamId)
      navigate({ pathname: `/interactions/teams/${defaultTeamId}`, search: filters.search }, { replace: true });
  }, [teamId, defaultTeamId, navigate, filters.search]);
  const opts = { enabled: !!teamId, quiet: true, keepPrevious: !!teamId };
  const daily = useApiQuery(
    keys.interactions('teamDaily', teamId, from, to, businessType, channel),
    () => interactionsApi.teamDaily(teamId!, query),
    opts,
  );
  const agents = useApiQuery(
    keys.interactions('teamAgents', teamId, from, to, businessType, channel),
    () => interactionsApi.teamAgents(teamId!, query),
    opts,
  );
  const { refresh: refreshDaily } = daily;
  const { refresh: refreshAgents } = agents;
  useRefreshWhile(
    !!daily.data?.serviceLevelRecount,
    useCallback(() => {
      refreshDaily();
      refreshAgents();
    }, [refreshDaily, refreshAgents]),
  );
  const error = daily.error ?? agents.error ?? fallback.error;

  if (error?.status === 403) return <ForbiddenResult />;
  if (error?.status === 404) return <NotFoundResult />;

  const agentLink = (r: AgentFigures) => ({
    pathname: `/interactions/agents/${r.employeeId}`,
    search: new URLSearchParams({
      from,
      to,
      ...(businessType ? { businessType } : {}),
      ...(channel ? { channel } : {}),
    }).toString(),
  });
  // The team's own figures under the members', in the same columns (not the average of their rates).
  const totalRow = (total: Figures) => (
    <Table.Summary fixed>
      <Table.Summary.Row data-testid="team-total-row">
        <Table.Summary.Cell index={0} colSpan={3}>
          <Typography.Text strong>{t('interactions.kpi.teamTotal')}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={3} align="right">
          <Typography.Text strong>{count(total.handled)}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={4} align="right">
          <Typography.Text strong>{mmss(total.ahtSeconds)}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={5} align="right">
          <Typography.Text strong>{pct(total.fcrRate)}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={6} align="right">
          <Typography.Text strong>{`${avg(total.csatAverage)} (${count(total.csatCount)})`}</Typography.Text>
        </Table.Summary.Cell>
        <Table.Summary.Cell index={7} align="right">
          <Typography.Text strong>{pct(total.serviceLevel)}</Typography.Text>
        </Table.Summary.Cell>
      </Table.Summary.Row>
    </Table.Summary>
  );
  const columns: TableColumnsType<AgentFigures> = [
    {
      title: t('interactions.kpi.columns.agent'),
      dataIndex: 'name',
      sorter: (a, b) => a.name.localeCompare(b.name, 'zh-CN'),
      render: (v: string, r) => <Link to={agentLink(r)}>{v}</Link>,
    },
    {
      title: t('interactions.kpi.columns.employeeNo'),
      dataIndex: 'employeeNo',
      sorter: (a, b) => a.employeeNo.localeCompare(b.employeeNo),
    },
    {
      title: t('interactions.kpi.columns.status'),
      dataIndex: 'status',
      render: (v: EmployeeStatus) => <StatusTag status={v} />,
    },
    {
      title: t('interactions.kpi.columns.handled'),
      dataIndex: 'handled',
      align: 'right',
      sorter: byNumber((a) => a.handled),
      defaultSortOrder: 'descend',
      render: count,
    },
    {
      title: t('interactions.kpi.columns.aht'),
      dataIndex: 'ahtSeconds',
      align: 'right',
      sorter: byNumber((a) => a.ahtSeconds),
      render: mmss,
    },
    {
      title: t('interactions.kpi.columns.fcrRate'),
      dataIndex: 'fcrRate',
      align: 'right',
      sorter: byNumber((a) => a.fcrRate),
      render: pct,
    },
    {
      title: t('interactions.kpi.columns.csatAverage'),
      dataIndex: 'csatAverage',
      align: 'right',
      sorter: byNumber((a) => a.csatAverage),
      render: (v: number | null, r) => `${avg(v)} (${count(r.csatCount)})`,
    },
    {
      title: t('interactions.kpi.columns.serviceLevel'),
      dataIndex: 'serviceLevel',
      align: 'right',
      sorter: byNumber((a) => a.serviceLevel),
      render: pct,
    },
  ];

  return (
    <>
      <PageHeader
        title={daily.data ? t('interactions.kpi.teamTitle', { name: daily.data.name }) : t('interactions.kpi.teamPick')}
      />
      <KpiFilters filters={filters} businessTypes={daily.data?.businessTypes ?? []}>
        <TeamSelect
          departments={departments}
          value={teamId}
          onChange={(v) => navigate({ pathname: `/interactions/teams/${v}`, search: filters.search })}
          placeholder={t('interactions.kpi.pickTeam')}
          style={{ width: 240 }}
          data-testid="kpi-team-select"
        />
      </KpiFilters>
      {!teamId &&
        !error &&
        (fallback.data && !fallback.data.teamId ? (
          <Card>
            <Empty description={t('interactions.kpi.pickTeamHint')} />
          </Card>
        ) : (
          <Card loading data-testid="kpi-team-default-loading" />
        ))}
      {error && (
        <LoadFailedResult
          onRetry={() => {
            daily.reload();
            agents.reload();
            fallback.reload();
          }}
        />
      )}
      {teamId && !error && (
        <>
          <KpiBody data={daily.data} loading={daily.loading} day={day} onDayClick={(d) => filters.set({ day: d })} />
          <Card title={t('interactions.kpi.agents')} style={{ marginTop: 16 }}>
            <Table<AgentFigures>
              rowKey="employeeId"
              size="middle"
              scroll={{ x: 'max-content' }}
              loading={agents.loading}
              columns={columns}
              dataSource={agents.data?.agents ?? []}
              pagination={false}
              locale={{ emptyText: t('interactions.kpi.agentsEmpty') }}
              summary={() => (agents.data?.agents.length ? totalRow(agents.data.total) : null)}
              onRow={(r) =>
                ({
                  onClick: () => navigate(agentLink(r)),
                  style: { cursor: 'pointer' },
                  'data-testid': 'team-agent-row',
                  'data-employee-id': r.employeeId,
                }) as object
              }
              data-testid="team-agents"
            />
          </Card>
          {daily.data && daily.data.total.offered > 0 && (
            <TraceTable
              target={{ teamId }}
              showAgent
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
