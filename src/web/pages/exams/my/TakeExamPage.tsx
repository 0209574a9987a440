import { CheckCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Affix, Alert, Button, Card, Modal, Result, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageSpin } from '../../../components/Results';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Answer } from '../examsApi';
import { QuestionText } from '../QuestionText';
import { AnswerField } from './AnswerField';
import { Countdown } from './Countdown';
import { useAnswerSaver } from './useAnswerSaver';

/** Taking an exam: every question on one page, saved as you go, a countdown kept by the server. */
export default function TakeExamPage() {
  const t = useT();
  const { id = '' } = useParams();
  // Resuming shows exactly what the server saved: read afresh on each visit, never from the cache.
  const { data: attempt, query } = useApiQuery(keys.exams('attempt', id), () => examsApi.attempt(id), { fresh: true });
  const [answers, setAnswers] = useState<Record<string, Answer | null>>({});
  const [offset, setOffset] = useState(0);
  const [over, setOver] = useState<null | 'TIME_UP' | 'ATTEMPT_SUBMITTED' | 'SUBMITTED'>(null);
  // The answers on screen start from the server's once; after that the page and the saver own them
  // (a later read must not overwrite an answer still waiting to be saved).
  const [seededFor, setSeededFor] = useState<string | null>(null);
  if (attempt && seededFor !== id) {
    setSeededFor(id);
    setOffset(Date.parse(attempt.serverNow) - query.dataUpdatedAt);
    setAnswers(Object.fromEntries(attempt.items.map((i) => [i.questionId, i.answer])));
    if (attempt.status !== 'in_progress') setOver(attempt.autoSubmitted ? 'TIME_UP' : 'SUBMITTED');
  }

  const saver = useAnswerSaver(
    id,
    (iso) => setOffset(Date.parse(iso) - Date.now()),
    (code) => setOver(code as 'TIME_UP'),
  );

  const change = (questionId: string, a: Answer) => {
    setAnswers((old) => ({ ...old, [questionId]: a }));
    saver.change(questionId, a);
  };

  // The last answers are saved before the attempt is handed in.
  const submitting = useApiMutation(
    async () => {
      await saver.flush();
      return examsApi.submit(id);
    },
    {
      invalidates: [keys.exams('my')],
      onSuccess: () => {
        saver.stop();
        setOver('SUBMITTED');
      },
    },
  );
  const submit = () =>
    submitting.mutateAsync(undefined).then(
      () => undefined,
      () => undefined, // shown already; the exam stays open for another try
    );

  const confirmSubmit = () => {
    const blank = attempt ? attempt.items.filter((i) => !hasAnswer(answers[i.questionId])).length : 0;
    Modal.confirm({
      title: t('exams.take.submitConfirm'),
      content: blank ? t('exams.take.unanswered', { n: blank }) : t('exams.take.allAnswered'),
      okText: t('exams.take.submit'),
      cancelText: t('common.actions.cancel'),
      okButtonProps: { 'data-testid': 'submit-ok' },
      onOk: submit,
    });
  };

  if (!attempt || seededFor !== id) return <PageSpin />;
  if (over) {
    return (
      <Result
        status={over === 'SUBMITTED' ? 'success' : 'warning'}
        data-testid="exam-over"
        data-reason={over}
        title={over === 'SUBMITTED' ? t('exams.take.submitted') : t('exams.take.timeUp')}
        subTitle={t('exams.take.afterSubmit')}
        extra={
          <Link to="/exams/my">
            <Button type="primary">{t('exams.take.backToMy')}</Button>
          </Link>
        }
      />
    );
  }

  const answered = attempt.items.filter((i) => hasAnswer(answers[i.questionId])).length;
  return (
    <div data-testid="take-exam">
      <Affix offsetTop={0}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {attempt.examTitle}
            </Typography.Title>
            <Space>
              <span>{t('exams.take.progress', { n: answered, total: attempt.items.length })}</span>
              <SaveIndicator state={saver.state} />
              <Countdown
                deadline={Date.parse(attempt.deadlineAt)}
                offset={offset}
                onZero={() => {
                  saver.stop();
                  setOver('TIME_UP');
                }}
              />
              <Button type="primary" loading={submitting.isPending} onClick={confirmSubmit} data-testid="exam-submit">
                {t('exams.take.submit')}
              </Button>
            </Space>
          </Space>
        </Card>
      </Affix>
      {attempt.items.map((item) => (
        <Card
          key={item.questionId}
          size="small"
          style={{ marginBottom: 12 }}
          data-testid="exam-question"
          data-position={item.position}
          data-type={item.type}
          title={
            <Space>
              <span>{item.position}.</span>
              <Tag>{t(`exams.types.${item.type}`)}</Tag>
              <span>{t('exams.papers.pointsN', { n: item.points })}</span>
            </Space>
          }
        >
          <QuestionText text={item.stem} files={item.files} />
          <AnswerField
            item={item}
            value={answers[item.questionId] ?? null}
            onChange={(a) => change(item.questionId, a)}
          />
        </Card>
      ))}
      <Alert type="info" showIcon message={t('exams.take.hint')} />
    </div>
  );
}

function hasAnswer(a: Answer | null | undefined) {
  if (!a) return false;
  return !!(
    a.optionIds?.length ||
    a.value === true ||
    a.value === false ||
    a.blanks?.some((b) => b.trim()) ||
    a.text?.trim() ||
    Object.values(a.matches ?? {}).some(Boolean)
  );
}

function SaveIndicator({ state }: { state: string }) {
  const t = useT();
  if (state === 'idle') return null;
  const busy = state === 'pending' || state === 'saving';
  return (
    <Tag
      color={state === 'retrying' ? 'orange' : busy ? 'default' : 'green'}
      icon={busy ? <LoadingOutlined /> : <CheckCircleOutlined />}
      data-testid="save-state"
      data-state={state}
    >
      {t(`exams.take.save.${state as 'saved'}`)}
    </Tag>
  );
}
