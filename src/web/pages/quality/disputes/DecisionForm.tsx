import { Button, Card, Form, Input, Radio, Select, Space } from 'antd';
import { useRequired } from '../../../components/FormModal';
import { showFormError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { feedbackApi, type Dispute } from '../feedback/feedbackApi';
import { ItemValueInput } from '../forms/ItemValueInput';
import type { ValueItem } from '../forms/itemValue';

type Decision = { itemKey: string; outcome: 'keep' | 'change'; value?: number | null; reason: string };
/** An item the supervisor may decide on, with what entering its answer needs. */
export type DecisionItem = ValueItem & { key: string; label: string };

/** The direct supervisor's decision: keep or change each disputed item (any item for a whole-evaluation dispute), each with a reason.
 *  A changed item's new answer is entered as the item takes it (是/否, a scale step, points; N/A where the item allows it). */
export function DecisionForm({ dispute, items }: { dispute: Dispute; items: DecisionItem[] }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<{ items: Decision[]; note: string }>();
  // The decision changes the dispute, the lists and the evaluation's final score.
  const decide = useApiMutation((body: { note: string; items: Decision[] }) => feedbackApi.decide(dispute.id, body), {
    invalidates: [
      keys.quality('dispute', dispute.id),
      keys.quality('disputes'),
      keys.quality('evaluation', dispute.evaluationId),
      keys.quality('panel', dispute.evaluationId),
    ],
    quiet: true,
    onSuccess: () => showSuccess(t('quality.feedback.dispute.decided')),
  });
  const byKey = new Map(items.map((i) => [i.key, i]));
  const submit = (v: { items: Decision[]; note: string }) => {
    // A change carries its new answer (null = N/A); a kept item none.
    const decided = (v.items ?? []).map((i) =>
      i.outcome === 'change' ? i : { itemKey: i.itemKey, outcome: i.outcome, reason: i.reason },
    );
    decide.mutateAsync({ note: v.note, items: decided }).catch((err) => showFormError(form, err));
  };
  return (
    <Card size="small" title={t('quality.feedback.dispute.decide')} data-testid="dispute-decision">
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ items: dispute.items.map((i) => ({ itemKey: i.itemKey, outcome: 'keep', reason: '' })) }}
      >
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap data-testid="decision-item">
                  <Form.Item name={[f.name, 'itemKey']} rules={[required]}>
                    <Select
                      style={{ width: 200 }}
                      options={items.map((i) => ({ value: i.key, label: i.label }))}
                      disabled={dispute.scope === 'items'}
                      onChange={() => form.setFieldValue(['items', f.name, 'value'], undefined)}
                    />
                  </Form.Item>
                  <Form.Item name={[f.name, 'outcome']} rules={[required]}>
                    <Radio.Group
                      options={[
                        { value: 'keep', label: t('quality.feedback.dispute.outcomes.kept') },
                        { value: 'change', label: t('quality.feedback.dispute.outcomes.changed') },
                      ]}
                    />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>
                    {() => {
                      const item = byKey.get(form.getFieldValue(['items', f.name, 'itemKey']));
                      return item && form.getFieldValue(['items', f.name, 'outcome']) === 'change' ? (
                        <Form.Item
                          name={[f.name, 'value']}
                          rules={[
                            {
                              validator: async (_, value) => {
                                if (value === undefined) throw new Error(t('common.required'));
                              },
                            },
                          ]}
                        >
                          <ItemValueInput
                            item={item}
                            na={item.allowNa}
                            placeholder={t('quality.feedback.dispute.newValue')}
                            testId="decision-value"
                          />
                        </Form.Item>
                      ) : null;
                    }}
                  </Form.Item>
                  <Form.Item name={[f.name, 'reason']} rules={[required]}>
                    <Input
                      style={{ width: 260 }}
                      maxLength={2000}
                      placeholder={t('quality.feedback.dispute.decisionReason')}
                    />
                  </Form.Item>
                  {dispute.scope === 'whole' && <a onClick={() => remove(f.name)}>{t('common.actions.delete')}</a>}
                </Space>
              ))}
              {dispute.scope === 'whole' && (
                <div>
                  <a onClick={() => add({ itemKey: items[0]?.key, outcome: 'change', reason: '' })}>
                    {t('quality.feedback.dispute.addItem')}
                  </a>
                </div>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('quality.feedback.dispute.note')} rules={[required]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="decision-note" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending} data-testid="decision-submit">
          {t('quality.feedback.dispute.submitDecision')}
        </Button>
      </Form>
    </Card>
  );
}
