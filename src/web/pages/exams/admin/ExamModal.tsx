import { DatePicker, Form, Input, InputNumber, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi } from '../examsApi';

interface Values {
  title: string;
  paperId: string;
  window: [Dayjs, Dayjs];
  timeLimitMinutes?: number;
  maxAttempts: number;
  passMark: number;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  course?: string;
}

/** A new theory exam (a draft): paper, window, time limit, retake limit, pass mark. */
export function ExamModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const t = useT();
  const required = useRequired();
  // Quiet: without the papers the field is empty, and the form says what is missing.
  const papers = useApiQuery(keys.exams('papers'), () => examsApi.papers(), { quiet: true }).data ?? [];
  const create = useApiMutation(examsApi.createExam, { invalidates: [keys.exams('exams')], quiet: true });

  const submit = async (v: Values) => {
    const r = await create.mutateAsync({
      title: v.title,
      kind: 'theory',
      paperId: v.paperId,
      opensAt: v.window[0].toISOString(),
      closesAt: v.window[1].toISOString(),
      timeLimitMinutes: v.timeLimitMinutes ?? null,
      maxAttempts: v.maxAttempts,
      passMark: v.passMark,
      shuffleQuestions: v.shuffleQuestions,
      shuffleOptions: v.shuffleOptions,
      course: v.course || null,
    });
    showSuccess(t('exams.manage.created'));
    onSaved(r.id);
  };

  return (
    <FormModal<Values>
      open
      title={t('exams.manage.new')}
      onClose={onClose}
      onSubmit={submit}
      width={640}
      testId="exam-form"
      fieldMap={{ opensAt: 'window', closesAt: 'window' }}
      initialValues={{
        window: [dayjs().startOf('minute'), dayjs().add(7, 'day').startOf('minute')],
        timeLimitMinutes: 30,
        maxAttempts: 1,
        passMark: 60,
        shuffleQuestions: true,
        shuffleOptions: true,
      }}
    >
      <Form.Item name="title" label={t('exams.fields.title')} rules={[required]}>
        <Input data-testid="exam-title" />
      </Form.Item>
      <Form.Item name="paperId" label={t('exams.manage.paper')} rules={[required]}>
        <Select
          data-testid="exam-paper"
          showSearch={{ optionFilterProp: 'label' }}
          options={papers.map((p) => ({ value: p.id, label: p.title }))}
        />
      </Form.Item>
      <Form.Item name="window" label={t('exams.manage.window')} rules={[required]}>
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Space wrap>
        <Form.Item name="timeLimitMinutes" label={t('exams.manage.timeLimit')}>
          <InputNumber min={1} max={1440} />
        </Form.Item>
        <Form.Item name="maxAttempts" label={t('exams.manage.maxAttempts')} rules={[required]}>
          <InputNumber min={1} max={20} />
        </Form.Item>
        <Form.Item name="passMark" label={t('exams.manage.passMark')} rules={[required]}>
          <InputNumber min={0} max={100} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="shuffleQuestions" label={t('exams.manage.shuffleQuestions')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="shuffleOptions" label={t('exams.manage.shuffleOptions')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Space>
      <Form.Item name="course" label={t('exams.manage.course')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
