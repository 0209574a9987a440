import { Card, Col, Row, Table, Tag, Typography } from 'antd';
import { localTime } from '../../../format';
import { useT } from '../../../i18n';
import { StatusTag, useFallText } from '../warnings/labels';
import { Sparkline } from '../warnings/Sparkline';
import type { MonthlyReport } from './api';
import { ReportChart } from './ReportChart';

/** Warnings per metric (flagged, live at the end, resolved) as a chart and a table, the list and the actions of the month. */
export function WarningsSection({ r }: { r: MonthlyReport }) {
  const t = useT();
  const fall = useFallText();
  const w = r.warnings;
  const k = (key: 'flagged' | 'liveAtEnd' | 'resolved') => t(`analytics.report.warnings.${key}`);
  return (
    <Card size="small" title={t('analytics.report.warnings.title')} className="report-section">
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <ReportChart
            categories={w.byMetric.map((m) => t(`analytics.warnings.metrics.${m.metric}`))}
            series={(['flagged', 'liveAtEnd', 'resolved'] as const).map((key) => ({
              name: k(key),
              data: w.byMetric.map((m) => m[key]),
            }))}
            testId="report-warnings-chart"
          />
        </Col>
        <Col xs={24} md={12}>
          <Table
            rowKey="metric"
            size="small"
            pagination={false}
            dataSource={w.byMetric}
            data-testid="report-warnings"
            columns={[
              {
                title: t('analytics.report.warnings.metric'),
                render: (_, m) => t(`analytics.warnings.metrics.${m.metric}`),
              },
              { title: k('flagged'), dataIndex: 'flagged', align: 'right' },
              { title: k('liveAtEnd'), dataIndex: 'liveAtEnd', align: 'right' },
              { title: k('resolved'), dataIndex: 'resolved', align: 'right' },
            ]}
          />
        </Col>
      </Row>
      <Typography.Title level={5}>{t('analytics.report.warnings.list')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={w.list}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('analytics.warnings.columns.name'), dataIndex: 'name' },
          { title: t('analytics.warnings.columns.team'), dataIndex: 'teamName' },
          {
            title: t('analytics.warnings.columns.metric'),
            render: (_, x) => t(`analytics.warnings.metrics.${x.metric}`),
          },
          { title: t('analytics.warnings.columns.weeks'), render: (_, x) => <Sparkline weeks={x.weeks} /> },
          { title: t('analytics.warnings.columns.fall'), render: (_, x) => fall(x.metric, x.fall, x.fallPercent) },
          { title: t('analytics.warnings.columns.status'), render: (_, x) => <StatusTag status={x.status} /> },
          { title: t('analytics.warnings.columns.flaggedAt'), render: (_, x) => localTime(x.flaggedAt) },
        ]}
      />
      <Typography.Title level={5}>{t('analytics.report.warnings.actions')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={w.actions}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('analytics.report.warnings.noActions') }}
        data-testid="report-actions"
        columns={[
          { title: t('analytics.warnings.historyColumns.at'), render: (_, a) => localTime(a.createdAt) },
          { title: t('analytics.warnings.historyColumns.name'), dataIndex: 'name' },
          {
            title: t('analytics.warnings.historyColumns.metric'),
            render: (_, a) => t(`analytics.warnings.metrics.${a.metric}`),
          },
          {
            title: t('analytics.warnings.historyColumns.kind'),
            render: (_, a) => <Tag>{t(`analytics.warnings.action.kinds.${a.kind}`)}</Tag>,
          },
          { title: t('analytics.warnings.historyColumns.note'), dataIndex: 'note' },
          { title: t('analytics.warnings.historyColumns.by'), dataIndex: 'createdByName' },
        ]}
      />
    </Card>
  );
}
