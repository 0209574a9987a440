import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ArrowLeftOutlined, CheckSquareOutlined, EditOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, List, Rate, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../../access';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { showError } from '../../../feedback';
import { useT } from '../../../i18n';
import { SessionFormModal } from '../sessions/SessionFormModal';
import { LeaveRequestModal } from '../shared/LeaveRequestModal';
import { AreaTag, MethodTag } from '../shared/Tags';
import { isPast, sessionWhen } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import { CancelModal, EnrolModal } from './SessionDialogs';
import { SessionPeople } from './SessionPeople';

type Dialog = 'edit' | 'enrol' | 'cancel' | 'leave' | null;

/** A session: when, where, who teaches, who is enrolled and how they did. */
export default function SessionPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const {
    data: s,
    error,
    reload,
  } = useApiQuery(keys.training('sessions', 'get', id), () => trainingApi.sessions.get(id), { quiet: true });
  const reports = can('training.reports');
  const { data: feedback } = useApiQuery(
    keys.training('feedback', 'list', 'session', id, reports),
    () => (reports ? trainingApi.feedback.list({ sessionId: id }) : Promise.resolve([])),
    { quiet: true },
  );
  const [dialog, setDialog] = useState<Dialog>(null);

  if (error?.status === 404) return <NotFoundResult title={t('training.sessions.detail.notFound')} />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!s) return <PageSpin />;

  const manage = can('training.manage') && s.status === 'scheduled';
  const mayTake = can('training.teach') && (s.mine.teaching || can('training.manage')) && s.status === 'scheduled';
  const me = s.people.find((p) => s.mine.enrolled && p.leave === null && !p.attendance);
  const title = s.title ?? s.courseTitle;
  const done = () => {
    setDialog(null);
    reload();
  };
  const remove = async (employeeId: string) => {
    try {
      await trainingApi.sessions.unenrol(s.id, employeeId);
      reload();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <div data-testid="session-page" data-session-id={s.id} data-status={s.status}>
      <Link to="/training/sessions">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('training.sessions.detail.back')}
        </Button>
      </Link>
      <div className="sw-toolbar">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="session-name">
          {title}
        </Typography.Title>
        {s.status === 'cancelled' && <Tag color="red">{t('training.enums.sessionStatus.cancelled')}</Tag>}
        <span className="sw-toolbar-spacer" />
        <Space wrap>
          {mayTake && (
            <Button
              type="primary"
              icon={<CheckSquareOutlined />}
              onClick={() => navigate(`/training/sessions/${s.id}/attendance`)}
              data-testid="session-take-attendance"
            >
              {t('training.sessions.detail.takeAttendance')}
            </Button>
          )}
          {s.mine.enrolled && me && !isPast(s.endsAt) && (
            <Button onClick={() => setDialog('leave')} data-testid="session-request-leave">
              {t('training.leave.request')}
            </Button>
          )}
          {manage && (
            <Button icon={<UserAddOutlined />} onClick={() => setDialog('enrol')} data-testid="session-enrol">
              {t('training.sessions.detail.enrol')}
            </Button>
          )}
          {manage && (
            <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="session-edit">
              {t('common.actions.edit')}
            </Button>
          )}
          {manage && (
            <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')} data-testid="session-cancel">
              {t('training.sessions.detail.cancel')}
            </Button>
          )}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={9}>
          <Card>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: 'when',
                  label: t('training.common.time'),
                  children: <span data-testid="session-when">{sessionWhen(s.startsAt, s.endsAt)}</span>,
                },
                {
                  key: 'course',
                  label: t('training.common.course'),
                  children: (
                    <Space wrap size={4}>
                      <span>
                        {s.courseCode} {s.courseTitle}
                      </span>
                      <AreaTag area={s.contentArea} />
                      <MethodTag method={s.method} />
                    </Space>
                  ),
                },
                { key: 'trainer', label: t('training.common.trainer'), children: s.trainerName },
                { key: 'room', label: t('training.common.room'), children: s.room ?? t('common.none') },
                {
                  key: 'plan',
                  label: t('training.common.plan'),
                  children: s.planId ? (
                    <Link to={`/training/plans/${s.planId}`}>{t('training.common.view')}</Link>
                  ) : (
                    t('common.none')
                  ),
                },
                {
                  key: 'enrolled',
                  label: t('training.sessions.fields.enrolled'),
                  children: t('training.common.people', { n: s.enrolledCount }),
                },
                { key: 'notes', label: t('training.sessions.fields.notes'), children: s.notes ?? t('common.none') },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={15}>
          <Card title={t('training.sessions.detail.people')}>
            <SessionPeople people={s.people} onRemove={manage ? (p) => void remove(p.employeeId) : undefined} />
          </Card>
        </Col>
        {reports && (
          <Col span={24}>
            <Card title={t('training.sessions.detail.feedback')}>
              <List
                dataSource={feedback ?? []}
                pagination={(feedback?.length ?? 0) > 8 ? { pageSize: 8, size: 'small' } : false}
                locale={{ emptyText: t('training.sessions.detail.noFeedback') }}
                renderItem={(f) => (
                  <List.Item>
                    <Space wrap>
                      {(['content', 'trainer', 'method'] as const).map((k) => (
                        <span key={k}>
                          {t(`training.common.ratings.${k}`)} <Rate disabled value={f[k]} style={{ fontSize: 12 }} />
                        </span>
                      ))}
                      <Typography.Text type="secondary">{f.suggestions ?? ''}</Typography.Text>
                    </Space>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
      {manage && dialog === 'edit' && (
        <SessionFormModal open session={s} onClose={() => setDialog(null)} onSaved={done} />
      )}
      <EnrolModal open={dialog === 'enrol'} sessionId={s.id} onClose={() => setDialog(null)} onDone={done} />
      <CancelModal open={dialog === 'cancel'} sessionId={s.id} onClose={() => setDialog(null)} onDone={done} />
      {dialog === 'leave' && (
        <LeaveRequestModal
          session={{ id: s.id, title, startsAt: s.startsAt, endsAt: s.endsAt }}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      )}
    </div>
  );
}
