import { Checkbox, Col, DatePicker, Divider, Form, Input, Radio, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import {
  ADHOC_TRIGGERS,
  PLAN_AUDIENCES,
  PLAN_STATUSES,
  RECURRENCES,
  TRAINING_METHODS,
} from '../../../../common/training';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import type zh from '../../../locales/zh-CN/training';
import { CohortSelect, SurveySelect } from '../shared/Pickers';
import { trainingApi } from '../shared/trainingApi';
import type {
  AdhocTrigger,
  Plan,
  PlanAudience,
  PlanBody,
  PlanStatus,
  Recurrence,
  TrainingMethod,
} from '../shared/types';
import { PhasesField, type PhaseValues } from './PhasesField';

interface Values {
  title: string;
  audience: PlanAudience;
  cohortId?: string | null;
  period: [Dayjs, Dayjs];
  recurrence?: Recurrence;
  trigger?: AdhocTrigger | null;
  triggerNote?: string;
  objectives?: string;
  assessmentPlan?: string;
  supervision?: string;
  venue?: string;
  equipment?: string;
  methods?: TrainingMethod[];
  evaluationMethod?: string;
  status: PlanStatus;
  needsSurveyId?: string | null;
  phases?: PhaseValues[];
}

const Half = ({ children }: { children: ReactNode }) => (
  <Col xs={24} md={12}>
    {children}
  </Col>
);
const opt = (v?: string | null) => (v?.trim() ? v.trim() : null);

function toValues(p: Plan): Partial<Values> {
  return {
    title: p.title,
    audience: p.audience,
    cohortId: p.cohortId,
    period: [dayjs(p.startDate), dayjs(p.endDate)],
    recurrence: p.recurrence,
    trigger: p.trigger,
    triggerNote: p.triggerNote ?? '',
    objectives: p.objectives ?? '',
    assessmentPlan: p.assessmentPlan ?? '',
    supervision: p.supervision ?? '',
    venue: p.venue ?? '',
    equipment: p.equipment ?? '',
    methods: p.methods,
    evaluationMethod: p.evaluationMethod ?? '',
    status: p.status,
    needsSurveyId: p.needsSurveyId,
    phases: p.phases.map((ph) => ({
      name: ph.name,
      kind: ph.kind,
      dates: [dayjs(ph.startDate), dayjs(ph.endDate)],
      courseIds: ph.courses.map((c) => c.id),
    })),
  };
}

function toBody(v: Values): PlanBody {
  const recurrence = v.audience === 'new_hire' ? 'none' : (v.recurrence ?? 'none');
  return {
    title: v.title.trim(),
    audience: v.audience,
    cohortId: v.cohortId ?? null,
    startDate: toIsoDate(v.period[0]),
    endDate: toIsoDate(v.period[1]),
    recurrence,
    trigger: recurrence === 'adhoc' ? (v.trigger ?? null) : null,
    triggerNote: recurrence === 'adhoc' ? opt(v.triggerNote) : null,
    objectives: opt(v.objectives),
    assessmentPlan: opt(v.assessmentPlan),
    supervision: opt(v.supervision),
    venue: opt(v.venue),
    equipment: opt(v.equipment),
    methods: v.methods ?? [],
    evaluationMethod: opt(v.evaluationMethod),
    status: v.status,
    needsSurveyId: v.needsSurveyId ?? null,
    phases: (v.phases ?? []).map((p) => ({
      name: p.name.trim(),
      kind: p.kind,
      startDate: toIsoDate(p.dates[0]),
      endDate: toIsoDate(p.dates[1]),
      courseIds: p.courseIds ?? [],
    })),
  };
}

/** Make a plan, or (with `plan`) replace it and its phases. */
export function PlanFormModal({
  open,
  plan,
  onClose,
  onSaved,
}: {
  open: boolean;
  plan?: Plan;
  onClose: () => void;
  onSaved: (id: string) => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const audience = Form.useWatch('audience', form);
  const recurrence = Form.useWatch('recurrence', form);

  const submit = async (v: Values) => {
    const body = toBody(v);
    if (plan) {
      await trainingApi.plans.update(plan.id, { ...body, version: plan.version });
      showSuccess(t('common.saved'));
      onSaved(plan.id);
    } else {
      const { id } = await trainingApi.plans.create(body);
      showSuccess(t('training.plans.created', { title: body.title }));
      onSaved(id);
    }
  };

  const label = (k: keyof typeof zh.plans.fields) => t(`training.plans.fields.${k}`);

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t(plan ? 'training.plans.edit' : 'training.plans.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={
        plan ? toValues(plan) : { audience: 'new_hire', status: 'draft', recurrence: 'none', methods: [], phases: [] }
      }
      fieldMap={{ startDate: 'period', endDate: 'period' }}
      testId="plan-form"
      width={920}
    >
      <Divider titlePlacement="start" plain>
        {t('training.plans.sections.basics')}
      </Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="title" label={label('title')} rules={[required, { max: 200 }]}>
            <Input data-testid="plan-title" />
          </Form.Item>
        </Col>
        <Half>
          <Form.Item name="audience" label={label('audience')} rules={[required]}>
            <Radio.Group
              optionType="button"
              options={PLAN_AUDIENCES.map((a) => ({ value: a, label: t(`training.enums.audience.${a}`) }))}
              onChange={(e) => form.setFieldValue('recurrence', e.target.value === 'on_the_job' ? 'monthly' : 'none')}
              data-testid="plan-audience"
            />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="period" label={label('period')} rules={[required]}>
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="plan-period" />
          </Form.Item>
        </Half>
        {audience === 'new_hire' ? (
          <Half>
            <Form.Item name="cohortId" label={label('cohort')} rules={[required]}>
              <CohortSelect data-testid="plan-cohort" />
            </Form.Item>
          </Half>
        ) : (
          <Half>
            <Form.Item name="recurrence" label={label('recurrence')} rules={[required]}>
              <Select
                data-testid="plan-recurrence"
                options={RECURRENCES.filter((r) => audience === 'key_staff' || r !== 'none').map((r) => ({
                  value: r,
                  label: t(`training.enums.recurrence.${r}`),
                }))}
              />
            </Form.Item>
          </Half>
        )}
        <Half>
          <Form.Item name="status" label={label('status')} rules={[required]}>
            <Select
              options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`training.enums.planStatus.${s}`) }))}
              data-testid="plan-status-select"
            />
          </Form.Item>
        </Half>
        {audience !== 'new_hire' && recurrence === 'adhoc' && (
          <>
            <Half>
              <Form.Item name="trigger" label={label('trigger')} rules={[required]}>
                <Select options={ADHOC_TRIGGERS.map((x) => ({ value: x, label: t(`training.enums.trigger.${x}`) }))} />
              </Form.Item>
            </Half>
            <Half>
              <Form.Item name="triggerNote" label={label('triggerNote')} rules={[{ max: 500 }]}>
                <Input />
              </Form.Item>
            </Half>
          </>
        )}
        <Half>
          <Form.Item name="needsSurveyId" label={label('needsSurvey')}>
            <SurveySelect />
          </Form.Item>
        </Half>
        <Col span={24}>
          <Form.Item name="objectives" label={label('objectives')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('training.plans.sections.delivery')}
      </Divider>
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item name="methods" label={label('methods')}>
            <Checkbox.Group
              options={TRAINING_METHODS.map((m) => ({ value: m, label: t(`training.enums.method.${m}`) }))}
            />
          </Form.Item>
        </Col>
        <Half>
          <Form.Item name="venue" label={label('venue')} rules={[{ max: 500 }]}>
            <Input data-testid="plan-venue" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="equipment" label={label('equipment')} rules={[{ max: 2000 }]}>
            <Input />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="assessmentPlan" label={label('assessmentPlan')} rules={[{ max: 5000 }]}>
            <Input.TextArea rows={2} data-testid="plan-assessment" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="evaluationMethod" label={label('evaluationMethod')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Half>
        <Col span={24}>
          <Form.Item name="supervision" label={label('supervision')} rules={[{ max: 2000 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Divider titlePlacement="start" plain>
        {t('training.plans.sections.phases')}
      </Divider>
      <PhasesField form={form} />
    </FormModal>
  );
}
