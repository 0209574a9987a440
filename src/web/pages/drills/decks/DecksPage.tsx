import { Button, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DECK_CATEGORIES } from '../../../../common/drills';
import { DECK_STATUSES } from '../../../../common/drills-decks';
import { PageHeader } from '../../../components/PageHeader';
import { SearchBox } from '../../../components/SearchBox';
import { useTableQuery } from '../../../components/useTableQuery';
import { localTime } from '../../../format';
import { useT, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { decksApi, decksKey, type Deck } from './api';
import { DeckModal } from './DeckModal';
import { useAudienceText } from './labels';

// The decks trainers build (drills.author): filter by category and status, open one to edit its
// cards, add or change a deck, archive or restore it.

export default function DecksPage() {
  const t = useT();
  const audienceText = useAudienceText();
  const [editing, setEditing] = useState<Deck | 'new' | null>(null);
  const list = useTableQuery<Deck>(decksKey('list'), decksApi.list);
  const setStatus = useApiMutation(
    (d: Deck) => decksApi.update(d.id, { version: d.version, status: d.status === 'active' ? 'archived' : 'active' }),
    { invalidates: [decksKey()] },
  );
  return (
    <>
      <PageHeader
        title={t('drills.decks.list.title')}
        extra={
          <Space wrap>
            <Link to="/drills/decks/import">
              <Button data-testid="drill-decks-import">{t('drills.decks.list.import')}</Button>
            </Link>
            <Button type="primary" onClick={() => setEditing('new')} data-testid="drill-deck-add">
              {t('drills.decks.list.add')}
            </Button>
          </Space>
        }
      />
      <Space wrap style={{ marginBottom: 12 }}>
        <SearchBox
          value={list.get('q')}
          onSearch={(q) => list.update({ q })}
          placeholder={t('drills.decks.list.search')}
          data-testid="drill-decks-search"
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder={t('drills.decks.list.allCategories')}
          value={list.get('category')}
          onChange={(category) => list.update({ category })}
          data-testid="drill-decks-category"
          options={DECK_CATEGORIES.map((c) => ({ value: c, label: t(`drills.decks.category.${c}` as MsgKey) }))}
        />
        <Select
          allowClear
          style={{ width: 140 }}
          placeholder={t('drills.decks.list.allStatuses')}
          value={list.get('status')}
          onChange={(status) => list.update({ status })}
          data-testid="drill-decks-status"
          options={DECK_STATUSES.map((s) => ({ value: s, label: t(`drills.decks.status.${s}` as MsgKey) }))}
        />
      </Space>
      <Table<Deck>
        {...list.tableProps}
        data-testid="drill-decks"
        columns={[
          {
            title: t('drills.decks.list.name'),
            render: (_, d) => (
              <Link to={`/drills/decks/${d.id}`} data-testid={`drill-deck-${d.id}`}>
                {d.name}
              </Link>
            ),
          },
          {
            title: t('drills.decks.list.category'),
            render: (_, d) => t(`drills.decks.category.${d.category}` as MsgKey),
          },
          {
            title: t('drills.decks.list.audience'),
            render: (_, d) => <Typography.Text type="secondary">{audienceText(d.audience)}</Typography.Text>,
          },
          { title: t('drills.decks.list.cards'), dataIndex: 'cardCount', align: 'right' },
          {
            title: t('drills.decks.list.status'),
            render: (_, d) => (
              <Tag color={d.status === 'active' ? 'green' : 'default'}>
                {t(`drills.decks.status.${d.status}` as MsgKey)}
              </Tag>
            ),
          },
          { title: t('drills.decks.list.updatedAt'), render: (_, d) => localTime(d.updatedAt) },
          {
            title: t('drills.decks.list.actions'),
            render: (_, d) => (
              <Space size={4}>
                <Button size="small" type="link" onClick={() => setEditing(d)} data-testid={`drill-deck-edit-${d.id}`}>
                  {t('drills.decks.list.edit')}
                </Button>
                {d.status === 'active' ? (
                  <Popconfirm title={t('drills.decks.list.archiveConfirm')} onConfirm={() => setStatus.mutate(d)}>
                    <Button size="small" type="link" danger data-testid={`drill-deck-archive-${d.id}`}>
                      {t('drills.decks.list.archive')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    size="small"
                    type="link"
                    onClick={() => setStatus.mutate(d)}
                    data-testid={`drill-deck-restore-${d.id}`}
                  >
                    {t('drills.decks.list.restore')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <DeckModal deck={editing} onClose={() => setEditing(null)} />
    </>
  );
}
