import { Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useRequired } from '../../../components/FormModal';
import { showFormError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Exam, type Examinee, type Practical, type PracticalIn } from '../examsApi';
import { fmtScore, fmtTime } from '../format';

const CRITERIA = ['communication', 'problemSolving', 'serviceAttitude', 'emergencyHandling'] as const;
const SCENARIOS = ['role_play', 'simulated_call', 'real_call', 'complaint'] as const;
type Values = { employeeId: string; scenario: PracticalIn['scenario']; comments?: string } & Record<
  (typeof CRITERIA)[number],
  number
>;

/** 实操评分: a trainer scores a role-play or a call on the four weighted criteria (0–100 each). */
export function PracticalPanel({ exam, examinees }: { exam: Exam; examinees: Examinee[] }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const practicalKey = keys.exams('exam', exam.id, 'practical');
  const rows = useApiQuery(practicalKey, () => examsApi.practical(exam.id)).data ?? [];
  const score = useApiMutation((body: PracticalIn) => examsApi.scorePractical(exam.id, body), {
    invalidates: [practicalKey],
    quiet: true, // told on the form's fields
  });
  const weights = exam.weights ?? { communication: 25, problemSolving: 25, serviceAttitude: 25, emergencyHandling: 25 };
  const values = Form.useWatch([], form) as Partial<Values> | undefined;
  const total = CRITERIA.reduce((sum, c) => sum + ((Number(values?.[c]) || 0) * (weights[c] ?? 0)) / 100, 0);

  const submit = async (v: Values) => {
    try {
      const r = await score.mutateAsync({
        employeeId: v.employeeId,
        scenario: v.scenario,
        comments: v.comments || undefined,
        scores: {
          communication: v.communication,
          problemSolving: v.problemSolving,
          serviceAttitude: v.serviceAttitude,
          emergencyHandling: v.emergencyHandling,
        },
      });
      showSuccess(t('exams.practical.saved', { total: fmtScore(r.total) }));
      form.resetFields();
    } catch (err) {
      showFormError(form, err);
    }
  };

  return (
    <>
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ scenario: 'role_play' }}
        style={{ marginBottom: 16 }}
      >
        <Space wrap>
          <Form.Item name="employeeId" label={t('exams.fields.name')} rules={[required]}>
            <Select
              style={{ width: 220 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={examinees.map((e) => ({ value: e.employeeId, label: `${e.name} · ${e.employeeNo}` }))}
            />
          </Form.Item>
          <Form.Item name="scenario" label={t('exams.practical.scenario')}>
            <Select
              style={{ width: 160 }}
              options={SCENARIOS.map((s) => ({ value: s, label: t(`exams.practical.scenarios.${s}`) }))}
            />
          </Form.Item>
          {CRITERIA.map((c) => (
            <Form.Item
              key={c}
              name={c}
              label={`${t(`exams.practical.criteria.${c}`)}（${weights[c] ?? 0}%）`}
              rules={[required]}
            >
              <InputNumber min={0} max={100} />
            </Form.Item>
          ))}
        </Space>
        <Form.Item name="comments" label={t('exams.grading.comment')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Space>
          <Typography.Text>{t('exams.practical.total', { n: fmtScore(total) })}</Typography.Text>
          <Button type="primary" htmlType="submit" loading={score.isPending}>
            {t('common.actions.save')}
          </Button>
        </Space>
      </Form>
      <Table
        rowKey="id"
        size="small"
        dataSource={rows}
        columns={[
          { title: t('exams.fields.name'), dataIndex: 'employeeName' },
          {
            title: t('exams.practical.scenario'),
            dataIndex: 'scenario',
            render: (s: string) => t(`exams.practical.scenarios.${s}` as never),
          },
          ...CRITERIA.map((c) => ({
            title: t(`exams.practical.criteria.${c}`),
            key: c,
            render: (_: unknown, p: Practical) => p.scores[c],
          })),
          { title: t('exams.results.score'), dataIndex: 'total', render: fmtScore },
          {
            title: t('exams.results.passed'),
            dataIndex: 'passed',
            render: (p: boolean) => (
              <Tag color={p ? 'green' : 'red'}>{p ? t('exams.results.pass') : t('exams.results.fail')}</Tag>
            ),
          },
          { title: t('exams.practical.scoredAt'), dataIndex: 'scoredAt', render: fmtTime },
        ]}
      />
    </>
  );
}
