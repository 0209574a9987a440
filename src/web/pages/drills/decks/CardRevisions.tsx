import { Descriptions, Drawer, Empty, Tag, Timeline } from 'antd';
import { localTime } from '../../../format';
import { useT, type MsgKey } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { decksApi, decksKey, type Card } from './api';

/** A card's revisions, newest first: what it said at each, who changed it and why. */
export function CardRevisions({ card, onClose }: { card: Card | null; onClose: () => void }) {
  const t = useT();
  const { data, loading } = useApiQuery(
    decksKey('revisions', card?.id, card?.revision),
    () => decksApi.revisions(card!.id),
    { enabled: !!card },
  );
  return (
    <Drawer open={!!card} onClose={onClose} size={560} title={t('drills.decks.revisions.title')} loading={loading}>
      {data && data.length === 0 && <Empty description={t('drills.decks.revisions.empty')} />}
      <Timeline
        data-testid="drill-card-revisions"
        items={(data ?? []).map((r) => ({
          key: r.revision,
          content: (
            <Descriptions
              size="small"
              column={1}
              title={
                <span data-testid={`drill-card-revision-${r.revision}`}>
                  {t('drills.decks.revisions.revision', { revision: r.revision })}{' '}
                  <Tag>{t(`drills.decks.kind.${r.kind}` as MsgKey)}</Tag>
                </span>
              }
              extra={t('drills.decks.revisions.by', { name: r.changedByName ?? '—', at: localTime(r.changedAt) })}
              items={[
                { key: 'prompt', label: t('drills.decks.cards.prompt'), children: r.prompt },
                { key: 'answer', label: t('drills.decks.cards.answer'), children: r.answer },
                ...(r.choices
                  ? [{ key: 'choices', label: t('drills.decks.revisions.choices'), children: r.choices.join(' | ') }]
                  : []),
                ...(r.note ? [{ key: 'note', label: t('drills.decks.revisions.note'), children: r.note }] : []),
              ]}
            />
          ),
        }))}
      />
    </Drawer>
  );
}
