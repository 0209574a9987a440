import { Button, Card, Empty, Form, Input, InputNumber, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { QuestionText } from '../QuestionText';
import { examsApi, type Task } from '../examsApi';
import { fmtScore } from '../format';

/** 阅卷: the blind queue (anonymous code only), the rubric, a score and a comment per answer. */
export default function GradingPage() {
  const t = useT();
  const [state, setState] = useState<'pending' | 'graded' | 'all'>('pending');
  // The home page's work item opens one exam's answers (?examId=); the tag clears the filter.
  const [params, setParams] = useSearchParams();
  const examId = params.get('examId') ?? undefined;
  const queue = useApiQuery(keys.exams('grading', state, examId ?? ''), () => examsApi.queue({ state, examId }));
  const tasks = queue.data ?? [];
  const loading = queue.loading;
  return (
    <>
      <PageHeader
        title={t('exams.grading.title')}
        extra={
          <Segmented
            value={state}
            onChange={(v) => setState(v as typeof state)}
            data-testid="grading-state"
            options={[
              { value: 'pending', label: t('exams.grading.pending') },
              { value: 'graded', label: t('exams.grading.graded') },
              { value: 'all', label: t('exams.grading.all') },
            ]}
          />
        }
      />
      <Typography.Paragraph type="secondary">{t('exams.grading.blind')}</Typography.Paragraph>
      {examId && (
        <Tag closable onClose={() => setParams({})} data-testid="grading-exam-filter">
          {t('exams.grading.onlyExam', { title: tasks[0]?.examTitle ?? '' })}
        </Tag>
      )}
      {!loading && !tasks.length && <Empty description={t('exams.grading.empty')} data-testid="grading-empty" />}
      <div data-testid="grading-queue">
        {tasks.map((task) => (
          <GradeCard key={task.itemId} task={task} />
        ))}
      </div>
    </>
  );
}

function GradeCard({ task }: { task: Task }) {
  const t = useT();
  const regrade = task.score !== null;
  // A grade moves the queue and the exam's results.
  const grade = useApiMutation(
    (v: { score: number; comment?: string; reason?: string }) =>
      examsApi.grade(task.itemId, {
        score: v.score,
        comment: v.comment || undefined,
        reason: v.reason || undefined,
      }),
    {
      invalidates: [keys.exams('grading'), keys.exams('exam')],
      onSuccess: () => showSuccess(t('exams.grading.saved')),
    },
  );
  const save = (v: { score: number; comment?: string; reason?: string }) => grade.mutate(v);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="grading-task"
      data-anon={task.anonCode}
      title={
        <Space>
          <Tag color="purple" data-testid="grading-anon">
            {task.anonCode}
          </Tag>
          <span>{task.examTitle}</span>
          <span>#{task.position}</span>
          <Tag>{t(`exams.types.${task.type}`)}</Tag>
        </Space>
      }
      extra={
        regrade ? (
          <Tag color="green">{t('exams.grading.marked', { score: fmtScore(task.score), points: task.points })}</Tag>
        ) : (
          <Tag>{t('exams.papers.pointsN', { n: task.points })}</Tag>
        )
      }
    >
      <QuestionText text={task.stem} files={task.files} />
      <Typography.Paragraph
        style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8 }}
        data-testid="grading-answer"
      >
        {task.answer?.text || t('exams.result.noAnswer')}
      </Typography.Paragraph>
      {task.rubric && (
        <Typography.Paragraph type="secondary" data-testid="grading-rubric">
          <b>{t('exams.fields.rubric')}：</b>
          {task.rubric}
        </Typography.Paragraph>
      )}
      {task.referenceAnswer && (
        <Typography.Paragraph type="secondary">
          <b>{t('exams.fields.referenceAnswer')}：</b>
          {task.referenceAnswer}
        </Typography.Paragraph>
      )}
      <Form
        layout="inline"
        onFinish={save}
        initialValues={{ score: task.score ?? undefined, comment: task.comment ?? '' }}
      >
        <Form.Item
          name="score"
          label={t('exams.grading.score')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={0} max={task.points} step={0.5} data-testid="grading-score" />
        </Form.Item>
        <Form.Item name="comment" label={t('exams.grading.comment')}>
          <Input style={{ width: 320 }} data-testid="grading-comment" />
        </Form.Item>
        {regrade && (
          <Form.Item
            name="reason"
            label={t('exams.fields.reason')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={grade.isPending} data-testid="grading-save">
          {t('common.actions.save')}
        </Button>
      </Form>
    </Card>
  );
}
