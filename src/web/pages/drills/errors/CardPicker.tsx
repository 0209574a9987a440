import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useApiQuery } from '../../../query/useApiQuery';
import { useDebounced } from '../../../query/useDebounced';
import { errorsApi, errorsKey, type LinkedCard } from './api';

const labelOf = (c: LinkedCard) => `${c.prompt} · ${c.deckName}`;

/** Several drill cards, searched by prompt, deck or knowledge point (GET /api/drills/links/cards).
 *  `known`: the cards already linked, so their names show before any search lists them. */
export function CardPicker({
  value,
  onChange,
  known,
  testId,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  known: LinkedCard[];
  testId?: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const q = useDebounced(text.trim(), 250);
  const hits = useApiQuery(errorsKey('cards', q), () => errorsApi.searchCards(q || undefined), {
    enabled: open,
    keepPrevious: true,
  });
  const options = new Map<string, { value: string; label: string }>();
  for (const c of [...known, ...(hits.data ?? [])])
    options.set(c.id, {
      value: c.id,
      label: c.status === 'archived' ? `${labelOf(c)} (${t('drills.errors.archived')})` : labelOf(c),
    });
  return (
    <Select
      mode="multiple"
      showSearch
      allowClear
      filterOption={false}
      value={value}
      options={[...options.values()]}
      placeholder={t('drills.errors.pickCards')}
      onSearch={setText}
      onOpenChange={setOpen}
      onChange={(ids) => onChange(ids)}
      loading={hits.loading}
      style={{ width: '100%', minWidth: 260 }}
      data-testid={testId}
    />
  );
}
