import { Card, Descriptions, Empty, Table, Tabs, Tag } from 'antd';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Daily } from '../examsApi';
import { fmtScore, fmtTime } from '../format';

/** The trainee's own practical and daily scores and the feedback and plan after a failed result. */
export function MyFeedback() {
  const t = useT();
  const practical = useApiQuery(keys.exams('my', 'practical'), () => examsApi.myPractical()).data ?? [];
  const daily = useApiQuery(keys.exams('my', 'daily'), () => examsApi.myDaily()).data ?? [];
  const followups = useApiQuery(keys.exams('my', 'followups'), () => examsApi.myFollowups()).data ?? [];
  const pass = (p: boolean) => (
    <Tag color={p ? 'green' : 'red'}>{p ? t('exams.results.pass') : t('exams.results.fail')}</Tag>
  );
  return (
    <Card style={{ marginTop: 16 }}>
      <Tabs
        items={[
          {
            key: 'f',
            label: t('exams.my.feedback'),
            children: followups.length ? (
              followups.map((f) => (
                <Card
                  key={f.id}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={
                    <>
                      {f.sourceTitle} <Tag>{t(`exams.followups.kinds.${f.sourceKind}`)}</Tag> {fmtScore(f.score)} /{' '}
                      {f.passMark}
                    </>
                  }
                >
                  <Descriptions size="small" column={1}>
                    <Descriptions.Item label={t('exams.followups.feedback')}>
                      {f.feedback ?? t('exams.followups.missing')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('exams.followups.plan')}>
                      {f.plan
                        ? `${f.plan}（${t('exams.followups.dueDate')} ${f.planDueDate}）`
                        : t('exams.followups.missing')}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('exams.followups.talkAt')}>{fmtTime(f.talkAt)}</Descriptions.Item>
                  </Descriptions>
                </Card>
              ))
            ) : (
              <Empty />
            ),
          },
          {
            key: 'p',
            label: t('exams.practical.scoring'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={practical}
                pagination={false}
                columns={[
                  { title: t('exams.fields.title'), dataIndex: 'examTitle' },
                  { title: t('exams.results.score'), dataIndex: 'total', render: fmtScore },
                  { title: t('exams.results.passed'), dataIndex: 'passed', render: pass },
                  { title: t('exams.grading.comment'), dataIndex: 'comments' },
                ]}
              />
            ),
          },
          {
            key: 'd',
            label: t('exams.daily.title'),
            children: (
              <Table
                rowKey="id"
                size="small"
                dataSource={daily}
                pagination={false}
                columns={[
                  {
                    title: t('exams.daily.date'),
                    key: 'p',
                    render: (_: unknown, d: Daily) => `${d.periodStart} – ${d.periodEnd}`,
                  },
                  { title: t('exams.daily.attendance'), dataIndex: 'attendance' },
                  { title: t('exams.daily.attitude'), dataIndex: 'attitude' },
                  { title: t('exams.daily.teamwork'), dataIndex: 'teamwork' },
                  { title: t('exams.results.score'), dataIndex: 'total' },
                  { title: t('exams.results.passed'), dataIndex: 'passed', render: pass },
                  { title: t('exams.grading.comment'), dataIndex: 'comments' },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
