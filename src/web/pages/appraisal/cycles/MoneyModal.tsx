import { Form, Input, InputNumber } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { appraisalKey } from '../appraisalApi';

/** An amount of money in yuan (sent as integer cents) with an optional reason: a base bonus or a team pool. */
export function MoneyModal({
  title,
  cents,
  onClose,
  onSave,
}: {
  title: string;
  cents: number | null;
  onClose: () => void;
  onSave: (amountCents: number, reason: string | null) => Promise<unknown>;
}) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  return (
    <FormModal<{ yuan: number; reason?: string }>
      open
      title={title}
      onClose={onClose}
      testId="money"
      fieldMap={{ amountCents: 'yuan', 'items.0.amountCents': 'yuan' }}
      initialValues={{ yuan: cents === null ? undefined : cents / 100 }}
      onSubmit={async (v) => {
        await onSave(Math.round(v.yuan * 100), v.reason?.trim() || null);
        await invalidate(appraisalKey());
      }}
    >
      <Form.Item name="yuan" label={t('appraisal.bonus.amountYuan')} rules={[required]}>
        <InputNumber min={0} precision={2} step={100} style={{ width: 220 }} data-testid="money-amount" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('appraisal.bonus.reason')}
        rules={[{ min: 2, message: t('appraisal.bonus.reasonMin') }]}
      >
        <Input maxLength={500} data-testid="money-reason" />
      </Form.Item>
    </FormModal>
  );
}
