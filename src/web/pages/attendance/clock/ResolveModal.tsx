import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { clockApi, clockKey, type Exception } from './api';

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
  const { t, locale } = useI18n();
  const kinds = useApiQuery(clockKey('leave-kinds'), () => clockApi.leaveKinds(), {
    enabled: action === 'leave' && !!row,
  });
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
              loading={kinds.loading}
              options={(kinds.data ?? [])
                .filter((k) => k.active)
                .map((k) => ({ value: k.code, label: locale === 'zh-CN' ? k.nameZh : k.nameEn }))}
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
