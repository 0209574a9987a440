import { Checkbox, Input, Radio, Select, Space, Typography } from 'antd';
import { useT } from '../../../i18n';
import type { Answer, Attempt } from '../examsApi';

type Item = Attempt['items'][number];

/** The input for one question, by type; `onChange` gets the whole answer body. */
export function AnswerField({
  item,
  value,
  onChange,
  disabled,
}: {
  item: Item;
  value: Answer | null;
  onChange: (a: Answer) => void;
  disabled?: boolean;
}) {
  const t = useT();
  const tid = `answer-${item.position}`;
  switch (item.type) {
    case 'single':
      return (
        <Radio.Group
          disabled={disabled}
          value={value?.optionIds?.[0]}
          onChange={(e) => onChange({ optionIds: [e.target.value as string] })}
          data-testid={tid}
        >
          <Space direction="vertical">
            {item.options.map((o) => (
              <Radio key={o.id} value={o.id}>
                {o.text}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      );
    case 'multiple':
      return (
        <Checkbox.Group
          disabled={disabled}
          value={value?.optionIds ?? []}
          onChange={(v) => onChange({ optionIds: v as string[] })}
          data-testid={tid}
        >
          <Space direction="vertical">
            {item.options.map((o) => (
              <Checkbox key={o.id} value={o.id}>
                {o.text}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      );
    case 'true_false':
      return (
        <Radio.Group
          disabled={disabled}
          value={value?.value ?? undefined}
          onChange={(e) => onChange({ value: e.target.value as boolean })}
          data-testid={tid}
        >
          <Radio value={true}>{t('exams.take.true')}</Radio>
          <Radio value={false}>{t('exams.take.false')}</Radio>
        </Radio.Group>
      );
    case 'fill_blank': {
      const blanks = Array.from({ length: Math.max(1, item.blankCount) }, (_, i) => value?.blanks?.[i] ?? '');
      return (
        <Space wrap data-testid={tid}>
          {blanks.map((b, i) => (
            <Input
              key={i}
              disabled={disabled}
              style={{ width: 200 }}
              placeholder={t('exams.take.blank', { n: i + 1 })}
              value={b}
              onChange={(e) => onChange({ blanks: blanks.map((x, j) => (j === i ? e.target.value : x)) })}
            />
          ))}
        </Space>
      );
    }
    case 'matching':
      return (
        <Space direction="vertical" data-testid={tid}>
          {item.prompts.map((p) => (
            <Space key={p.id} wrap>
              <span style={{ display: 'inline-block', minWidth: 160, whiteSpace: 'pre-wrap' }}>{p.text}</span>
              <Select
                disabled={disabled}
                style={{ width: 240 }}
                allowClear
                placeholder={t('exams.take.choose')}
                value={value?.matches?.[p.id] || undefined}
                options={item.choices.map((c) => ({ value: c, label: c }))}
                data-testid={`match-${item.position}-${p.id}`}
                onChange={(v?: string) => onChange({ matches: { ...(value?.matches ?? {}), [p.id]: v ?? '' } })}
              />
            </Space>
          ))}
        </Space>
      );
    case 'numerical':
      return (
        <Space direction="vertical" data-testid={tid}>
          <Input
            disabled={disabled}
            style={{ width: 240 }}
            value={value?.text ?? ''}
            placeholder={t('exams.take.number')}
            inputMode="decimal"
            onChange={(e) => onChange({ text: e.target.value })}
          />
          {item.units.length > 0 && (
            <Typography.Text type="secondary">
              {t('exams.take.units', { units: item.units.join(' / ') })}
            </Typography.Text>
          )}
        </Space>
      );
    default:
      return (
        <Input.TextArea
          disabled={disabled}
          rows={item.type === 'essay' ? 6 : 3}
          value={value?.text ?? ''}
          data-testid={tid}
          onChange={(e) => onChange({ text: e.target.value })}
          placeholder={t('exams.take.textPlaceholder')}
        />
      );
  }
}
