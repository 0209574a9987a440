import { Alert, Button, Card, Descriptions, Popconfirm, Space, Table, Tabs } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { PageSpin } from '../../../components/Results';
import { errorText, showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Examinee } from '../examsApi';
import { fmtTime } from '../format';
import { ExamineesModal } from './ExamineesModal';
import { GradersSelect } from './GradersSelect';
import { ItemAnalysisTable } from './ItemAnalysisTable';
import { PracticalPanel } from './PracticalPanel';
import { ResultsTable } from './ResultsTable';
import { StatusTag } from './StatusTag';

const NONE: Examinee[] = [];

/** One exam: its settings, examinees, open / close / release, results and item analysis. */
export default function ExamPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail: string } | null>(null);
  // The exam, its examinees, results and analysis all sit under the exam's key: one change refreshes them.
  const examKey = keys.exams('exam', id);
  const exam = useApiQuery(examKey, () => examsApi.exam(id)).data;
  // Not every reader of the exam may list its examinees: none then, quietly.
  const examinees =
    useApiQuery(keys.exams('exam', id, 'examinees'), () => examsApi.examinees(id), { quiet: true }).data ?? NONE;
  const invalidate = useInvalidate();
  const changed = () => invalidate(examKey, keys.exams('exams'));
  const step = useApiMutation((what: 'open' | 'close' | 'release') => examsApi[what](id), {
    invalidates: [examKey, keys.exams('exams')],
    quiet: true, // a paper too short or an exam still open is told in the page
  });

  const act = async (what: 'open' | 'close' | 'release') => {
    setProblem(null);
    try {
      await step.mutateAsync(what);
      showSuccess(t(`exams.manage.done.${what}`));
    } catch (err) {
      if (err instanceof ApiError && (err.errorCode === 'PAPER_RULE_SHORT' || err.errorCode === 'EXAM_NOT_CLOSED')) {
        setProblem({ title: errorText(err), detail: err.message });
      } else showError(err, { detail: true });
    }
  };

  if (!exam) return <PageSpin />;
  const released = !!exam.resultsReleasedAt;
  return (
    <>
      <PageHeader
        title={
          <Space>
            {exam.title}
            <StatusTag exam={exam} />
          </Space>
        }
        extra={
          <Space wrap>
            <Button onClick={() => setEditing(true)} disabled={exam.status === 'closed'} data-testid="exam-examinees">
              {t('exams.manage.setExaminees')}
            </Button>
            {exam.status === 'draft' && (
              <Button type="primary" onClick={() => act('open')} data-testid="exam-open">
                {t('exams.manage.open')}
              </Button>
            )}
            {exam.status === 'open' && (
              <Popconfirm
                title={t('exams.manage.closeConfirm')}
                onConfirm={() => act('close')}
                okButtonProps={{ 'data-testid': 'exam-close-ok' }}
              >
                <Button danger data-testid="exam-close">
                  {t('exams.manage.close')}
                </Button>
              </Popconfirm>
            )}
            {exam.status === 'closed' && !released && (
              <Button type="primary" onClick={() => act('release')} data-testid="exam-release">
                {t('exams.manage.release')}
              </Button>
            )}
          </Space>
        }
      />
      {problem && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setProblem(null)}
          style={{ marginBottom: 16 }}
          data-testid="exam-problem"
          message={problem.title}
          description={problem.detail}
        />
      )}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('exams.manage.opensAt')}>{fmtTime(exam.opensAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.closesAt')}>{fmtTime(exam.closesAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.timeLimit')}>{exam.timeLimitMinutes ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.maxAttempts')}>{exam.maxAttempts}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.passMark')}>{exam.passMark}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.examinees')}>
            <span data-testid="exam-examinee-count">{exam.examineeCount}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.released')}>{fmtTime(exam.resultsReleasedAt)}</Descriptions.Item>
          <Descriptions.Item label={t('exams.manage.graders')}>
            <GradersSelect exam={exam} onSaved={changed} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Tabs
        items={[
          ...(exam.kind === 'practical'
            ? [
                {
                  key: 'practical',
                  label: t('exams.practical.scoring'),
                  children: <PracticalPanel exam={exam} examinees={examinees} />,
                },
              ]
            : []),
          { key: 'results', label: t('exams.manage.results'), children: <ResultsTable examId={id} /> },
          {
            key: 'analysis',
            label: t('exams.manage.itemAnalysis'),
            children: <ItemAnalysisTable examId={id} />,
          },
          {
            key: 'examinees',
            label: t('exams.manage.examinees'),
            children: (
              <Table
                rowKey="employeeId"
                size="small"
                dataSource={examinees}
                data-testid="examinee-list"
                columns={[
                  { title: t('exams.fields.employeeNo'), dataIndex: 'employeeNo' },
                  { title: t('exams.fields.name'), dataIndex: 'name' },
                  { title: t('exams.fields.team'), dataIndex: 'teamName' },
                ]}
              />
            ),
          },
        ]}
      />
      {editing && (
        <ExamineesModal examId={id} current={examinees} onClose={() => setEditing(false)} onSaved={changed} />
      )}
    </>
  );
}
