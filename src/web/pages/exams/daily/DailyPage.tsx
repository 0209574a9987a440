import { Alert, Button, DatePicker, Form, Input, InputNumber, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { showFormError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Daily } from '../examsApi';

interface Values {
  employeeId: string;
  date: Dayjs;
  attendance?: number | null;
  attitude: number;
  teamwork: number;
  comments?: string;
}

/** 日常表现: per period, attendance (30, prefilled from training attendance), attitude (30), teamwork (40). */
export default function DailyPage() {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const employeeId = Form.useWatch('employeeId', form);
  const date = Form.useWatch('date', form);
  const rows = useApiQuery(keys.exams('daily', 'list'), () => examsApi.daily({ pageSize: 50 })).data?.data ?? [];
  const day = date ? date.format('YYYY-MM-DD') : null;
  const period = useApiQuery(
    keys.exams('daily', 'prefill', employeeId, day),
    () => examsApi.dailyPrefill(employeeId, day!),
    { enabled: !!employeeId && !!day },
  ).data;
  // Not a fetch: the period's attendance, once read, is written into the form's field (which the user may change).
  useEffect(() => {
    if (period) form.setFieldValue('attendance', period.attendance);
    // The daily quizzes' attitude suggestion, when drills counts them (a setting), likewise.
    if (period?.attitude !== null && period?.attitude !== undefined) form.setFieldValue('attitude', period.attitude);
  }, [period, form]);
  const create = useApiMutation(examsApi.createDaily, {
    invalidates: [keys.exams('daily', 'list'), keys.exams('my', 'daily')],
    quiet: true, // told on the form's fields
  });

  const submit = async (v: Values) => {
    if (!period) return;
    try {
      await create.mutateAsync({
        employeeId: v.employeeId,
        periodStart: period.periodStart,
        kind: 'regular',
        attendance: v.attendance ?? null,
        attitude: v.attitude,
        teamwork: v.teamwork,
        comments: v.comments || undefined,
      });
      showSuccess(t('exams.daily.saved'));
      form.resetFields(['employeeId', 'attitude', 'teamwork', 'comments', 'attendance']);
    } catch (err) {
      showFormError(form, err);
    }
  };

  return (
    <>
      <PageHeader title={t('exams.daily.title')} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ date: dayjs() }}
        style={{ maxWidth: 720, marginBottom: 24 }}
      >
        <Space wrap>
          <Form.Item name="employeeId" label={t('exams.fields.name')} rules={[required]} style={{ minWidth: 240 }}>
            <EmployeeSelect placeholder={t('exams.daily.pick')} />
          </Form.Item>
          <Form.Item name="date" label={t('exams.daily.date')} rules={[required]}>
            <DatePicker />
          </Form.Item>
        </Space>
        {period && (
          <Alert
            style={{ marginBottom: 12 }}
            type="info"
            showIcon
            message={t('exams.daily.period', { start: period.periodStart, end: period.periodEnd })}
            description={
              <>
                {period.attendance === null
                  ? t('exams.daily.noPrefill')
                  : t('exams.daily.prefilled', { n: period.attendance })}
                {period.attitude !== null && period.attitude !== undefined && (
                  <div data-testid="daily-quiz-attitude">{t('exams.daily.quizAttitude', { n: period.attitude })}</div>
                )}
              </>
            }
          />
        )}
        <Space wrap>
          <Form.Item
            name="attendance"
            label={t('exams.daily.attendance')}
            rules={period?.attendance === null ? [required] : []}
          >
            <InputNumber min={0} max={30} />
          </Form.Item>
          <Form.Item name="attitude" label={t('exams.daily.attitude')} rules={[required]}>
            <InputNumber min={0} max={30} />
          </Form.Item>
          <Form.Item name="teamwork" label={t('exams.daily.teamwork')} rules={[required]}>
            <InputNumber min={0} max={40} />
          </Form.Item>
        </Space>
        <Form.Item name="comments" label={t('exams.grading.comment')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} disabled={!period}>
          {t('common.actions.save')}
        </Button>
      </Form>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={[
          { title: t('exams.fields.name'), dataIndex: 'employeeName' },
          {
            title: t('exams.daily.date'),
            key: 'p',
            render: (_: unknown, d: Daily) => `${d.periodStart} – ${d.periodEnd}`,
          },
          {
            title: t('exams.daily.attendance'),
            dataIndex: 'attendance',
            render: (v: number, d: Daily) => (
              <>
                {v}
                {d.attendanceSource === 'training' && <Tag style={{ marginLeft: 4 }}>{t('exams.daily.auto')}</Tag>}
              </>
            ),
          },
          { title: t('exams.daily.attitude'), dataIndex: 'attitude' },
          { title: t('exams.daily.teamwork'), dataIndex: 'teamwork' },
          { title: t('exams.results.score'), dataIndex: 'total' },
          {
            title: t('exams.results.passed'),
            dataIndex: 'passed',
            render: (p: boolean) => (
              <Tag color={p ? 'green' : 'red'}>{p ? t('exams.results.pass') : t('exams.results.fail')}</Tag>
            ),
          },
        ]}
      />
    </>
  );
}
