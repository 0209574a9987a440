import { Card, Empty, List, Progress } from 'antd';
import { useT } from '../../../i18n';
import type { MySummary } from './api';

/** Mastery per deck: the share of its cards whose stability passed the mastery setting. */
export function MasteryList({ decks }: { decks: MySummary['mastery'] }) {
  const t = useT();
  return (
    <Card size="small" title={t('drills.practice.mastery.title')} style={{ marginTop: 12 }}>
      {decks.length === 0 ? (
        <Empty description={t('drills.practice.mastery.none')} />
      ) : (
        <List
          size="small"
          dataSource={decks}
          renderItem={(d) => (
            <List.Item key={d.deckId} data-testid={`drill-mastery-${d.deckId}`}>
              <div style={{ width: '100%' }}>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <span>{d.name}</span>
                  <span style={{ color: 'rgba(0,0,0,0.45)' }} data-testid="drill-mastery-count">
                    {t('drills.practice.mastery.cards', { mastered: d.mastered, cards: d.cards })}
                  </span>
                </div>
                <Progress percent={d.percent} size="small" />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
