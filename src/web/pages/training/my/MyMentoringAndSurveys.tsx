import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { DailyLogDrawer } from '../mentoring/DailyLogDrawer';
import { RateModal } from '../mentoring/MentoringDialogs';
import { ModeTag } from '../shared/Tags';
import { trainingApi } from '../shared/trainingApi';
import type { Assignment, MySurvey } from '../shared/types';
import { SurveyAnswerModal } from './SurveyAnswerModal';

/** My mentors: hours so far, open problems, the daily log, and rating the mentor once. */
export function MyMentoring({ employeeId }: { employeeId: string }) {
  const t = useT();
  const { data, reload } = useApiQuery(keys.training('mentoring', 'list', 'trainee', employeeId), () =>
    trainingApi.mentoring.list({ traineeId: employeeId }),
  );
  const [acting, setActing] = useState<{ a: Assignment; what: 'log' | 'rate' } | null>(null);
  const rows = data?.data ?? [];
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.my.noMentoring')} />;
  return (
    <>
      <List
        dataSource={rows}
        renderItem={(a) => (
          <List.Item
            data-testid="my-mentoring"
            actions={[
              <Button key="log" size="small" onClick={() => setActing({ a, what: 'log' })}>
                {t('training.mentoring.log')}
              </Button>,
              ...(a.rating === null
                ? [
                    <Button key="rate" size="small" onClick={() => setActing({ a, what: 'rate' })}>
                      {t('training.mentoring.rate')}
                    </Button>,
                  ]
                : []),
            ]}
          >
            <List.Item.Meta
              title={
                <Space size={4}>
                  {a.mentorName}
                  <ModeTag mode={a.mode} />
                  {a.status !== 'active' && <Tag>{t(`training.enums.assignmentStatus.${a.status}`)}</Tag>}
                </Space>
              }
              description={`${a.startDate}${a.endDate ? ` ~ ${a.endDate}` : ''} · ${t('training.common.hours', { n: a.hoursTotal })} · ${t('training.mentoring.fields.openProblems')} ${a.openProblems}`}
            />
          </List.Item>
        )}
      />
      {acting?.what === 'log' && (
        <DailyLogDrawer assignment={acting.a} canEdit={false} onClose={() => setActing(null)} onChanged={reload} />
      )}
      {acting?.what === 'rate' && (
        <RateModal
          assignment={acting.a}
          onClose={() => setActing(null)}
          onDone={() => {
            setActing(null);
            reload();
          }}
        />
      )}
    </>
  );
}

/** Needs surveys sent to me: answer, or change my answer while open. */
export function MySurveys() {
  const t = useT();
  const { data, reload } = useApiQuery(keys.training('surveys', 'mine'), () => trainingApi.surveys.mine());
  const [answering, setAnswering] = useState<MySurvey | null>(null);
  const rows = (data ?? []).filter((s) => s.status === 'open' || s.answeredAt);
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('training.my.noSurveys')} />;
  return (
    <>
      <List
        dataSource={rows}
        renderItem={(s) => (
          <List.Item
            data-testid="my-survey"
            actions={
              s.status === 'open'
                ? [
                    <Button
                      key="a"
                      size="small"
                      type={s.answeredAt ? 'default' : 'primary'}
                      onClick={() => setAnswering(s)}
                      data-testid="my-survey-answer"
                    >
                      {t(s.answeredAt ? 'training.my.changeAnswer' : 'training.my.answer')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={s.title}
              description={
                <Space size={4}>
                  <Tag color={s.answeredAt ? 'green' : 'orange'}>
                    {t(s.answeredAt ? 'training.my.answered' : 'training.enums.surveyStatus.open')}
                  </Tag>
                  {s.closesOn && <Typography.Text type="secondary">{s.closesOn}</Typography.Text>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {answering && (
        <SurveyAnswerModal
          survey={answering}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            reload();
          }}
        />
      )}
    </>
  );
}
