import { Result, Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { practiceApi, practiceKey, type QueueCard, type ReviewResult } from './api';
import { CardView, type Answer } from './CardView';
import { DayHeader } from './DayHeader';
import { MasteryList } from './MasteryList';
import { ResultView } from './ResultView';

const QUEUE_SIZE = 20;

/**
 * 我的演练 (issue 20 item 2), phone width first: today's goal, streak and backlog on top, one
 * card at a time, its graded answer, and mastery per deck below.
 */
export default function PracticePage() {
  const t = useT();
  const { data: summary } = useApiQuery(practiceKey('me'), practiceApi.me);
  // A card failed a minute ago comes back after its learning step: an empty queue looks again.
  const { data: queue, loading } = useApiQuery(practiceKey('queue'), () => practiceApi.queue(QUEUE_SIZE), {
    refetchInterval: (q) => (q && q.length === 0 ? 60_000 : false),
  });
  // The card answered stays on screen with its result while the queue reloads behind it.
  const [answered, setAnswered] = useState<{ card: QueueCard; result: ReviewResult } | null>(null);
  const shownAt = useRef(performance.now());
  const card = queue?.[0];
  const review = useApiMutation(
    (a: Answer) =>
      practiceApi.review({
        ...a,
        cardId: card!.cardId,
        durationMs: Math.round(performance.now() - shownAt.current),
      }),
    { invalidates: [practiceKey()], onSuccess: (result) => setAnswered({ card: card!, result }) },
  );
  const next = () => {
    setAnswered(null);
    shownAt.current = performance.now();
  };

  return (
    <div style={{ maxWidth: 640, margin: '0 auto' }}>
      <PageHeader title={t('drills.practice.header.title')} />
      {summary && <DayHeader s={summary} />}
      {answered ? (
        <ResultView card={answered.card} result={answered.result} onNext={next} />
      ) : loading && !queue ? (
        <Skeleton active />
      ) : card ? (
        <CardView key={card.cardId} card={card} busy={review.isPending} onAnswer={(a) => review.mutate(a)} />
      ) : (
        <Result
          status="success"
          title={t('drills.practice.empty.title')}
          subTitle={t('drills.practice.empty.sub')}
          data-testid="drill-empty"
        />
      )}
      {summary && <MasteryList decks={summary.mastery} />}
    </div>
  );
}
