import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Input, InputNumber, Select, Space, Typography } from 'antd';
import { CRITICAL_MODES, ITEM_KINDS } from '../../../../common/quality';
import { DEFAULT_MAX } from '../../../../common/quality-scoring';
import { useT } from '../../../i18n';
import type { Content } from './formsApi';

type Section = Content['sections'][number];
type Item = Section['items'][number];

/** A key not yet used in the form (keys are unique across the whole form). */
function freshKey(content: Content, prefix: string) {
  const used = new Set(content.sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]));
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

export const newItem = (content: Content): Item => ({
  key: freshKey(content, 'i'),
  label: '',
  kind: 'yes_no',
  weight: 10,
  allowNa: false,
  critical: 'none',
});
export const newSection = (content: Content): Section => {
  const key = freshKey(content, 's');
  return {
    key,
    title: '',
    items: [
      { ...newItem(content), key: freshKey({ sections: [...content.sections, { key, title: '', items: [] }] }, 'i') },
    ],
  };
};

/** The builder's sections and items: kind, weight, max, N/A, critical mode and guidance per item. */
export function SectionsEditor({
  content,
  onChange,
  readOnly,
}: {
  content: Content;
  onChange: (c: Content) => void;
  readOnly?: boolean;
}) {
  const t = useT();
  const setSection = (si: number, patch: Partial<Section>) =>
    onChange({ sections: content.sections.map((s, i) => (i === si ? { ...s, ...patch } : s)) });
  const setItem = (si: number, ii: number, patch: Partial<Item>) =>
    setSection(si, { items: content.sections[si].items.map((it, i) => (i === ii ? { ...it, ...patch } : it)) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="sections-editor">
      {content.sections.map((s, si) => (
        <Card
          key={si}
          size="small"
          data-testid={`edit-section-${si}`}
          title={
            <Space>
              <Input
                value={s.title}
                placeholder={t('quality.forms.builder.sectionTitle')}
                disabled={readOnly}
                onChange={(e) => setSection(si, { title: e.target.value })}
                data-testid={`section-title-${si}`}
              />
              <Input
                value={s.key}
                style={{ width: 90 }}
                disabled={readOnly}
                onChange={(e) => setSection(si, { key: e.target.value.trim() })}
                title={t('quality.forms.builder.key')}
              />
            </Space>
          }
          extra={
            !readOnly &&
            content.sections.length > 1 && (
              <Button
                size="small"
                danger
                icon={<DeleteOutlined />}
                onClick={() => onChange({ sections: content.sections.filter((_, i) => i !== si) })}
              >
                {t('quality.forms.builder.remove')}
              </Button>
            )
          }
        >
          {s.items.map((it, ii) => (
            <div
              key={ii}
              style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
              data-testid={`edit-item-${si}-${ii}`}
            >
              <Space wrap>
                <Input
                  value={it.label}
                  placeholder={t('quality.forms.builder.label')}
                  style={{ width: 200 }}
                  disabled={readOnly}
                  onChange={(e) => setItem(si, ii, { label: e.target.value })}
                  data-testid={`item-label-${si}-${ii}`}
                />
                <Input
                  value={it.key}
                  style={{ width: 80 }}
                  disabled={readOnly}
                  onChange={(e) => setItem(si, ii, { key: e.target.value.trim() })}
                  title={t('quality.forms.builder.key')}
                />
                <Select
                  value={it.kind}
                  style={{ width: 100 }}
                  disabled={readOnly}
                  data-testid={`item-kind-${si}-${ii}`}
                  options={ITEM_KINDS.map((k) => ({ value: k, label: t(`quality.forms.itemKinds.${k}`) }))}
                  onChange={(kind) =>
                    setItem(si, ii, {
                      kind,
                      max: kind === 'yes_no' ? undefined : DEFAULT_MAX[kind],
                      failBelow: undefined,
                    })
                  }
                />
                <Space.Compact>
                  <Button disabled>{t('quality.forms.builder.weight')}</Button>
                  <InputNumber
                    min={0.5}
                    max={1000}
                    value={it.weight}
                    disabled={readOnly}
                    onChange={(v) => setItem(si, ii, { weight: v ?? 1 })}
                    data-testid={`item-weight-${si}-${ii}`}
                  />
                </Space.Compact>
                {it.kind !== 'yes_no' && (
                  <Space.Compact>
                    <Button disabled>{t('quality.forms.builder.max')}</Button>
                    <InputNumber
                      min={1}
                      max={100}
                      precision={0}
                      value={it.max}
                      disabled={readOnly}
                      onChange={(v) => setItem(si, ii, { max: v ?? undefined })}
                    />
                  </Space.Compact>
                )}
                <Select
                  value={it.critical}
                  style={{ width: 170 }}
                  disabled={readOnly}
                  data-testid={`item-critical-${si}-${ii}`}
                  options={CRITICAL_MODES.map((c) => ({ value: c, label: t(`quality.forms.critical.${c}`) }))}
                  onChange={(critical) =>
                    setItem(si, ii, { critical, failBelow: critical === 'none' ? undefined : it.failBelow })
                  }
                />
                {it.kind !== 'yes_no' && it.critical !== 'none' && (
                  <Space.Compact>
                    <Button disabled>{t('quality.forms.builder.failBelow')}</Button>
                    <InputNumber
                      min={0}
                      max={it.max ?? 100}
                      value={it.failBelow}
                      disabled={readOnly}
                      onChange={(v) => setItem(si, ii, { failBelow: v ?? undefined })}
                    />
                  </Space.Compact>
                )}
                <Checkbox
                  checked={it.allowNa}
                  disabled={readOnly}
                  onChange={(e) => setItem(si, ii, { allowNa: e.target.checked })}
                  data-testid={`item-na-${si}-${ii}`}
                >
                  {t('quality.forms.builder.allowNa')}
                </Checkbox>
                {!readOnly && s.items.length > 1 && (
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => setSection(si, { items: s.items.filter((_, i) => i !== ii) })}
                  />
                )}
              </Space>
              <Input.TextArea
                autoSize
                value={it.guidance ?? ''}
                placeholder={t('quality.forms.builder.guidance')}
                disabled={readOnly}
                style={{ marginTop: 4 }}
                onChange={(e) => setItem(si, ii, { guidance: e.target.value || undefined })}
                maxLength={2000}
              />
            </div>
          ))}
          {!readOnly && (
            <Button
              type="dashed"
              size="small"
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              onClick={() => setSection(si, { items: [...s.items, newItem(content)] })}
              data-testid={`add-item-${si}`}
            >
              {t('quality.forms.builder.addItem')}
            </Button>
          )}
        </Card>
      ))}
      {!readOnly && (
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange({ sections: [...content.sections, newSection(content)] })}
          data-testid="add-section"
        >
          {t('quality.forms.builder.addSection')}
        </Button>
      )}
      <Typography.Paragraph type="secondary">{t('quality.forms.builder.precedence')}</Typography.Paragraph>
    </Space>
  );
}
