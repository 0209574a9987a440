import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { DISCIPLINE_KINDS, type DisciplineKindName } from '../../../common/discipline';
import { EmployeeSelect } from '../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../components/FormModal';
import { noFuture, toIsoDate } from '../../format';
import { useT } from '../../i18n';
import { useInvalidate } from '../../query/useApiMutation';
import { disciplineApi, disciplineKey } from './disciplineApi';

interface Values {
  employeeId: string;
  kind: DisciplineKindName;
  occurredOn: Dayjs;
  description: string;
  evidenceText?: string;
  interactionId?: string;
  attendanceSessionId?: string;
}

/** 新增纪律记录: the person (in the recorder's sight), the kind, the day, what happened and the evidence. */
export function NewRecordModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('discipline.create.title')}
      onClose={onClose}
      okText={t('discipline.create.submit')}
      testId="discipline-create"
      width={640}
      onSubmit={async (v) => {
        const { id } = await disciplineApi.create({
          employeeId: v.employeeId,
          kind: v.kind,
          occurredOn: toIsoDate(v.occurredOn),
          description: v.description,
          evidenceText: v.evidenceText?.trim() || null,
          interactionId: v.interactionId?.trim() || null,
          attendanceSessionId: v.attendanceSessionId?.trim() || null,
        });
        await invalidate(disciplineKey());
        onDone(id);
      }}
    >
      <Typography.Paragraph type="secondary">{t('discipline.evidenceHelp')}</Typography.Paragraph>
      <Form.Item name="employeeId" label={t('discipline.fields.person')} rules={[required]}>
        <EmployeeSelect data-testid="discipline-create-person" />
      </Form.Item>
      <Form.Item name="kind" label={t('discipline.fields.kind')} rules={[required]}>
        <Select
          data-testid="discipline-create-kind"
          options={DISCIPLINE_KINDS.map((k) => ({ value: k, label: t(`discipline.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="occurredOn" label={t('discipline.fields.occurredOn')} rules={[required]}>
        <DatePicker disabledDate={noFuture} data-testid="discipline-create-date" />
      </Form.Item>
      <Form.Item name="description" label={t('discipline.fields.description')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="discipline-create-description" />
      </Form.Item>
      <Form.Item name="evidenceText" label={t('discipline.fields.evidenceText')}>
        <Input.TextArea rows={3} maxLength={8000} data-testid="discipline-create-evidence" />
      </Form.Item>
      <Form.Item name="interactionId" label={t('discipline.fields.interactionId')}>
        <Input maxLength={64} data-testid="discipline-create-interaction" />
      </Form.Item>
      <Form.Item
        name="attendanceSessionId"
        label={t('discipline.fields.attendanceSessionId')}
        extra={t('discipline.attendanceHelp')}
      >
        <Input maxLength={64} data-testid="discipline-create-session" />
      </Form.Item>
    </FormModal>
  );
}
