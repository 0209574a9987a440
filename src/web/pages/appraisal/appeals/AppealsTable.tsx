import { Select, Space, Table } from 'antd';
import { APPEAL_STATUSES } from '../../../../common/appraisal-results';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { useFitColumns, type FitColumn } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type Appeal } from '../appraisalApi';
import { ExportButton } from '../ExportButton';
import { AppealStatusTag, useKpiValue } from '../labels';
import { AppealDrawer } from './AppealDrawer';

/** The appeals the viewer may see (an agent their own, a lead their team, HR all), filtered in the
 *  URL; an appeal opens in a drawer (?appeal=<id>, where notifications and sheets link). */
export function AppealsTable({ cycleId }: { cycleId?: string }) {
  const t = useT();
  const value = useKpiValue();
  const list = useTableQuery<Appeal>(appraisalKey('appeals', 'list', cycleId ?? null), (q) =>
    appraisalApi.appeals({
      page: q.page,
      pageSize: q.pageSize,
      status: q.status,
      employeeId: q.employeeId,
      cycleId: cycleId ?? q.cycleId,
    }),
  );
  const cycles = useApiQuery(appraisalKey('cycles', 'all'), () => appraisalApi.cycles({ pageSize: 200 }), {
    enabled: !cycleId,
  });
  const open = list.get('appeal') ?? null;
  const cycleName = new Map((cycles.data?.data ?? []).map((c) => [c.id, c.name]));
  const columns: FitColumn<Appeal>[] = [
    {
      key: 'person',
      title: t('appraisal.fields.person'),
      fixed: 'left',
      render: (_, r) => `${r.employeeName} · ${r.employeeNo}`,
    },
    { key: 'team', title: t('appraisal.fields.team'), dataIndex: 'teamName' },
    ...(cycleId
      ? []
      : [
          {
            key: 'cycle',
            title: t('appraisal.fields.cycle'),
            render: (_: unknown, r: Appeal) => cycleName.get(r.cycleId) ?? '—',
          },
        ]),
    {
      key: 'kpi',
      title: t('appraisal.fields.kpi'),
      dataIndex: 'kpiCode',
      render: (k: Appeal['kpiCode']) => t(`appraisal.kpis.${k}`),
    },
    {
      key: 'original',
      title: t('appraisal.appeals.originalValue'),
      dataIndex: 'originalValue',
      align: 'right',
      render: (v: number | null, r) => value(r.kpiCode, v),
    },
    {
      key: 'claimed',
      title: t('appraisal.appeals.claimedValue'),
      dataIndex: 'claimedValue',
      align: 'right',
      render: (v: number | null, r) => value(r.kpiCode, v),
    },
    {
      key: 'status',
      title: t('appraisal.fields.status'),
      dataIndex: 'status',
      render: (s) => <AppealStatusTag status={s} />,
    },
    { key: 'filedAt', title: t('appraisal.appeals.filedAt'), dataIndex: 'filedAt', render: localTime },
    { key: 'window', title: t('appraisal.appeals.windowEndsOn'), dataIndex: 'windowEndsOn' },
  ];
  const fit = useFitColumns('appraisal-appeals', columns, list.tableProps.dataSource);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        {!cycleId && (
          <Select
            allowClear
            style={{ width: 240 }}
            placeholder={t('appraisal.fields.cycle')}
            value={list.get('cycleId')}
            onChange={(v) => list.update({ cycleId: v })}
            data-testid="appeals-filter-cycle"
            options={(cycles.data?.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('appraisal.fields.status')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          data-testid="appeals-filter-status"
          options={APPEAL_STATUSES.map((s) => ({ value: s, label: t(`appraisal.appeals.statuses.${s}`) }))}
        />
        <div style={{ display: 'grid', width: 220 }}>
          <EmployeeSelect
            value={list.get('employeeId') ?? null}
            onChange={(employeeId) => list.update({ employeeId })}
            placeholder={t('appraisal.fields.person')}
          />
        </div>
        {fit.picker}
        <ExportButton
          url={(locale) =>
            appraisalApi.appealsXlsxUrl({ cycleId: cycleId ?? list.get('cycleId'), status: list.get('status') }, locale)
          }
          testId="appeals-export"
        />
      </Space>
      <Table<Appeal>
        {...list.tableProps}
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="appeals-list"
        locale={{ emptyText: t('appraisal.appeals.empty') }}
        onRow={(r) =>
          ({
            'data-testid': 'appeal-row',
            'data-appeal-id': r.id,
            'data-status': r.status,
            onClick: () => list.update({ appeal: r.id }, true),
            className: 'sw-clickable-row',
          }) as object
        }
      />
      <AppealDrawer id={open} onClose={() => list.update({ appeal: undefined }, true)} />
    </>
  );
}
