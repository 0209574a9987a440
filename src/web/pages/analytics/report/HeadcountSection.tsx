import { Card, Col, Row, Table } from 'antd';
import type { HeadcountRow } from '../../../../common/analytics-report';
import { EXIT_KINDS } from '../../../../common/analytics';
import { useT } from '../../../i18n';
import type { MonthlyReport } from './api';
import { ReportChart } from './ReportChart';

/** Headcount per department (start, end, hires, exits by kind), the exits as a stacked chart, and the elimination criteria. */
export function HeadcountSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  const h = r.headcount;
  const k = (key: keyof typeof h.total | 'department') => t(`analytics.report.headcount.${key}`);
  const rows: HeadcountRow[] = [
    ...h.byDepartment,
    { departmentId: '', departmentName: t('analytics.report.headcount.total'), ...h.total },
  ];
  const figure = (key: keyof typeof h.total) => ({ title: k(key), dataIndex: key, align: 'right' as const, width: 90 });
  return (
    <Card size="small" title={t('analytics.report.headcount.title')} className="report-section">
      <Table<HeadcountRow>
        rowKey="departmentId"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="report-headcount"
        rowClassName={(row) => (row.departmentId ? '' : 'report-total')}
        columns={[
          { title: k('department'), dataIndex: 'departmentName', fixed: 'left' },
          figure('atStart'),
          figure('atEnd'),
          figure('hires'),
          ...EXIT_KINDS.map((kind) => figure(kind)),
        ]}
      />
      <Row gutter={16} style={{ marginTop: 12 }}>
        <Col xs={24} md={14}>
          <div className="report-chart-title">{t('analytics.report.headcount.chart')}</div>
          <ReportChart
            categories={h.byDepartment.map((d) => d.departmentName)}
            stacked
            series={EXIT_KINDS.map((kind) => ({ name: k(kind), data: h.byDepartment.map((d) => d[kind]) }))}
            testId="report-exits-chart"
          />
        </Col>
        <Col xs={24} md={10}>
          <div className="report-chart-title">{t('analytics.report.headcount.criteria')}</div>
          <Table
            rowKey={(c) => c.criterion ?? ''}
            size="small"
            pagination={false}
            dataSource={h.eliminationCriteria}
            columns={[
              {
                title: t('analytics.report.headcount.criterion'),
                render: (_, c) => c.criterion ?? t('analytics.report.headcount.notRecorded'),
              },
              { title: t('analytics.report.headcount.people'), dataIndex: 'n', align: 'right', width: 80 },
            ]}
          />
        </Col>
      </Row>
    </Card>
  );
}
