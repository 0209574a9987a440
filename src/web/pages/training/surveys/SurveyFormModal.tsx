import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  type FormInstance,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { ROLES } from '../../../../common/roles';
import { SURVEY_AUDIENCES } from '../../../../common/training';
import { FormModal, useRequired } from '../../../components/FormModal';
import { TeamSelect } from '../../../components/OrgPickers';
import { useDepartments } from '../../../components/useDepartments';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { CohortSelect } from '../shared/Pickers';
import { trainingApi } from '../shared/trainingApi';
import type { SurveyAudience } from '../shared/types';

type Kind = 'choice' | 'rating' | 'text';
interface QuestionValues {
  kind: Kind;
  text: string;
  options?: string[];
  multiple?: boolean;
}
interface Values {
  title: string;
  description?: string;
  audienceKind: SurveyAudience;
  audienceRef: string;
  includeSupervisors: boolean;
  closesOn?: Dayjs | null;
  questions: QuestionValues[];
}

function Questions({ form }: { form: FormInstance<Values> }) {
  const t = useT();
  const required = useRequired();
  const questions = Form.useWatch('questions', form) ?? [];
  return (
    <Form.List name="questions">
      {(fields, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              title={`${i + 1}.`}
              data-testid="survey-question"
              extra={
                fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('training.surveys.remove')}
                  />
                )
              }
            >
              <Row gutter={12}>
                <Col xs={24} sm={8}>
                  <Form.Item name={[field.name, 'kind']} label={t('training.surveys.questionKind')} rules={[required]}>
                    <Select
                      options={(['choice', 'rating', 'text'] as const).map((k) => ({
                        value: k,
                        label: t(`training.enums.questionKind.${k}`),
                      }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={16}>
                  <Form.Item
                    name={[field.name, 'text']}
                    label={t('training.surveys.questionText')}
                    rules={[required, { max: 500 }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                {questions[i]?.kind === 'choice' && (
                  <>
                    <Col xs={24} sm={18}>
                      <Form.Item
                        name={[field.name, 'options']}
                        label={t('training.surveys.options')}
                        rules={[required]}
                      >
                        <Select mode="tags" open={false} tokenSeparators={[',', '，']} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={6}>
                      <Form.Item name={[field.name, 'multiple']} valuePropName="checked" label=" ">
                        <Checkbox>{t('training.surveys.multiple')}</Checkbox>
                      </Form.Item>
                    </Col>
                  </>
                )}
              </Row>
            </Card>
          ))}
          <Form.ErrorList errors={errors} />
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'choice', options: [], multiple: false })}>
            {t('training.surveys.addQuestion')}
          </Button>
        </Space>
      )}
    </Form.List>
  );
}

/** Send a needs survey to a cohort, team or role (and, by default, their supervisors). */
export function SurveyFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('audienceKind', form);
  const { departments } = useDepartments();
  const f = (
    k: 'title' | 'description' | 'audienceKind' | 'audienceRef' | 'includeSupervisors' | 'closesOn' | 'questions',
  ) => t(`training.surveys.fields.${k}`);

  const submit = async (v: Values) => {
    const { id } = await trainingApi.surveys.create({
      title: v.title.trim(),
      description: v.description?.trim() || null,
      audience: { kind: v.audienceKind, ref: v.audienceRef },
      includeSupervisors: v.includeSupervisors,
      closesOn: v.closesOn ? toIsoDate(v.closesOn) : null,
      questions: v.questions.map((q, i) => ({
        id: `q${i + 1}`,
        kind: q.kind,
        text: q.text.trim(),
        multiple: q.kind === 'choice' ? !!q.multiple : false,
        ...(q.kind === 'choice' ? { options: (q.options ?? []).map((o) => o.trim()).filter(Boolean) } : {}),
      })),
    });
    showSuccess(t('training.surveys.created'));
    onSaved(id);
  };

  return (
    <FormModal<Values>
      open
      form={form}
      title={t('training.surveys.add')}
      onClose={onClose}
      onSubmit={submit}
      width={820}
      testId="survey-form"
      fieldMap={{ audience: 'audienceRef' }}
      initialValues={{
        audienceKind: 'cohort',
        includeSupervisors: true,
        questions: [{ kind: 'choice', text: '', options: [], multiple: true }],
      }}
    >
      <Form.Item name="title" label={f('title')} rules={[required, { max: 200 }]}>
        <Input data-testid="survey-title" />
      </Form.Item>
      <Form.Item name="description" label={f('description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="audienceKind" label={f('audienceKind')} rules={[required]}>
            <Radio.Group
              optionType="button"
              onChange={() => form.setFieldValue('audienceRef', undefined)}
              options={SURVEY_AUDIENCES.map((a) => ({ value: a, label: t(`training.enums.surveyAudience.${a}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="audienceRef" label={f('audienceRef')} rules={[required]}>
            {kind === 'team' ? (
              <TeamSelect departments={departments} />
            ) : kind === 'role' ? (
              <Select options={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))} />
            ) : (
              <CohortSelect />
            )}
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="includeSupervisors" label={f('includeSupervisors')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item name="closesOn" label={f('closesOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Questions form={form} />
    </FormModal>
  );
}
