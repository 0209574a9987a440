import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { SolutionOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Statistic } from 'antd';
import { Link } from 'react-router';
import { ATTENDED } from '../../../../common/training';
import { PageSpin } from '../../../components/Results';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useSession } from '../../../session';
import { trainingApi } from '../shared/trainingApi';
import { MyMaterials } from './MyMaterials';
import { MyMentoring, MySurveys } from './MyMentoringAndSurveys';
import { Count, FeedbackDue, UpcomingSessions } from './MySessions';

/** 我的培训: a trainee's home — what is coming, what to read, what to rate, who mentors them. */
export default function MyTrainingPage() {
  const t = useT();
  const { me } = useSession();
  const linked = !!me?.employeeId;
  const record = useApiQuery(keys.training('records', 'get', 'me', linked), () =>
    linked ? trainingApi.records.get('me') : Promise.resolve(null),
  );
  const due = useApiQuery(keys.training('materials', 'due', linked), () =>
    linked ? trainingApi.materials.due() : Promise.resolve([]),
  );

  if (!linked)
    return (
      <>
        <PageHeader title={t('training.my.title')} />
        <Alert type="info" showIcon title={t('training.my.notLinked')} />
      </>
    );
  const r = record.data;
  if (!r) return <PageSpin />;

  const attended = r.sessions.filter((s) => s.attendance && ATTENDED.includes(s.attendance)).length;
  const feedbackDue = r.sessions.filter(
    (s) => s.attendance && ATTENDED.includes(s.attendance) && !s.feedbackGiven,
  ).length;
  const hours = r.mentoring.reduce((sum, m) => sum + m.hours, 0);
  const materialsOpen = (due.data ?? []).filter((m) => !m.completedAt).length;

  return (
    <div data-testid="my-training">
      <PageHeader
        title={t('training.my.hello', { name: r.employee.name })}
        extra={
          <Link to="/training/records/me">
            <Button icon={<SolutionOutlined />} data-testid="my-record-link">
              {t('training.my.record')}
            </Button>
          </Link>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('training.my.stats.sessions')} value={attended} suffix={`/ ${r.sessions.length}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('training.my.stats.attendance')}
              value={r.attendance.score ?? '—'}
              suffix={`/ ${r.attendance.points}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic
              title={t('training.my.stats.materials')}
              value={r.materials.completed}
              suffix={`/ ${r.materials.required}`}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card>
            <Statistic title={t('training.my.stats.mentoringHours')} value={hours} suffix="h" />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('training.my.upcoming')} data-testid="my-upcoming-card">
            <UpcomingSessions sessions={r.sessions} onChanged={record.reload} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <>
                {t('training.my.feedbackDue')}
                <Count n={feedbackDue} />
              </>
            }
            data-testid="my-feedback-card"
          >
            <FeedbackDue sessions={r.sessions} onChanged={record.reload} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            title={
              <>
                {t('training.my.materials')}
                <Count n={materialsOpen} />
              </>
            }
          >
            <MyMaterials
              items={due.data ?? []}
              onChanged={() => {
                due.reload();
                record.reload();
              }}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('training.my.mentoring')}>
            <MyMentoring employeeId={me!.employeeId!} />
          </Card>
          <Card title={t('training.my.surveys')} style={{ marginTop: 16 }}>
            <MySurveys />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
