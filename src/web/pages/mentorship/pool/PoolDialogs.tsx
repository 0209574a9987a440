import { Alert, Form, Input } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT, type MsgKey } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { poolApi, poolKey } from './api';

type Person = { employeeId: string; name: string; unmet: string[] };

/** Select a person into the pool; an override reason is asked for when a criterion is not met. */
export function SelectModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const needsReason = person.unmet.length > 0;
  const submit = async (v: { overrideReason?: string }) => {
    await poolApi.select({ employeeId: person.employeeId, overrideReason: v.overrideReason?.trim() || null });
    showSuccess(t('mentorship.pool.selected'));
    await invalidate(poolKey());
  };
  const unmet = person.unmet.map((k) => t(`mentorship.pool.criteria.${k}` as MsgKey)).join('、');
  return (
    <FormModal
      open
      title={t('mentorship.pool.selectTitle', { name: person.name })}
      onClose={onClose}
      onSubmit={submit}
      testId="pool-select-form"
    >
      {needsReason && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('mentorship.pool.overrideHint', { criteria: unmet })}
        />
      )}
      {needsReason && (
        <Form.Item
          name="overrideReason"
          label={t('mentorship.pool.overrideReason')}
          rules={[required, { min: 2, max: 500, whitespace: true }]}
        >
          <Input.TextArea rows={3} data-testid="pool-override-reason" />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Remove a mentor from the pool, with the reason. */
export function RemoveModal({
  person,
  onClose,
}: {
  person: { employeeId: string; name: string };
  onClose: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: { reason: string }) => {
    await poolApi.remove(person.employeeId, v.reason.trim());
    showSuccess(t('mentorship.pool.removed'));
    await invalidate(poolKey());
  };
  return (
    <FormModal
      open
      title={t('mentorship.pool.removeTitle', { name: person.name })}
      onClose={onClose}
      onSubmit={submit}
      testId="pool-remove-form"
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('mentorship.pool.removeHint')} />
      <Form.Item
        name="reason"
        label={t('mentorship.pool.removeReason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} data-testid="pool-remove-reason" />
      </Form.Item>
    </FormModal>
  );
}
