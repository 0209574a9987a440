import { Checkbox, InputNumber, Select, Space } from 'antd';
import { itemMax } from '../../../../common/quality-scoring';
import { useT } from '../../../i18n';
import { fromChoice, itemChoices, toChoice, type ValueItem } from './itemValue';

/** One item's answer entered in a form field (a dispute's proposal, a supervisor's decision): yes/no
 *  as 是/否 and a scale's steps to choose from, points typed 0..max; N/A only when `na`. The value
 *  is a number, null for N/A, or undefined for none given. */
export function ItemValueInput({
  item,
  value,
  onChange,
  na = false,
  placeholder,
  testId,
}: {
  item: ValueItem;
  value?: number | null;
  onChange?: (v: number | null | undefined) => void;
  na?: boolean;
  placeholder?: string;
  testId?: string;
}) {
  const t = useT();
  if (item.kind === 'points') {
    return (
      <Space data-testid={testId}>
        <InputNumber
          min={0}
          max={itemMax(item)}
          precision={0}
          placeholder={placeholder}
          disabled={value === null}
          value={value ?? undefined}
          onChange={(v) => onChange?.(v ?? undefined)}
        />
        {na && (
          <Checkbox checked={value === null} onChange={(e) => onChange?.(e.target.checked ? null : undefined)}>
            {t('quality.forms.score.na')}
          </Checkbox>
        )}
      </Space>
    );
  }
  return (
    <Select
      allowClear
      style={{ width: 120 }}
      placeholder={placeholder}
      value={toChoice(value)}
      onChange={(c?: string) => onChange?.(fromChoice(c))}
      options={itemChoices(item, t, { na })}
      data-testid={testId}
    />
  );
}
