import { Select, Space, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import { SHEET_STATUSES } from '../../../../common/appraisal-cycles';
import { GRADES } from '../../../../common/appraisal-plans';
import { useFitColumns, type FitColumn } from '../../../components/useFitColumns';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { appraisalApi, appraisalKey, type Sheet } from '../appraisalApi';
import { ExportButton } from '../ExportButton';
import { GradeTag, num, SheetStatusTag } from '../labels';

/** The sheets of a cycle the viewer may see (an agent their own, a lead their team, …), filtered
 *  by team, grade and status in the URL; a row opens the sheet. */
export function CycleSheets({ cycleId, teams }: { cycleId: string; teams: { teamId: string; teamName: string }[] }) {
  const t = useT();
  const navigate = useNavigate();
  const list = useTableQuery<Sheet>(appraisalKey('sheets', cycleId), (q) =>
    appraisalApi.sheets({
      cycleId,
      page: q.page,
      pageSize: q.pageSize,
      teamId: q.teamId,
      grade: q.grade,
      status: q.status,
    }),
  );
  const columns: FitColumn<Sheet>[] = [
    {
      key: 'person',
      title: t('appraisal.fields.person'),
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/appraisal/sheets/${r.id}`} onClick={(e) => e.stopPropagation()}>
          {r.employeeName} · {r.employeeNo}
        </Link>
      ),
    },
    { key: 'team', title: t('appraisal.fields.team'), dataIndex: 'teamName' },
    {
      key: 'position',
      title: t('appraisal.fields.position'),
      dataIndex: 'positionType',
      render: (p: Sheet['positionType']) => t(`appraisal.positions.${p}`),
    },
    { key: 'total', title: t('appraisal.fields.total'), dataIndex: 'total', align: 'right', render: (v) => num(v) },
    {
      key: 'grade',
      title: t('appraisal.fields.grade'),
      dataIndex: 'grade',
      render: (g: Sheet['grade']) => <GradeTag grade={g} />,
      empty: () => false,
    },
    {
      key: 'status',
      title: t('appraisal.fields.sheetStatus'),
      dataIndex: 'status',
      render: (s) => <SheetStatusTag status={s} />,
    },
    { key: 'confirmedAt', title: t('appraisal.fields.confirmed'), dataIndex: 'confirmedAt', render: localTime },
  ];
  const fit = useFitColumns('appraisal-sheets', columns, list.tableProps.dataSource);
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 200 }}
          placeholder={t('appraisal.fields.team')}
          value={list.get('teamId')}
          onChange={(teamId) => list.update({ teamId })}
          data-testid="sheets-filter-team"
          options={teams.map((x) => ({ value: x.teamId, label: x.teamName }))}
        />
        <Select
          allowClear
          style={{ width: 130 }}
          placeholder={t('appraisal.fields.grade')}
          value={list.get('grade')}
          onChange={(grade) => list.update({ grade })}
          data-testid="sheets-filter-grade"
          options={GRADES.map((g) => ({ value: g, label: g }))}
        />
        <Select
          allowClear
          style={{ width: 150 }}
          placeholder={t('appraisal.fields.sheetStatus')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          data-testid="sheets-filter-status"
          options={SHEET_STATUSES.map((s) => ({ value: s, label: t(`appraisal.sheetStatuses.${s}`) }))}
        />
        {fit.picker}
        <ExportButton url={(locale) => appraisalApi.sheetsXlsxUrl(cycleId, locale)} testId="sheets-export" />
      </Space>
      <Table<Sheet>
        {...list.tableProps}
        columns={fit.columns}
        scroll={fit.scroll}
        data-testid="cycle-sheets"
        locale={{ emptyText: t('appraisal.cycle.noSheets') }}
        onRow={(r) =>
          ({
            'data-testid': 'sheet-row',
            'data-employee-id': r.employeeId,
            'data-grade': r.grade ?? '',
            onClick: () => navigate(`/appraisal/sheets/${r.id}`),
            className: 'sw-clickable-row',
          }) as object
        }
      />
    </>
  );
}
