import { Col, DatePicker, Form, Input, Radio, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import { TRAINER_CATEGORIES, TRAINER_KINDS } from '../../../../common/training';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import type zh from '../../../locales/zh-CN/training';
import { trainingApi } from '../shared/trainingApi';
import type { Trainer, TrainerBody } from '../shared/types';

type Values = Omit<TrainerBody, 'certifiedOn' | 'certifiedUntil'> & {
  certifiedOn?: Dayjs | null;
  certifiedUntil?: Dayjs | null;
};
const Half = ({ children }: { children: ReactNode }) => (
  <Col xs={24} sm={12}>
    {children}
  </Col>
);
const day = (s: string | null) => (s ? dayjs(s) : null);

/** Add an internal (an employee) or external trainer, or change one. */
export function TrainerFormModal({
  trainer,
  onClose,
  onSaved,
}: {
  trainer?: Trainer;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const f = (k: keyof typeof zh.trainers.fields) => t(`training.trainers.fields.${k}`);

  const submit = async (v: Values) => {
    const body: TrainerBody = {
      ...v,
      certifiedOn: v.certifiedOn ? toIsoDate(v.certifiedOn) : null,
      certifiedUntil: v.certifiedUntil ? toIsoDate(v.certifiedUntil) : null,
      employeeId: v.kind === 'internal' ? v.employeeId : null,
      name: v.kind === 'external' ? v.name?.trim() : null,
    };
    if (trainer) await trainingApi.trainers.update(trainer.id, { ...body, version: trainer.version });
    else await trainingApi.trainers.create(body);
    showSuccess(trainer ? t('common.saved') : t('training.trainers.created'));
    onSaved();
  };

  const initialValues: Partial<Values> = trainer
    ? { ...trainer, certifiedOn: day(trainer.certifiedOn), certifiedUntil: day(trainer.certifiedUntil) }
    : { kind: 'internal', category: 'senior_staff', active: true };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t(trainer ? 'training.trainers.edit' : 'training.trainers.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initialValues}
      testId="trainer-form"
      width={720}
    >
      <Row gutter={16}>
        <Half>
          <Form.Item name="kind" label={f('kind')} rules={[required]}>
            <Radio.Group
              optionType="button"
              options={TRAINER_KINDS.map((k) => ({ value: k, label: t(`training.enums.trainerKind.${k}`) }))}
            />
          </Form.Item>
        </Half>
        <Half>
          {kind === 'external' ? (
            <Form.Item name="name" label={f('name')} rules={[required, { max: 64 }]}>
              <Input />
            </Form.Item>
          ) : (
            <Form.Item name="employeeId" label={f('employee')} rules={[required]}>
              <EmployeeSelect
                placeholder={t('people.form.searchPerson')}
                initial={trainer?.employeeId ? { id: trainer.employeeId, name: trainer.name } : null}
              />
            </Form.Item>
          )}
        </Half>
        <Half>
          <Form.Item name="category" label={f('category')} rules={[required]}>
            <Select options={TRAINER_CATEGORIES.map((c) => ({ value: c, label: t(`training.enums.category.${c}`) }))} />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="organization" label={f('organization')} rules={[{ max: 200 }]}>
            <Input />
          </Form.Item>
        </Half>
        <Col span={24}>
          <Form.Item name="certification" label={f('certification')} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Half>
          <Form.Item name="certifiedOn" label={f('certifiedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="certifiedUntil" label={f('certifiedUntil')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Half>
        <Col span={24}>
          <Form.Item name="notes" label={f('notes')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
        <Half>
          <Form.Item name="active" label={f('active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Half>
      </Row>
    </FormModal>
  );
}
