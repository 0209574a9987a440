import { Form, Input, Radio, Select, Space } from 'antd';
import type { ScorecardContentShape } from '../../../../common/quality';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { feedbackApi } from '../feedback/feedbackApi';
import { ItemValueInput } from '../forms/ItemValueInput';

interface Values {
  scope: 'whole' | 'items';
  reason: string;
  items?: { itemKey: string; proposedValue?: number | null; reason: string }[];
}

/** The agent disputes their evaluation: the whole of it, or named items with the answer they think
 *  right (as the item takes it: 是/否, a scale step, points) and why. */
export function OpenDisputeModal({
  open,
  evaluationId,
  content,
  onClose,
  onDone,
}: {
  open: boolean;
  evaluationId: string;
  content: ScorecardContentShape;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const scope = Form.useWatch('scope', form) ?? 'items'; // the initial scope, before the form reports it
  const formItems = new Map(content.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
  const items = content.sections.flatMap((s) =>
    s.items.map((i) => ({ value: i.key, label: `${s.title} · ${i.label}` })),
  );
  return (
    <FormModal<Values>
      form={form}
      open={open}
      title={t('quality.feedback.dispute.open')}
      onClose={onClose}
      testId="open-dispute"
      width={640}
      initialValues={{ scope: 'items' }}
      onSubmit={async (v) => {
        const named = (v.items ?? []).map((i) => ({
          itemKey: i.itemKey,
          reason: i.reason,
          proposedValue: i.proposedValue ?? null,
        }));
        await feedbackApi.openDispute(evaluationId, {
          scope: v.scope,
          reason: v.reason,
          items: v.scope === 'items' ? named : [],
        });
        showSuccess(t('quality.feedback.dispute.opened'));
        onDone();
      }}
    >
      <Form.Item name="scope" label={t('quality.feedback.dispute.scope')} rules={[required]}>
        <Radio.Group
          options={[
            { value: 'items', label: t('quality.feedback.dispute.scopes.items') },
            { value: 'whole', label: t('quality.feedback.dispute.scopes.whole') },
          ]}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('quality.feedback.dispute.reason')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="dispute-reason" />
      </Form.Item>
      {scope === 'items' && (
        <Form.List name="items" initialValue={[{ itemKey: items[0]?.value, reason: '' }]}>
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap data-testid="dispute-item">
                  <Form.Item name={[f.name, 'itemKey']} rules={[required]}>
                    {/* Another item takes other answers: what was proposed for the last one goes. */}
                    <Select
                      style={{ width: 220 }}
                      options={items}
                      onChange={() => form.setFieldValue(['items', f.name, 'proposedValue'], undefined)}
                      data-testid="dispute-item-key"
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const item = formItems.get(form.getFieldValue(['items', f.name, 'itemKey']));
                      return (
                        item && (
                          <Form.Item name={[f.name, 'proposedValue']}>
                            <ItemValueInput
                              item={item}
                              placeholder={t('quality.feedback.dispute.proposed')}
                              testId="dispute-proposed"
                            />
                          </Form.Item>
                        )
                      );
                    }}
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} rules={[required]}>
                    <Input
                      style={{ width: 220 }}
                      maxLength={2000}
                      placeholder={t('quality.feedback.dispute.itemReason')}
                    />
                  </Form.Item>
                  <a onClick={() => remove(f.name)}>{t('common.actions.delete')}</a>
                </Space>
              ))}
              <a onClick={() => add({ itemKey: items[0]?.value, reason: '' })}>
                {t('quality.feedback.dispute.addItem')}
              </a>
            </>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}
