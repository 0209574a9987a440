import { DatePicker, Form, Input, Modal, Select, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { WARNING_ACTION_KINDS, type WarningActionKind } from '../../../../common/analytics-warnings';
import { testId, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { analyticsKey } from '../facts/api';
import { warningsApi, type Warning } from './api';

/** The lead records what they did about a warning; the first action closes it. */
export function ActionModal({ warning, onClose }: { warning: Warning | null; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<{ kind: WarningActionKind; note: string; dueDate?: Dayjs | null }>();
  const save = useApiMutation(
    (v: { kind: WarningActionKind; note: string; dueDate?: Dayjs | null }) =>
      warningsApi.record(warning!.id, { kind: v.kind, note: v.note, dueDate: v.dueDate ? toIsoDate(v.dueDate) : null }),
    { invalidates: [analyticsKey('warnings')] },
  );
  return (
    <Modal
      open={!!warning}
      title={warning && t('analytics.warnings.action.title', { name: warning.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
      okButtonProps={{ ...testId('warning-action-save') }}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'mentoring' }}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => {
              void message.success(t('analytics.warnings.action.saved'));
              onClose();
            },
          })
        }
      >
        <Form.Item name="kind" label={t('analytics.warnings.action.kind')} rules={[{ required: true }]}>
          <Select
            data-testid="warning-action-kind"
            options={WARNING_ACTION_KINDS.map((k) => ({ value: k, label: t(`analytics.warnings.action.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('analytics.warnings.action.note')}
          rules={[{ required: true, whitespace: true, max: 2000 }]}
        >
          <Input.TextArea rows={3} data-testid="warning-action-note" />
        </Form.Item>
        <Form.Item name="dueDate" label={t('analytics.warnings.action.dueDate')}>
          <DatePicker data-testid="warning-action-due" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
