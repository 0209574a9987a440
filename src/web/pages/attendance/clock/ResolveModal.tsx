import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { clockApi, clockKey, type Exception } from './api';

const LEAVE_KINDS = ['personal', 'sick', 'annual', 'special'] as const;

/** Excuse (with a reason) or turn into leave (kind and reason) one exception. */
export function ResolveModal({
  row,
  action,
  onClose,
}: {
  row: Exception | null;
  action: 'excuse' | 'leave';
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ reason: string; leaveKind?: string }>();
  const save = useApiMutation(
    (v: { reason: string; leaveKind?: string }) =>
      clockApi.resolve(row!.employeeId, row!.day, {
        action,
        reason: v.reason,
        leaveKind: v.leaveKind,
        version: row!.version,
      }),
    { invalidates: [clockKey()], onSuccess: onClose },
  );
  useEffect(() => {
    if (row) form.resetFields();
  }, [row, form]);
  const vars = { name: row?.name ?? '', day: row?.day ?? '' };
  return (
    <Modal
      open={!!row}
      title={t(
        action === 'excuse' ? 'attendance.clock.exceptions.excuseTitle' : 'attendance.clock.exceptions.leaveTitle',
        vars,
      )}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="resolve-form">
        {action === 'leave' && (
          <Form.Item
            name="leaveKind"
            label={t('attendance.clock.exceptions.leaveKind')}
            rules={[{ required: true, message: t('attendance.clock.exceptions.leaveKindRequired') }]}
          >
            <Select
              data-testid="resolve-leave-kind"
              options={LEAVE_KINDS.map((k) => ({ value: k, label: t(`attendance.clock.exceptions.kinds.${k}`) }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('attendance.clock.exceptions.reason')}
          rules={[{ required: true, whitespace: true, message: t('attendance.clock.exceptions.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} data-testid="resolve-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
