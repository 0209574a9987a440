import { Form, Input, Select } from 'antd';
import { DECK_CATEGORIES } from '../../../../common/drills';
import { AUDIENCE_STATUSES } from '../../../../common/drills-decks';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useDepartments } from '../../../components/useDepartments';
import { showSuccess } from '../../../feedback';
import { useT, type MsgKey } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { decksApi, decksKey, type Deck } from './api';

// Create or edit a deck: its name, category, description and audience (departments and
// employment statuses; none chosen means everyone).

const STATUSES = AUDIENCE_STATUSES;

interface Values {
  name: string;
  category: Deck['category'];
  description?: string;
  departmentIds: string[];
  statuses: (typeof STATUSES)[number][];
}

export function DeckModal({ deck, onClose }: { deck: Deck | 'new' | null; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const { departments } = useDepartments();
  const editing = deck && deck !== 'new' ? deck : null;
  const submit = async (v: Values) => {
    const body = {
      name: v.name,
      category: v.category,
      description: v.description ?? null,
      audience: { departmentIds: v.departmentIds ?? [], statuses: v.statuses ?? [] },
    };
    if (editing) await decksApi.update(editing.id, { version: editing.version, ...body });
    else await decksApi.create(body);
    showSuccess(t('drills.decks.deck.saved'));
    await invalidate(decksKey());
  };
  return (
    <FormModal<Values>
      open={!!deck}
      title={t(editing ? 'drills.decks.deck.edit' : 'drills.decks.deck.add')}
      onClose={onClose}
      onSubmit={submit}
      testId="drill-deck-form"
      fieldMap={{ audience: 'departmentIds' }}
      initialValues={
        editing
          ? {
              name: editing.name,
              category: editing.category,
              description: editing.description ?? undefined,
              departmentIds: editing.audience.departmentIds,
              statuses: editing.audience.statuses,
            }
          : { category: 'faq', departmentIds: [], statuses: [] }
      }
    >
      <Form.Item name="name" label={t('drills.decks.deck.name')} rules={[required]}>
        <Input maxLength={100} data-testid="drill-deck-name" />
      </Form.Item>
      <Form.Item name="category" label={t('drills.decks.deck.category')} rules={[required]}>
        <Select
          data-testid="drill-deck-category"
          options={DECK_CATEGORIES.map((c) => ({ value: c, label: t(`drills.decks.category.${c}` as MsgKey) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('drills.decks.deck.description')}>
        <Input.TextArea maxLength={1000} rows={2} data-testid="drill-deck-description" />
      </Form.Item>
      <Form.Item name="departmentIds" label={t('drills.decks.deck.departments')} extra={t('drills.decks.deck.allHint')}>
        <Select
          mode="multiple"
          allowClear
          data-testid="drill-deck-departments"
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="statuses" label={t('drills.decks.deck.statuses')} extra={t('drills.decks.deck.allHint')}>
        <Select
          mode="multiple"
          allowClear
          data-testid="drill-deck-statuses"
          options={STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}` as MsgKey) }))}
        />
      </Form.Item>
    </FormModal>
  );
}
