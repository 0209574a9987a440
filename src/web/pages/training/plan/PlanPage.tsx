import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { ArrowLeftOutlined, CalendarOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '../../../access';
import { LoadFailedResult, NotFoundResult, PageSpin } from '../../../components/Results';
import { showError, showSuccess } from '../../../feedback';
import { testId } from '../../../format';
import { useT } from '../../../i18n';
import { PlanFormModal } from '../plans/PlanFormModal';
import { useScheduler } from '../sessions/useScheduler';
import { AudienceTag, MethodTag, PlanStatusTag } from '../shared/Tags';
import { defaultSlot, sessionWhen } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { Plan, Session } from '../shared/types';
import { PhaseTimeline } from './PhaseTimeline';

const MAX_DAYS = 92; // the sessions endpoint answers at most this many days at a time

/** The sessions of a plan from its start (92 days at most). */
function useSessions(plan: Plan | null) {
  const last = plan ? dayjs(plan.startDate).add(MAX_DAYS, 'day') : null;
  const to = plan && last ? (dayjs(plan.endDate).isBefore(last) ? dayjs(plan.endDate) : last) : null;
  return useApiQuery(keys.training('sessions', 'list', 'plan', plan?.id, plan?.version), () =>
    plan && to
      ? trainingApi.sessions.list({ planId: plan.id, from: plan.startDate, to: to.format('YYYY-MM-DD') })
      : Promise.resolve([] as Session[]),
  );
}

export default function PlanPage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const {
    data: plan,
    error,
    reload,
  } = useApiQuery(keys.training('plans', 'get', id), () => trainingApi.plans.get(id), { quiet: true });
  const sessions = useSessions(plan);
  const [editing, setEditing] = useState(false);
  const scheduler = useScheduler(() => sessions.reload());

  if (error?.status === 404) return <NotFoundResult title={t('training.plans.detail.notFound')} />;
  if (error) return <LoadFailedResult onRetry={reload} />;
  if (!plan) return <PageSpin />;

  const manage = can('training.manage');
  const none = t('common.none');
  const repeat = async () => {
    try {
      const { id: next } = await trainingApi.plans.repeat(plan.id);
      showSuccess(t('training.plans.detail.repeated'));
      navigate(`/training/plans/${next}`);
    } catch (err) {
      showError(err);
    }
  };
  const phaseName = (phaseId: string | null) => plan.phases.find((p) => p.id === phaseId)?.name ?? none;
  const f = (
    k:
      | 'recurrence'
      | 'trigger'
      | 'venue'
      | 'equipment'
      | 'methods'
      | 'objectives'
      | 'assessmentPlan'
      | 'evaluationMethod'
      | 'supervision'
      | 'needsSurvey'
      | 'nextCycle',
  ) => t(`training.plans.fields.${k}`);

  return (
    <div data-testid="plan-page" data-plan-id={plan.id}>
      <Link to="/training/plans">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
          {t('training.plans.detail.back')}
        </Button>
      </Link>
      <div className="sw-toolbar">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-name">
          {plan.title}
        </Typography.Title>
        <AudienceTag audience={plan.audience} />
        <PlanStatusTag status={plan.status} />
        <span className="sw-toolbar-spacer" />
        {manage && (
          <Space wrap>
            {['monthly', 'quarterly', 'half_yearly'].includes(plan.recurrence) && (
              <Button icon={<CopyOutlined />} onClick={repeat}>
                {t('training.plans.detail.repeat')}
              </Button>
            )}
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="plan-edit">
              {t('common.actions.edit')}
            </Button>
            <Button
              type="primary"
              icon={<CalendarOutlined />}
              onClick={() =>
                scheduler.open({
                  ...defaultSlot(),
                  planId: plan.id,
                  date: dayjs().isBefore(plan.startDate) ? dayjs(plan.startDate) : dayjs(),
                  room: plan.venue ?? undefined,
                  cohortIds: plan.cohortId ? [plan.cohortId] : [],
                })
              }
              data-testid="plan-schedule"
            >
              {t('training.plans.detail.schedule')}
            </Button>
          </Space>
        )}
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card>
            <Descriptions
              size="small"
              column={1}
              styles={{ label: { width: 112 } }}
              items={[
                {
                  key: 'period',
                  label: t('training.plans.fields.period'),
                  children: `${plan.startDate} ~ ${plan.endDate}`,
                },
                { key: 'cohort', label: t('training.common.cohort'), children: plan.cohortName ?? none },
                {
                  key: 'rec',
                  label: f('recurrence'),
                  children: (
                    <>
                      {t(`training.enums.recurrence.${plan.recurrence}`)}
                      {plan.nextCycleStart && ` · ${f('nextCycle')} ${plan.nextCycleStart}`}
                    </>
                  ),
                },
                ...(plan.trigger
                  ? [
                      {
                        key: 'trigger',
                        label: f('trigger'),
                        children: `${t(`training.enums.trigger.${plan.trigger}`)}${plan.triggerNote ? `：${plan.triggerNote}` : ''}`,
                      },
                    ]
                  : []),
                { key: 'venue', label: f('venue'), children: plan.venue ?? none },
                { key: 'equipment', label: f('equipment'), children: plan.equipment ?? none },
                {
                  key: 'methods',
                  label: f('methods'),
                  children: plan.methods.length ? plan.methods.map((m) => <MethodTag key={m} method={m} />) : none,
                },
                { key: 'objectives', label: f('objectives'), children: plan.objectives ?? none },
                { key: 'assessment', label: f('assessmentPlan'), children: plan.assessmentPlan ?? none },
                { key: 'evaluation', label: f('evaluationMethod'), children: plan.evaluationMethod ?? none },
                { key: 'supervision', label: f('supervision'), children: plan.supervision ?? none },
                {
                  key: 'survey',
                  label: f('needsSurvey'),
                  children: plan.needsSurveyId ? (
                    manage ? (
                      <Link to={`/training/surveys/${plan.needsSurveyId}`}>{t('training.plans.detail.survey')}</Link>
                    ) : (
                      <Tag>✓</Tag>
                    )
                  ) : (
                    none
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('training.plans.detail.timeline')}>
            <PhaseTimeline plan={plan} />
          </Card>
        </Col>
        <Col span={24}>
          <Card
            title={`${t('training.plans.detail.sessions')}（${sessions.data?.length ?? 0}）`}
            extra={<Typography.Text type="secondary">{t('training.plans.detail.rangeNote')}</Typography.Text>}
          >
            <Table<Session>
              rowKey="id"
              size="small"
              loading={sessions.loading}
              dataSource={sessions.data ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              scroll={{ x: 'max-content' }}
              rowClassName={() => 'sw-clickable-row'}
              onRow={(s) =>
                ({ onClick: () => navigate(`/training/sessions/${s.id}`), ...testId('plan-session') }) as object
              }
              columns={[
                { title: t('training.common.time'), key: 'when', render: (_, s) => sessionWhen(s.startsAt, s.endsAt) },
                { title: t('training.common.course'), key: 'course', render: (_, s) => s.title ?? s.courseTitle },
                {
                  title: t('training.common.phase'),
                  key: 'phase',
                  responsive: ['md'],
                  render: (_, s) => phaseName(s.phaseId),
                },
                { title: t('training.common.trainer'), dataIndex: 'trainerName' },
                {
                  title: t('training.common.room'),
                  dataIndex: 'room',
                  responsive: ['lg'],
                  render: (v: string | null) => v ?? none,
                },
                { title: t('training.sessions.fields.enrolled'), dataIndex: 'enrolledCount', align: 'right' },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {editing && <PlanFormModal open plan={plan} onClose={() => setEditing(false)} onSaved={() => reload()} />}
      {scheduler.modal}
    </div>
  );
}
