import { DeleteOutlined, PlusOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Tooltip, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { PHASE_KINDS } from '../../../../common/training';
import { useRequired } from '../../../components/FormModal';
import { useT } from '../../../i18n';
import { CourseSelect } from '../shared/Pickers';
import type { PhaseKind } from '../shared/types';

export interface PhaseValues {
  name: string;
  kind: PhaseKind;
  dates: [Dayjs, Dayjs];
  courseIds?: string[];
}

const STANDARD: [PhaseKind, number][] = [
  ['classroom', 0.4],
  ['one_to_one', 0.2],
  ['one_to_five', 0.2],
  ['go_live', 0.2],
];

/** The four phases of a new-hire program spread over the plan's period (whole days, in order). */
function standardPhases(period: [Dayjs, Dayjs], name: (k: PhaseKind) => string): PhaseValues[] {
  const [start, end] = period;
  const days = end.diff(start, 'day') + 1;
  let from = start;
  return STANDARD.map(([kind, share], i) => {
    const last = i === STANDARD.length - 1;
    const length = Math.max(1, Math.round(days * share));
    const to = last ? end : from.add(length - 1, 'day').isAfter(end) ? end : from.add(length - 1, 'day');
    const phase: PhaseValues = { name: name(kind), kind, dates: [from, to], courseIds: [] };
    from = to.add(1, 'day').isAfter(end) ? end : to.add(1, 'day');
    return phase;
  });
}

/** The phases of a plan: name, kind, dates and the courses taught in each. */
export function PhasesField({ form }: { form: FormInstance }) {
  const t = useT();
  const required = useRequired();
  const kindName = (k: PhaseKind) => t(`training.enums.phaseKind.${k}`);

  const fillStandard = () => {
    const period = form.getFieldValue('period') as [Dayjs, Dayjs] | undefined;
    if (!period) {
      form.validateFields(['period']).catch(() => undefined);
      return;
    }
    form.setFieldValue('phases', standardPhases(period, kindName));
  };

  return (
    <Form.List name="phases">
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="plan-phases">
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              data-testid="plan-phase"
              title={`${i + 1}.`}
              extra={
                <Tooltip title={t('training.plans.removePhase')}>
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Tooltip>
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('training.plans.fields.phaseName')}
                    rules={[required, { max: 100 }]}
                  >
                    <Input data-testid="phase-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={6}>
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('training.plans.fields.phaseKind')}
                    rules={[required]}
                  >
                    <Select options={PHASE_KINDS.map((k) => ({ value: k, label: kindName(k) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={10}>
                  <Form.Item
                    name={[field.name, 'dates']}
                    label={t('training.plans.fields.phaseDates')}
                    rules={[required]}
                  >
                    <DatePicker.RangePicker style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item
                    name={[field.name, 'courseIds']}
                    label={t('training.plans.fields.phaseCourses')}
                    style={{ marginBottom: 0 }}
                  >
                    <CourseSelect multiple data-testid="phase-courses" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Space wrap>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'classroom', courseIds: [] })}
              data-testid="plan-add-phase"
            >
              {t('training.plans.addPhase')}
            </Button>
            <Tooltip title={t('training.plans.standardPhasesHint')}>
              <Button icon={<ThunderboltOutlined />} onClick={fillStandard} data-testid="plan-standard-phases">
                {t('training.plans.standardPhases')}
              </Button>
            </Tooltip>
          </Space>
        </Space>
      )}
    </Form.List>
  );
}
