import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n';
import type { QueueCard } from './api';

const BOOST_COLOR = { qa_error: 'red', exam_error: 'volcano', card_changed: 'blue' } as const;

/** Why the card is in the queue now; a boosted card also says what brought it (its ref). */
export function WhyTag({ card }: { card: QueueCard }) {
  const t = useT();
  if (card.boostReason) {
    const tag = (
      <Tag color={BOOST_COLOR[card.boostReason]} data-testid="drill-why">
        {t(`drills.practice.why.${card.boostReason}`)}
      </Tag>
    );
    return card.boostRef ? <Tooltip title={t('drills.practice.why.ref', { ref: card.boostRef })}>{tag}</Tooltip> : tag;
  }
  if (card.why === 'boosted') return null;
  return (
    <Tag color={card.why === 'overdue' ? 'orange' : undefined} data-testid="drill-why">
      {t(`drills.practice.why.${card.why}`)}
    </Tag>
  );
}
