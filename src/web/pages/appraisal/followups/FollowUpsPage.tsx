import { Segmented, Space, Table, Tag } from 'antd';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { PageHeader } from '../../../components/PageHeader';
import { useFitColumns, type FitColumn } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { useT } from '../../../i18n';
import { appraisalApi, appraisalKey, type FollowUpRow } from '../appraisalApi';
import { GradeTag } from '../labels';
import '../appraisal.css';
import { FollowUpDrawer } from './FollowUpDrawer';

const STATES = ['all', 'open', 'done'] as const;

/** 绩效改进跟进: what a D (or a second C in a row) opened — a training need and an improvement plan
 *  per person, kept by their lead until closed with an outcome. A follow-up opens in a drawer
 *  (?followup=<id>, where the notices link). */
export default function FollowUpsPage() {
  const t = useT();
  const list = useTableQuery<FollowUpRow>(appraisalKey('followups'), (q) =>
    appraisalApi.followups({ page: q.page, pageSize: q.pageSize, status: q.status, employeeId: q.employeeId }),
  );
  const state = list.get('status') ?? 'all';
  const columns: FitColumn<FollowUpRow>[] = [
    {
      key: 'person',
      title: t('appraisal.fields.person'),
      fixed: 'left',
      render: (_, r) => `${r.employeeName} · ${r.employeeNo}`,
    },
    { key: 'team', title: t('appraisal.fields.team'), dataIndex: 'teamName' },
    {
      key: 'grade',
      title: t('appraisal.fields.grade'),
      dataIndex: 'grade',
      render: (g: FollowUpRow['grade']) => <GradeTag grade={g} />,
    },
    {
      key: 'trigger',
      title: t('appraisal.followups.trigger'),
      dataIndex: 'trigger',
      render: (v: FollowUpRow['trigger']) => t(`appraisal.followups.triggers.${v}`),
    },
    {
      key: 'weakest',
      title: t('appraisal.followups.weakestKpi'),
      dataIndex: 'weakestKpi',
      render: (k: FollowUpRow['weakestKpi']) => (k ? t(`appraisal.kpis.${k}`) : '—'),
    },
    { key: 'owner', title: t('appraisal.followups.owner'), render: (_, r) => r.owner.name },
    { key: 'due', title: t('appraisal.followups.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'status',
      title: t('appraisal.fields.status'),
      dataIndex: 'status',
      render: (s: FollowUpRow['status']) => (
        <Tag color={s === 'open' ? 'orange' : 'green'}>{t(`appraisal.followups.statuses.${s}`)}</Tag>
      ),
    },
  ];
  const fit = useFitColumns('appraisal-followups', columns, list.tableProps.dataSource);
  return (
    <>
      <PageHeader title={t('appraisal.followups.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={state}
          onChange={(v) => list.update({ status: v === 'all' ? undefined : String(v) })}
          options={STATES.map((s) => ({
            value: s,
            label: s === 'all' ? t('appraisal.followups.all') : t(`appraisal.followups.statuses.${s}`),
          }))}
        />
        <div style={{ display: 'grid', width: 220 }}>
          <EmployeeSelect
            value={list.get('employeeId') ?? null}
            onChange={(employeeId) => list.update({ employeeId })}
            placeholder={t('appraisal.fields.person')}
          />
        </div>
        {fit.picker}
      </Space>
      <Table<FollowUpRow>
        {...list.tableProps}
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="followups-list"
        locale={{ emptyText: t('appraisal.followups.empty') }}
        onRow={(r) =>
          ({
            'data-testid': 'followup-row',
            onClick: () => list.update({ followup: r.id }, true),
            className: 'sw-clickable-row',
          }) as object
        }
      />
      <FollowUpDrawer id={list.get('followup') ?? null} onClose={() => list.update({ followup: undefined }, true)} />
    </>
  );
}
