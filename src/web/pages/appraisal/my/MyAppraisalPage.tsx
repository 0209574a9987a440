import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { appraisalApi, appraisalKey, type Sheet } from '../appraisalApi';
import { AppraisalChart, type ChartSeries } from '../charts/AppraisalChart';
import { GradeTag, num, SheetStatusTag, StepTag } from '../labels';
import '../appraisal.css';

/** 我的绩效: the signed-in person's sheets over the cycles, newest first, with their total as a trend. */
export default function MyAppraisalPage() {
  const t = useT();
  const navigate = useNavigate();
  const { me } = useSession();
  const employeeId = me?.employeeId ?? null;
  const { data, loading } = useApiQuery(
    appraisalKey('sheets', 'mine', employeeId),
    () => appraisalApi.sheets({ employeeId: employeeId!, pageSize: 200 }),
    { enabled: !!employeeId },
  );
  const rows = useMemo(
    () => [...(data?.data ?? [])].sort((a, b) => b.periodStart.localeCompare(a.periodStart)),
    [data],
  );
  const oldestFirst = useMemo(() => [...rows].reverse(), [rows]);
  const series = useMemo<ChartSeries[]>(
    () => [{ name: t('appraisal.fields.total'), type: 'line', data: oldestFirst.map((r) => r.total) }],
    [oldestFirst, t],
  );

  if (!employeeId)
    return (
      <>
        <PageHeader title={t('appraisal.my.title')} />
        <Empty description={t('appraisal.my.noPerson')} />
      </>
    );
  return (
    <>
      <PageHeader title={t('appraisal.my.title')} />
      {rows.length > 1 && (
        <Card size="small" title={t('appraisal.my.trend')} style={{ marginBottom: 16 }}>
          <AppraisalChart
            categories={oldestFirst.map((r) => r.cycleName)}
            series={series}
            yMax={100}
            height={240}
            testId="my-trend"
          />
        </Card>
      )}
      <Table<Sheet>
        rowKey="id"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="my-sheets"
        locale={{ emptyText: <Empty description={t('appraisal.my.empty')} /> }}
        onRow={(r) =>
          ({
            'data-testid': 'my-sheet-row',
            'data-grade': r.grade ?? '',
            onClick: () => navigate(`/appraisal/sheets/${r.id}`),
            className: 'sw-clickable-row',
          }) as object
        }
        columns={[
          {
            title: t('appraisal.fields.cycle'),
            dataIndex: 'cycleName',
            render: (n: string, r) => <Link to={`/appraisal/sheets/${r.id}`}>{n}</Link>,
          },
          { title: t('appraisal.fields.period'), key: 'p', render: (_, r) => `${r.periodStart} ~ ${r.periodEnd}` },
          {
            title: t('appraisal.fields.step'),
            dataIndex: 'cycleStatus',
            render: (s: Sheet['cycleStatus']) => <StepTag step={s} />,
          },
          {
            title: t('appraisal.fields.total'),
            dataIndex: 'total',
            align: 'right',
            render: (v: number | null) => num(v),
          },
          {
            title: t('appraisal.fields.grade'),
            dataIndex: 'grade',
            render: (g: Sheet['grade']) => <GradeTag grade={g} />,
          },
          {
            title: t('appraisal.fields.sheetStatus'),
            dataIndex: 'status',
            render: (s: Sheet['status']) => <SheetStatusTag status={s} />,
          },
        ]}
      />
    </>
  );
}
