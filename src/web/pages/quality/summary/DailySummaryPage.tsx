import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { SUMMARY_ACTIONS } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useDepartments } from '../../../components/useDepartments';
import { feedbackApi, type Problem } from '../feedback/feedbackApi';
import { FollowupsTable } from './FollowupsTable';
import { MentorFiguresTable } from './MentorFiguresTable';

/** 每日质检小结: a day's results by problem (failed item) with the agents affected, trainee errors
 *  apart, red-line breaches and the action planned; the follow-ups; the mentors' figures. */
export default function DailySummaryPage() {
  const t = useT();
  const can = useCan();
  const required = useRequired();
  const [picked, setDay] = useState<Dayjs | null>(null); // null: the server picks the latest day with evaluations
  const [teamId, setTeamId] = useState<string | undefined>();
  const { departments } = useDepartments();
  const [planning, setPlanning] = useState<Problem | null>(null);
  const pickedDay = picked ? toIsoDate(picked) : undefined;
  const s = useApiQuery(keys.quality('daily', pickedDay, teamId), () => feedbackApi.daily({ day: pickedDay, teamId }), {
    keepPrevious: true,
  }).data;
  const day = picked ?? (s ? dayjs(s.day) : null);
  const invalidate = useInvalidate();
  const teams = departments.flatMap((d) => d.teams.map((tm) => ({ value: tm.id, label: `${d.name} / ${tm.name}` })));
  const mayPlan = can('quality.review');
  const columns: TableColumnsType<Problem> = [
    {
      title: t('quality.feedback.summary.problem'),
      key: 'label',
      render: (_, p) => (
        <Space>
          {p.label}
          {p.redLine && <Tag color="red">{t('quality.feedback.redLines.tag')}</Tag>}
        </Space>
      ),
    },
    { title: t('quality.feedback.summary.count'), dataIndex: 'evaluations' },
    {
      title: t('quality.feedback.summary.agents'),
      key: 'agents',
      render: (_, p) =>
        p.agents.map((a) => (
          <Tag key={a.id} color={a.trainee ? 'gold' : undefined}>
            {a.name}
            {a.trainee ? `（${t('quality.feedback.summary.trainee')}）` : ''}
          </Tag>
        )),
    },
    { title: t('quality.feedback.summary.traineeErrors'), dataIndex: 'traineeEvaluations' },
    {
      title: t('quality.feedback.summary.breaches'),
      dataIndex: 'redLineBreaches',
      render: (v: number) => (v ? <Tag color="red">{v}</Tag> : 0),
    },
    {
      title: t('quality.feedback.summary.action'),
      key: 'action',
      render: (_, p) => (
        <Space>
          {p.action ? (
            <span data-testid="problem-action">
              {t(`quality.feedback.actions.${p.action.action}`)}
              {p.action.note ? `：${p.action.note}` : ''}
            </span>
          ) : (
            '—'
          )}
          {mayPlan && (
            <Button size="small" type="link" onClick={() => setPlanning(p)} data-testid="plan-action">
              {t('quality.feedback.summary.plan')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <PageHeader title={t('quality.feedback.summary.title')} />
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker value={day} allowClear={false} onChange={(d) => d && setDay(d)} data-testid="summary-day" />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 260 }}
          placeholder={t('quality.feedback.summary.team')}
          value={teamId}
          onChange={setTeamId}
          options={teams}
        />
      </Space>
      <Tabs
        items={[
          {
            key: 'day',
            label: t('quality.feedback.summary.byProblem'),
            children: s && (
              <>
                <Card size="small" style={{ marginBottom: 12 }}>
                  <Space size="large" wrap>
                    <Statistic title={t('quality.feedback.summary.evaluations')} value={s.evaluations} />
                    <Statistic title={t('quality.feedback.summary.agentCount')} value={s.agents} />
                    <Statistic title={t('quality.feedback.summary.average')} value={s.averageScore ?? '—'} />
                    <Statistic title={t('quality.feedback.summary.failed')} value={s.failed} />
                    <Statistic title={t('quality.feedback.summary.breaches')} value={s.redLineBreaches} />
                  </Space>
                </Card>
                <Table<Problem>
                  rowKey="itemKey"
                  dataSource={s.problems}
                  columns={columns}
                  pagination={false}
                  data-testid="summary-problems"
                />
              </>
            ),
          },
          { key: 'followups', label: t('quality.feedback.followups.title'), children: <FollowupsTable /> },
          {
            key: 'mentors',
            label: t('quality.feedback.mentors.title'),
            children: day && <MentorFiguresTable to={toIsoDate(day)} />,
          },
        ]}
      />
      {planning && (
        <FormModal<{ action: string; note?: string }>
          open
          title={t('quality.feedback.summary.planFor', { label: planning.label })}
          onClose={() => setPlanning(null)}
          testId="plan-action"
          initialValues={{
            action: planning.action?.action ?? 'team_meeting',
            note: planning.action?.note ?? undefined,
          }}
          onSubmit={async (v) => {
            await feedbackApi.planAction({
              day: s!.day,
              itemKey: planning.itemKey,
              teamId: teamId ?? null,
              action: v.action as never,
              note: v.note,
            });
            await invalidate(keys.quality('daily'));
          }}
        >
          <Form.Item name="action" label={t('quality.feedback.summary.action')} rules={[required]}>
            <Select options={SUMMARY_ACTIONS.map((a) => ({ value: a, label: t(`quality.feedback.actions.${a}`) }))} />
          </Form.Item>
          <Form.Item name="note" label={t('quality.feedback.summary.note')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
