import { Alert, Card, Col, Empty, Row, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { GRADES } from '../../../../common/appraisal-plans';
import { useT } from '../../../i18n';
import type { Distribution } from '../appraisalApi';
import { AppraisalChart, type ChartSeries } from '../charts/AppraisalChart';
import { GRADE_CHART_COLORS } from '../labels';

type TeamRow = Distribution['teams'][number];

const UNGRADED_COLOR = '#bfbfbf';

/** 等级分布: how many people got each grade, over every team the viewer sees (the center, a
 *  department or a team) and per team, as bar charts and a table. */
export function DistributionPanel({ data }: { data: Distribution | null }) {
  const t = useT();
  // Sheets without a total have no grade: their own bar, so the bars add up to the head count.
  const centerCategories = useMemo(() => [...GRADES, t('appraisal.ungraded')], [t]);
  const center = useMemo<ChartSeries[]>(
    () =>
      data
        ? [
            {
              name: t('appraisal.distribution.people'),
              type: 'bar',
              data: [...GRADES.map((g) => data.center.counts[g]), data.center.ungraded],
              itemColors: [...GRADES.map((g) => GRADE_CHART_COLORS[g]), UNGRADED_COLOR],
            },
          ]
        : [],
    [data, t],
  );
  // A team with no sheets in the cycle has nothing to draw.
  const charted = useMemo(() => data?.teams.filter((x) => x.size > 0) ?? [], [data]);
  const perTeam = useMemo<ChartSeries[]>(
    () => [
      ...GRADES.map((g) => ({
        name: g,
        type: 'bar' as const,
        stack: 'grades',
        color: GRADE_CHART_COLORS[g],
        data: charted.map((x) => x.counts[g]),
      })),
      ...(charted.some((x) => x.ungraded > 0)
        ? [
            {
              name: t('appraisal.ungraded'),
              type: 'bar' as const,
              stack: 'grades',
              color: UNGRADED_COLOR,
              data: charted.map((x) => x.ungraded),
            },
          ]
        : []),
    ],
    [charted, t],
  );
  const teamNames = useMemo(() => charted.map((x) => x.teamName), [charted]);
  if (!data) return null;
  if (data.center.size === 0) return <Empty description={t('appraisal.distribution.empty')} />;
  return (
    <>
      <Alert
        type={data.fixed ? 'success' : 'info'}
        showIcon
        style={{ marginBottom: 12 }}
        title={`${t(data.fixed ? 'appraisal.distribution.fixed' : 'appraisal.distribution.provisional')} ${t(
          data.forced ? 'appraisal.distribution.forcedOn' : 'appraisal.distribution.forcedOff',
        )}`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card
            size="small"
            title={t('appraisal.distribution.center', { size: data.center.size })}
            data-testid="distribution-center"
          >
            <AppraisalChart categories={centerCategories} series={center} testId="distribution-center-chart" />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('appraisal.distribution.byTeam')} data-testid="distribution-teams">
            <AppraisalChart categories={teamNames} series={perTeam} testId="distribution-team-chart" />
          </Card>
        </Col>
      </Row>
      <Table<TeamRow>
        rowKey="teamId"
        size="small"
        style={{ marginTop: 16 }}
        pagination={false}
        dataSource={data.teams}
        data-testid="distribution-table"
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('appraisal.fields.team'), dataIndex: 'teamName' },
          { title: t('appraisal.distribution.size'), dataIndex: 'size', align: 'right' },
          ...GRADES.map((g) => ({
            title: g,
            key: g,
            align: 'right' as const,
            render: (_: unknown, r: TeamRow) => r.counts[g],
          })),
          { title: t('appraisal.ungraded'), dataIndex: 'ungraded', align: 'right' },
          {
            title: t('appraisal.distribution.forced'),
            dataIndex: 'forcedApplied',
            render: (v: boolean) =>
              v ? (
                <Tag color="purple">{t('appraisal.distribution.applied')}</Tag>
              ) : (
                t('appraisal.distribution.notApplied')
              ),
          },
        ]}
      />
    </>
  );
}
