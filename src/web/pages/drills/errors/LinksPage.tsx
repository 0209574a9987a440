import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { useT, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { errorsApi, errorsKey, type LinkItem } from './api';
import { CardPicker } from './CardPicker';

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** 扣分项关联卡片 (drills.link): pick a published scorecard, attach drill cards to its items, save
 *  each item. A failed item then sends its cards to the agent's drills (issue 20 item 3). */
export default function LinksPage() {
  const t = useT();
  const [formId, setFormId] = useState<string | null>(null);
  const forms = useApiQuery(errorsKey('forms'), errorsApi.forms);
  const links = useApiQuery(errorsKey('form', formId), () => errorsApi.formLinks(formId!), { enabled: !!formId });
  // Edits not saved yet, per item key; an item without an entry shows what is saved.
  const [edits, setEdits] = useState<Record<string, string[]>>({});
  const save = useApiMutation(
    (a: { key: string; cardIds: string[] }) => errorsApi.setItemCards(formId!, a.key, a.cardIds),
    {
      invalidates: [errorsKey()],
      onSuccess: (item) => item && setEdits(({ [item.key]: _saved, ...rest }) => rest),
    },
  );
  const pick = (id: string) => {
    setFormId(id);
    setEdits({});
  };
  const data = formId ? links.data : null;

  const columns = [
    {
      title: t('drills.errors.section'),
      dataIndex: 'sectionTitle',
      width: 120,
      responsive: ['md' as const],
    },
    {
      title: t('drills.errors.item'),
      key: 'item',
      width: 220,
      render: (_: unknown, i: LinkItem) => (
        <Space size={4} wrap>
          <span>{i.label}</span>
          <Typography.Text type="secondary">{i.key}</Typography.Text>
          {i.critical !== 'none' && <Tag color="red">{t(`drills.errors.criticalModes.${i.critical}` as MsgKey)}</Tag>}
        </Space>
      ),
    },
    {
      title: t('drills.errors.cards'),
      key: 'cards',
      render: (_: unknown, i: LinkItem) => (
        <CardPicker
          value={edits[i.key] ?? i.cards.map((c) => c.id)}
          known={i.cards}
          onChange={(ids) => setEdits((e) => ({ ...e, [i.key]: ids }))}
          testId={`drills-link-cards-${i.key}`}
        />
      ),
    },
    {
      title: '',
      key: 'save',
      width: 110,
      render: (_: unknown, i: LinkItem) => {
        const draft = edits[i.key];
        const dirty =
          !!draft &&
          !sameIds(
            draft,
            i.cards.map((c) => c.id),
          );
        return (
          <Button
            type={dirty ? 'primary' : 'default'}
            disabled={!dirty}
            loading={save.isPending && save.variables?.key === i.key}
            onClick={() => save.mutate({ key: i.key, cardIds: draft! })}
            data-testid={`drills-link-save-${i.key}`}
          >
            {t('drills.errors.save')}
          </Button>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('drills.errors.menu')} />
      <Typography.Paragraph type="secondary">{t('drills.errors.intro')}</Typography.Paragraph>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap>
          <span>{t('drills.errors.form')}</span>
          <Select
            style={{ minWidth: 320 }}
            value={formId ?? undefined}
            placeholder={t('drills.errors.pickForm')}
            loading={forms.loading}
            notFoundContent={t('drills.errors.noForms')}
            onChange={pick}
            showSearch
            optionFilterProp="label"
            options={(forms.data ?? []).map((f) => ({
              value: f.id,
              label: `${f.name} · ${t('drills.errors.version', { n: f.publishedVersion ?? '—' })} · ${t('drills.errors.linkedItems', { n: f.linkedItems })}`,
            }))}
            data-testid="drills-links-form"
          />
        </Space>
      </Card>
      {data && (
        <>
          <Table<LinkItem>
            rowKey="key"
            size="small"
            pagination={false}
            loading={links.loading}
            dataSource={data.items}
            columns={columns}
            scroll={{ x: 640 }}
            data-testid="drills-links-items"
          />
          {data.orphans.length > 0 && (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              title={t('drills.errors.orphans')}
              description={
                <Space orientation="vertical">
                  {data.orphans.map((o) => (
                    <Space key={o.key} wrap>
                      <Tag>{o.key}</Tag>
                      {o.cards.map((c) => c.prompt).join('；')}
                      <Button
                        size="small"
                        onClick={() => save.mutate({ key: o.key, cardIds: [] })}
                        data-testid={`drills-link-clear-${o.key}`}
                      >
                        {t('drills.errors.clear')}
                      </Button>
                    </Space>
                  ))}
                </Space>
              }
            />
          )}
        </>
      )}
    </>
  );
}
