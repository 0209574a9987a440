import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, List, Progress, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { Avg } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { SurveySummary } from '../shared/types';

type Question = SurveySummary['questions'][number];
const pct = (share: number) => `${Math.round(share * 100)}%`;

function QuestionResult({ q }: { q: Question }) {
  const t = useT();
  if (q.options) {
    const top = Math.max(0.0001, ...q.options.map((o) => o.weightedScore));
    return (
      <Table
        rowKey="option"
        size="small"
        pagination={false}
        dataSource={[...q.options].sort((a, b) => b.weightedScore - a.weightedScore)}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('training.surveys.option'), dataIndex: 'option' },
          { title: t('training.surveys.supervisorShare'), dataIndex: 'supervisorShare', align: 'right', render: pct },
          { title: t('training.surveys.individualShare'), dataIndex: 'individualShare', align: 'right', render: pct },
          {
            title: t('training.surveys.weightedScore'),
            dataIndex: 'weightedScore',
            render: (v: number) => (
              <Space>
                <Progress percent={(v / top) * 100} showInfo={false} size={[120, 8]} />
                <span>{v.toFixed(2)}</span>
              </Space>
            ),
          },
        ]}
      />
    );
  }
  if (q.rating) {
    const r = q.rating;
    return (
      <Row gutter={16}>
        <Col span={8}>
          <Statistic
            title={`${t('training.surveys.supervisorMean')}（${r.supervisorCount}）`}
            valueRender={() => <Avg value={r.supervisorMean} />}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title={`${t('training.surveys.individualMean')}（${r.individualCount}）`}
            valueRender={() => <Avg value={r.individualMean} />}
          />
        </Col>
        <Col span={8}>
          <Statistic title={t('training.surveys.weightedMean')} valueRender={() => <Avg value={r.weightedMean} />} />
        </Col>
      </Row>
    );
  }
  return (
    <List
      size="small"
      dataSource={q.texts ?? []}
      locale={{ emptyText: t('training.common.noData') }}
      renderItem={(x) => (
        <List.Item>
          <Space align="start">
            <Tag color={x.respondentKind === 'supervisor' ? 'gold' : 'default'}>
              {t(`training.enums.respondent.${x.respondentKind}`)}
            </Tag>
            <span>{x.text}</span>
          </Space>
        </List.Item>
      )}
    />
  );
}

/** A needs survey's results: organization needs (supervisors) weighted above individual wishes. */
export default function SurveyPage() {
  const t = useT();
  const { id = '' } = useParams();
  const survey = useApiQuery(keys.training('surveys', 'get', id), () => trainingApi.surveys.get(id), { quiet: true });
  const summary = useApiQuery(keys.training('surveys', 'summary', id), () => trainingApi.surveys.summary(id), {
    quiet: true,
  });
  if (survey.error?.status === 404) return <NotFoundResult title={t('training.surveys.notFound')} />;
  if (survey.error || summary.error)
    return (
      <LoadFailedResult
        onRetry={() => {
          survey.reload();
          summary.reload();
        }}
      />
    );
  const s = survey.data;
  const r = summary.data;
  if (!s || !r) return <PageSpin />;

  return (
    <div data-testid="survey-page">
      <Link to="/training/surveys">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('training.surveys.back')}
        </Button>
      </Link>
      <div className="sw-toolbar">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {s.title}
        </Typography.Title>
        <Tag color={s.status === 'open' ? 'processing' : 'default'}>{t(`training.enums.surveyStatus.${s.status}`)}</Tag>
      </div>
      {s.description && <Typography.Paragraph type="secondary">{s.description}</Typography.Paragraph>}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="survey-weights"
        title={
          <>
            {t('training.surveys.weights', { org: r.weights.organization, ind: r.weights.individual })} ·{' '}
            {t('training.surveys.respondents', { ind: r.respondents.individuals, sup: r.respondents.supervisors })}
          </>
        }
        description={t('training.surveys.weightsHint')}
      />
      <Row gutter={[16, 16]}>
        {r.questions.map((q, i) => (
          <Col key={q.id} xs={24} xl={12}>
            <Card
              title={`${i + 1}. ${q.text}`}
              extra={<Tag>{t(`training.enums.questionKind.${q.kind}`)}</Tag>}
              data-testid="survey-result"
            >
              <QuestionResult q={q} />
            </Card>
          </Col>
        ))}
      </Row>
    </div>
  );
}
