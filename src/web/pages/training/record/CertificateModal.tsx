import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { CourseSelect } from '../shared/Pickers';
import { trainingApi } from '../shared/trainingApi';

interface Values {
  name: string;
  issuer?: string;
  issuedOn: Dayjs;
  expiresOn?: Dayjs | null;
  courseId?: string | null;
  note?: string;
}

/** Put a certificate on a person's record. */
export function CertificateModal({
  employeeId,
  onClose,
  onDone,
}: {
  employeeId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const f = (k: 'certName' | 'issuer' | 'issuedOn' | 'expiresOn' | 'courseTitle') => t(`training.record.fields.${k}`);
  const submit = async (v: Values) => {
    await trainingApi.records.addCertificate(employeeId, {
      name: v.name.trim(),
      issuer: v.issuer?.trim() || null,
      issuedOn: toIsoDate(v.issuedOn),
      expiresOn: v.expiresOn ? toIsoDate(v.expiresOn) : null,
      courseId: v.courseId ?? null,
      note: v.note?.trim() || null,
    });
    showSuccess(t('common.saved'));
    onDone();
  };
  return (
    <FormModal<Values>
      open
      title={t('training.record.addCertificate')}
      onClose={onClose}
      onSubmit={submit}
      testId="certificate-form"
    >
      <Form.Item name="name" label={f('certName')} rules={[required, { max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="issuer" label={f('issuer')} rules={[{ max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="issuedOn" label={f('issuedOn')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="expiresOn" label={f('expiresOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="courseId" label={f('courseTitle')}>
        <CourseSelect />
      </Form.Item>
      <Form.Item name="note" label={t('training.common.note')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
