import { Button, Card, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useRequired } from '../../../components/FormModal';
import { showFormError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { feedbackApi, type Dispute } from '../feedback/feedbackApi';

type Decision = { itemKey: string; outcome: 'keep' | 'change'; value?: number | null; reason: string };

/** The direct supervisor's decision: keep or change each disputed item (any item for a whole-evaluation dispute), each with a reason. */
export function DecisionForm({ dispute, itemOptions, onDecided }: { dispute: Dispute; itemOptions: { value: string; label: string }[]; onDecided: (d: Dispute) => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<{ items: Decision[]; note: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (v: { items: Decision[]; note: string }) => {
    setBusy(true);
    try {
      const items = (v.items ?? []).map((i) => (i.outcome === 'change' ? { ...i, value: i.value ?? null } : { itemKey: i.itemKey, outcome: i.outcome, reason: i.reason }));
      onDecided(await feedbackApi.decide(dispute.id, { note: v.note, items }));
      showSuccess(t('quality.feedback.dispute.decided'));
    } catch (err) { showFormError(form, err); } finally { setBusy(false); }
  };
  return (
    <Card size="small" title={t('quality.feedback.dispute.decide')} data-testid="dispute-decision">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ items: dispute.items.map((i) => ({ itemKey: i.itemKey, outcome: 'keep', reason: '' })) }}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap data-testid="decision-item">
                  <Form.Item name={[f.name, 'itemKey']} rules={[required]}><Select style={{ width: 200 }} options={itemOptions} disabled={dispute.scope === 'items'} /></Form.Item>
                  <Form.Item name={[f.name, 'outcome']} rules={[required]}>
                    <Radio.Group options={[{ value: 'keep', label: t('quality.feedback.dispute.outcomes.kept') }, { value: 'change', label: t('quality.feedback.dispute.outcomes.changed') }]} />
                  </Form.Item>
                  <Form.Item noStyle shouldUpdate>{() => (form.getFieldValue(['items', f.name, 'outcome']) === 'change'
                    ? <Form.Item name={[f.name, 'value']}><InputNumber min={0} max={100} placeholder={t('quality.feedback.dispute.newValue')} /></Form.Item> : null)}</Form.Item>
                  <Form.Item name={[f.name, 'reason']} rules={[required]}><Input style={{ width: 260 }} maxLength={2000} placeholder={t('quality.feedback.dispute.decisionReason')} /></Form.Item>
                  {dispute.scope === 'whole' && <a onClick={() => remove(f.name)}>{t('common.actions.delete')}</a>}
                </Space>
              ))}
              {dispute.scope === 'whole' && <div><a onClick={() => add({ itemKey: itemOptions[0]?.value, outcome: 'change', reason: '' })}>{t('quality.feedback.dispute.addItem')}</a></div>}
            </>
          )}
        </Form.List>
        <Form.Item name="note" label={t('quality.feedback.dispute.note')} rules={[required]}><Input.TextArea rows={3} maxLength={2000} data-testid="decision-note" /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="decision-submit">{t('quality.feedback.dispute.submitDecision')}</Button>
      </Form>
    </Card>
  );
}
