import { Button, Card, Progress, Result, Skeleton, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../../access';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { practiceKey, type QueueCard, type ReviewResult } from '../practice/api';
import { CardView, type Answer } from '../practice/CardView';
import { ResultView } from '../practice/ResultView';
import { quizApi, quizKey, type QuizView } from './api';
import { QuizResults } from './QuizResults';

type Question = QuizView['questions'][number];

/** A quiz question in the shape practice's card components take (no boost: the quiz drew it). */
const asCard = (q: Question): QueueCard => ({
  cardId: q.cardId,
  deckId: q.deckId,
  deckName: q.deckName,
  kind: q.kind,
  prompt: q.prompt,
  choices: q.choices,
  clozeParts: q.clozeParts,
  script: q.script,
  why: 'due',
  boostReason: null,
  boostRef: null,
  due: null,
});

/**
 * 每日小测 (issue 20 item 4), phone width first: start today's quiz, answer one question at a time
 * with practice's card view, see each result, then the score. Those who coach see the results of
 * their people by day below.
 */
export default function QuizPage() {
  const t = useT();
  const can = useCan();
  const { data: quiz, loading } = useApiQuery(quizKey('today'), quizApi.today);
  const [answered, setAnswered] = useState<{ card: QueueCard; result: ReviewResult } | null>(null);
  const shownAt = useRef(performance.now());
  const start = useApiMutation(quizApi.start, { invalidates: [quizKey()] });
  const current = quiz?.questions.find((q) => !q.answered);
  const answer = useApiMutation(
    (a: Answer) =>
      quizApi.answer(quiz!.id, {
        ...a,
        cardId: current!.cardId,
        durationMs: Math.round(performance.now() - shownAt.current),
      }),
    {
      invalidates: [quizKey(), practiceKey()],
      onSuccess: (result) => setAnswered({ card: asCard(current!), result }),
    },
  );
  const next = () => {
    setAnswered(null);
    shownAt.current = performance.now();
  };

  let body;
  if (loading && quiz === undefined) body = <Skeleton active />;
  else if (!quiz)
    body = (
      <Card size="small">
        <Typography.Paragraph>{t('drills.quiz.intro')}</Typography.Paragraph>
        <Button
          type="primary"
          block
          size="large"
          loading={start.isPending}
          onClick={() => start.mutate(undefined)}
          data-testid="quiz-start"
        >
          {t('drills.quiz.start')}
        </Button>
      </Card>
    );
  else if (answered) body = <ResultView card={answered.card} result={answered.result} onNext={next} />;
  else if (current)
    body = (
      <>
        <Space direction="vertical" style={{ width: '100%', marginBottom: 8 }} size={0}>
          <Typography.Text data-testid="quiz-progress">
            {t('drills.quiz.progress', { n: quiz.answered + 1, total: quiz.total })}
          </Typography.Text>
          <Progress percent={Math.round((quiz.answered * 100) / quiz.total)} showInfo={false} size="small" />
        </Space>
        <CardView
          key={current.cardId}
          card={asCard(current)}
          busy={answer.isPending}
          onAnswer={(a) => answer.mutate(a)}
        />
      </>
    );
  else
    body = (
      <Result
        status="success"
        title={<span data-testid="quiz-score">{t('drills.quiz.score', { percent: quiz.percent })}</span>}
        subTitle={
          <>
            <div>{t('drills.quiz.scoreDetail', { correct: quiz.correct, total: quiz.total })}</div>
            <div>{t('drills.quiz.finishedSub')}</div>
          </>
        }
        extra={
          <Link to="/drills">
            <Button>{t('drills.quiz.backToPractice')}</Button>
          </Link>
        }
      />
    );

  return (
    <>
      <div style={{ maxWidth: 640, margin: '0 auto' }} data-testid="quiz-page">
        <PageHeader title={t('drills.quiz.title')} />
        {body}
      </div>
      {can('drills.team') && <QuizResults />}
    </>
  );
}
