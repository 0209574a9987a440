import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n';
import { useApiQuery } from '../../query/useApiQuery';
import { appraisalApi, appraisalKey, type PersonGradeRow } from './appraisalApi';
import { AppraisalChart, type ChartSeries } from './charts/AppraisalChart';
import { GradeTag, num } from './labels';

/** The appraisal results on a person's file (人员档案): their grade and total in every published
 *  cycle, newest first, with the trend. A card of the person page, for whoever may see the person
 *  (`appraisal.read`; the server answers 404 out of sight and the card then stays empty). */
export function PersonAppraisal({ employeeId }: { employeeId: string }) {
  const t = useT();
  const { data, loading } = useApiQuery(
    appraisalKey('person-grades', employeeId),
    () => appraisalApi.personGrades(employeeId),
    { quiet: true },
  );
  const rows = useMemo(() => [...(data ?? [])].sort((a, b) => b.periodFrom.localeCompare(a.periodFrom)), [data]);
  const oldestFirst = useMemo(() => [...rows].reverse(), [rows]);
  const series = useMemo<ChartSeries[]>(
    () => [{ name: t('appraisal.fields.total'), type: 'line', data: oldestFirst.map((r) => r.total) }],
    [oldestFirst, t],
  );
  return (
    <Card title={t('appraisal.person.title')} size="small" data-testid="person-appraisal">
      {!rows.length && !loading ? (
        <Empty description={t('appraisal.person.empty')} />
      ) : (
        <>
          {rows.length > 1 && (
            <AppraisalChart
              categories={oldestFirst.map((r) => r.cycleName)}
              series={series}
              yMax={100}
              height={180}
              testId="person-appraisal-trend"
            />
          )}
          <Table<PersonGradeRow>
            rowKey="cycleId"
            size="small"
            pagination={false}
            loading={loading}
            dataSource={rows}
            columns={[
              {
                title: t('appraisal.fields.cycle'),
                dataIndex: 'cycleName',
                render: (n: string, r) => <Link to={`/appraisal/cycles/${r.cycleId}`}>{n}</Link>,
              },
              { title: t('appraisal.fields.period'), key: 'p', render: (_, r) => `${r.periodFrom} ~ ${r.periodTo}` },
              {
                title: t('appraisal.fields.total'),
                dataIndex: 'total',
                align: 'right',
                render: (v: number | null) => num(v),
              },
              {
                title: t('appraisal.fields.grade'),
                dataIndex: 'grade',
                render: (g: PersonGradeRow['grade']) => <GradeTag grade={g} />,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
