import { Form, Input, Select, Typography } from 'antd';
import { CASE_CRITERIA, PERSON_CRITERIA } from '../../../../common/elimination';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useT } from '../../../i18n';
import { casesApi } from './casesApi';

interface Values {
  employeeId: string;
  criterion: (typeof CASE_CRITERIA)[number];
  summary: string;
  evidenceText?: string;
}

/** 列入初步名单: a trainee and the criterion; criteria 5–7 need written evidence (the server checks 1–4 against the records). */
export function OpenCaseModal({
  onClose,
  onDone,
  preset,
}: {
  onClose: () => void;
  onDone: (id: string) => void;
  /** Filled in from the home page's item (a trainee who meets a criterion). */
  preset?: { employeeId: string; name: string; criterion?: Values['criterion'] } | null;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const criterion = Form.useWatch('criterion', form);
  const byPerson = !!criterion && (PERSON_CRITERIA as readonly string[]).includes(criterion);
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('elimination.open.title')}
      onClose={onClose}
      okText={t('elimination.open.submit')}
      testId="case-open"
      width={640}
      initialValues={preset ? { employeeId: preset.employeeId, criterion: preset.criterion } : undefined}
      onSubmit={async (v) => onDone((await casesApi.open({ ...v, evidenceText: v.evidenceText || null })).id)}
    >
      <Typography.Paragraph type="secondary">{t('elimination.evidenceHelp')}</Typography.Paragraph>
      <Form.Item name="employeeId" label={t('elimination.open.person')} rules={[required]}>
        <EmployeeSelect
          data-testid="case-open-person"
          initial={preset ? { id: preset.employeeId, name: preset.name } : null}
        />
      </Form.Item>
      <Form.Item name="criterion" label={t('elimination.fields.criterion')} rules={[required]}>
        <Select
          data-testid="case-open-criterion"
          options={CASE_CRITERIA.map((c) => ({ value: c, label: t(`elimination.criteria.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="summary" label={t('elimination.fields.summary')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="case-open-summary" />
      </Form.Item>
      <Form.Item name="evidenceText" label={t('elimination.fields.evidenceText')} rules={byPerson ? [required] : []}>
        <Input.TextArea rows={4} maxLength={8000} data-testid="case-open-evidence" />
      </Form.Item>
    </FormModal>
  );
}
