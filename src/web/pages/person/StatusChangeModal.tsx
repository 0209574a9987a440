import { Alert, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { NEXT_STATUSES } from '../../../common/lifecycle';
import { FormModal, useRequired } from '../../components/FormModal';
import { StatusTag } from '../../components/Tags';
import { showSuccess } from '../../feedback';
import { noFuture, toIsoDate } from '../../format';
import { useT } from '../../i18n';
import type { EmployeeDetail, EmployeeStatus, StatusChangeBody } from '../../types';

interface Values {
  status: EmployeeStatus;
  effectiveDate: Dayjs;
  reason: string;
}

/** Change the employment status: only the statuses the lifecycle allows next are offered. */
export function StatusChangeModal({
  open,
  person,
  onClose,
  onSubmit,
}: {
  open: boolean;
  person: EmployeeDetail;
  onClose: () => void;
  onSubmit: (body: StatusChangeBody) => Promise<unknown>;
}) {
  const t = useT();
  const next = NEXT_STATUSES[person.status];
  const required = useRequired();

  const submit = async (v: Values) => {
    await onSubmit({
      status: v.status,
      effectiveDate: toIsoDate(v.effectiveDate),
      reason: v.reason.trim(),
      version: person.version,
    });
    showSuccess(t('people.statusModal.done', { status: t(`people.status.${v.status}`) }));
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('people.statusModal.title')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ effectiveDate: dayjs() }}
      okText={t('common.actions.ok')}
      testId="status-modal"
    >
      <Form.Item label={t('people.statusModal.current')}>
        <StatusTag status={person.status} />
      </Form.Item>
      {next.length === 0 && <Alert type="info" title={t('people.statusModal.noNext')} style={{ marginBottom: 16 }} />}
      <Form.Item name="status" label={t('people.statusModal.next')} rules={[required]}>
        <Select
          data-testid="status-select"
          options={next.map((s) => ({
            value: s,
            label: <span data-testid={`status-option-${s}`}>{t(`people.status.${s}`)}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item name="effectiveDate" label={t('people.fields.effectiveDate')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} disabledDate={noFuture} data-testid="status-date" />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('people.fields.reason')}
        rules={[required, { min: 2, max: 500, whitespace: true, message: t('people.statusModal.reasonPlaceholder') }]}
      >
        <Input.TextArea rows={3} placeholder={t('people.statusModal.reasonPlaceholder')} data-testid="status-reason" />
      </Form.Item>
    </FormModal>
  );
}
