import { ArrowDownOutlined, ArrowLeftOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, Button, Result, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { errorText } from '../../../feedback';
import { useT, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { decksApi, decksKey, type Card, type Deck } from './api';
import { CardEditor } from './CardEditor';
import { CardRevisions } from './CardRevisions';
import { DeckModal } from './DeckModal';
import { useAudienceText } from './labels';

// One deck: its cards in their order, an editor for each, their revisions, moving a card up or
// down, archiving and restoring.

export default function DeckPage() {
  const t = useT();
  const audienceText = useAudienceText();
  const { id = '' } = useParams();
  const { data, loading, error } = useApiQuery(decksKey('deck', id), () => decksApi.get(id), { quiet: true });
  const [editing, setEditing] = useState<Card | 'new' | null>(null);
  const [history, setHistory] = useState<Card | null>(null);
  const [editDeck, setEditDeck] = useState<Deck | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const invalidates = [decksKey()];
  const reorder = useApiMutation((ids: string[]) => decksApi.reorder(id, ids), { invalidates });
  const setStatus = useApiMutation(
    (c: Card) =>
      decksApi.updateCard(c.id, { version: c.version, status: c.status === 'active' ? 'archived' : 'active' }),
    { invalidates },
  );
  if (error) return <Result status={error.status === 404 ? '404' : 'error'} title={errorText(error)} />;
  const deck = data?.deck;
  const active = (data?.cards ?? []).filter((c) => c.status === 'active');
  const rows = showArchived ? (data?.cards ?? []) : active;
  const deckOpen = deck?.status === 'active';
  const move = (card: Card, by: -1 | 1) => {
    const ids = active.map((c) => c.id);
    const at = ids.indexOf(card.id);
    [ids[at], ids[at + by]] = [ids[at + by], ids[at]];
    reorder.mutate(ids);
  };

  return (
    <>
      <Link to="/drills/decks" data-testid="drill-deck-back">
        <ArrowLeftOutlined /> {t('drills.decks.cards.back')}
      </Link>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="drill-deck-title">{deck?.name}</span>
            {deck && <Tag>{t(`drills.decks.category.${deck.category}` as MsgKey)}</Tag>}
            {deck && deck.status !== 'active' && <Tag>{t('drills.decks.status.archived')}</Tag>}
          </Space>
        }
        extra={
          <Space wrap>
            <Button disabled={!deck} onClick={() => setEditDeck(deck ?? null)} data-testid="drill-deck-edit">
              {t('drills.decks.list.edit')}
            </Button>
            <Button type="primary" disabled={!deckOpen} onClick={() => setEditing('new')} data-testid="drill-card-add">
              {t('drills.decks.cards.add')}
            </Button>
          </Space>
        }
      />
      {deck && (
        <Typography.Paragraph type="secondary">
          {deck.description} {deck.description ? '·' : ''} {t('drills.decks.list.audience')}:{' '}
          {audienceText(deck.audience)}
        </Typography.Paragraph>
      )}
      {deck && !deckOpen && <Alert type="warning" showIcon title={t('drills.decks.cards.archivedDeck')} />}
      <Space style={{ margin: '12px 0' }}>
        <Switch checked={showArchived} onChange={setShowArchived} data-testid="drill-cards-show-archived" />
        {t('drills.decks.cards.showArchived')}
      </Space>
      <Table<Card>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('drills.decks.cards.empty') }}
        data-testid="drill-cards"
        columns={[
          {
            title: t('drills.decks.cards.position'),
            width: 64,
            render: (_, c) => (c.status === 'active' ? c.position : '—'),
          },
          {
            title: t('drills.decks.cards.kind'),
            width: 80,
            render: (_, c) => <Tag color="blue">{t(`drills.decks.kind.${c.kind}` as MsgKey)}</Tag>,
          },
          { title: t('drills.decks.cards.prompt'), dataIndex: 'prompt', ellipsis: true },
          { title: t('drills.decks.cards.answer'), dataIndex: 'answer', ellipsis: true },
          { title: t('drills.decks.cards.knowledgePoint'), width: 110, render: (_, c) => c.knowledgePoint ?? '' },
          { title: t('drills.decks.cards.revision'), width: 70, dataIndex: 'revision', align: 'right' },
          {
            title: t('drills.decks.cards.status'),
            width: 80,
            render: (_, c) => (
              <Tag color={c.status === 'active' ? 'green' : 'default'}>
                {t(`drills.decks.status.${c.status}` as MsgKey)}
              </Tag>
            ),
          },
          {
            title: t('drills.decks.cards.actions'),
            width: 300,
            render: (_, c) => {
              const at = active.indexOf(c);
              return (
                <Space size={0} wrap>
                  <Button
                    size="small"
                    type="link"
                    disabled={!deckOpen}
                    onClick={() => setEditing(c)}
                    data-testid={`drill-card-edit-${c.id}`}
                  >
                    {t('drills.decks.cards.edit')}
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setHistory(c)}
                    data-testid={`drill-card-history-${c.id}`}
                  >
                    {t('drills.decks.cards.history')}
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowUpOutlined />}
                    aria-label={t('drills.decks.cards.up')}
                    disabled={!deckOpen || at <= 0 || reorder.isPending}
                    onClick={() => move(c, -1)}
                    data-testid={`drill-card-up-${c.id}`}
                  />
                  <Button
                    size="small"
                    type="text"
                    icon={<ArrowDownOutlined />}
                    aria-label={t('drills.decks.cards.down')}
                    disabled={!deckOpen || at < 0 || at >= active.length - 1 || reorder.isPending}
                    onClick={() => move(c, 1)}
                    data-testid={`drill-card-down-${c.id}`}
                  />
                  <Button
                    size="small"
                    type="link"
                    danger={c.status === 'active'}
                    disabled={!deckOpen}
                    onClick={() => setStatus.mutate(c)}
                    data-testid={`drill-card-status-${c.id}`}
                  >
                    {t(c.status === 'active' ? 'drills.decks.cards.archive' : 'drills.decks.cards.restore')}
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      <CardEditor deckId={id} card={editing} onClose={() => setEditing(null)} />
      <CardRevisions card={history} onClose={() => setHistory(null)} />
      <DeckModal deck={editDeck} onClose={() => setEditDeck(null)} />
    </>
  );
}
