import {
  App,
  Alert,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  List,
  Radio,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useRequired } from '../../../components/FormModal';
import { showFormError, showError, showSuccess } from '../../../feedback';
import { localTime, noFuture } from '../../../format';
import { useT } from '../../../i18n';
import { casesApi, type CaseDetail } from './casesApi';

/** 下一步: only the step the process expects now is offered, and only to someone allowed to take it. */
export function NextStepCard({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  if (!c.nextStep)
    return (
      <Card data-testid="case-next">
        <Typography.Text type="secondary">{t('elimination.closed')}</Typography.Text>
      </Card>
    );
  let body: ReactNode;
  if (c.nextStep === 'interview' && c.can.interview) body = <InterviewForm c={c} onChange={onChange} />;
  else if (c.nextStep === 'notice' && c.can.notice) body = <NoticeForm c={c} onChange={onChange} />;
  else if (c.nextStep === 'decision' && c.can.decide) body = <DecisionForm c={c} onChange={onChange} />;
  else if (c.nextStep === 'offboarding' && c.can.offboard) body = <Checklist c={c} onChange={onChange} />;
  else if (c.nextStep === 'exit_talk' && c.can.exitTalk) body = <ExitTalkForm c={c} onChange={onChange} />;
  else if (c.nextStep === 'decision' && c.notice && c.notice.provisionalYear !== null) {
    body = (
      <Alert
        type="warning"
        showIcon
        data-testid="case-waiting-calendar"
        message={t('elimination.notice.provisionalHelp', { year: c.notice.provisionalYear })}
      />
    );
  } else if (c.nextStep === 'decision' && c.notice && c.notice.state !== 'ended')
    body = (
      <Alert
        type="info"
        showIcon
        message={t('elimination.waitingNotice', { endsOn: c.notice.endsOn, endsAt: localTime(c.notice.endsAt) })}
      />
    );
  else if (c.nextStep === 'decision' && c.openAppeals)
    body = <Alert type="warning" showIcon message={t('elimination.waitingAppeals', { n: c.openAppeals })} />;
  else body = <Typography.Text type="secondary">{t('elimination.waitingOther')}</Typography.Text>;
  return (
    <Card
      title={`${t('elimination.nextStep')} · ${t(`elimination.nextSteps.${c.nextStep}`)}`}
      data-testid="case-next"
      data-step={c.nextStep}
    >
      {body}
    </Card>
  );
}

/** One inline form per step: busy while saving, the server's error under the field it names. */
function StepForm<V extends object>({
  onSubmit,
  submit,
  testId,
  children,
  initialValues,
}: {
  onSubmit: (v: V) => Promise<unknown>;
  submit: string;
  testId: string;
  children: ReactNode;
  initialValues?: Partial<V>;
}) {
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const finish = async (v: V) => {
    setBusy(true);
    try {
      await onSubmit(v);
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<V>
      form={form}
      layout="vertical"
      onFinish={finish}
      initialValues={initialValues as never}
      data-testid={testId}
      style={{ maxWidth: 720 }}
    >
      {children}
      <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testId}-submit`}>
        {submit}
      </Button>
    </Form>
  );
}

function InterviewForm({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const required = useRequired();
  return (
    <StepForm<{ heldAt: Dayjs; present: string[]; reasonsExplained: boolean; traineeStatement: string; notes?: string }>
      testId="interview-form"
      submit={t('elimination.interview.submit')}
      initialValues={{ heldAt: dayjs(), present: [], reasonsExplained: false }}
      onSubmit={async (v) => {
        await casesApi.interview(c.id, { ...v, heldAt: v.heldAt.toISOString(), notes: v.notes || null });
        showSuccess(t('elimination.done'));
        onChange();
      }}
    >
      <Form.Item name="heldAt" label={t('elimination.interview.heldAt')} rules={[required]}>
        <DatePicker showTime disabledDate={noFuture} data-testid="interview-held-at" />
      </Form.Item>
      <Form.Item
        name="present"
        label={t('elimination.interview.present')}
        extra={t('elimination.interview.presentHelp')}
        rules={[required]}
      >
        <Select mode="tags" open={false} data-testid="interview-present" />
      </Form.Item>
      <Form.Item
        name="reasonsExplained"
        valuePropName="checked"
        rules={[
          {
            validator: (_, v) =>
              v ? Promise.resolve() : Promise.reject(new Error(t('elimination.interview.mustExplain'))),
          },
        ]}
      >
        <Checkbox data-testid="interview-explained">{t('elimination.interview.reasonsExplained')}</Checkbox>
      </Form.Item>
      <Form.Item name="traineeStatement" label={t('elimination.interview.traineeStatement')} rules={[required]}>
        <Input.TextArea rows={4} maxLength={8000} data-testid="interview-statement" />
      </Form.Item>
      <Form.Item name="notes" label={t('elimination.interview.notes')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </StepForm>
  );
}

function NoticeForm({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const required = useRequired();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const backdated = day.isBefore(dayjs(), 'day');
  return (
    <StepForm<{ publishedOn: Dayjs; backdateReason?: string }>
      testId="notice-form"
      submit={t('elimination.notice.submit')}
      initialValues={{ publishedOn: dayjs() }}
      onSubmit={async (v) => {
        const r = await casesApi.notice(c.id, {
          publishedOn: v.publishedOn.format('YYYY-MM-DD'),
          backdateReason: v.backdateReason || null,
        });
        showSuccess(t('elimination.notice.range', { from: r.publishedOn, to: r.endsOn }));
        onChange();
      }}
    >
      <Typography.Paragraph type="secondary">{t('elimination.notice.days')}</Typography.Paragraph>
      <Form.Item name="publishedOn" label={t('elimination.notice.publishedOn')} rules={[required]}>
        <DatePicker onChange={(d) => d && setDay(d)} data-testid="notice-date" />
      </Form.Item>
      {backdated && (
        <Form.Item
          name="backdateReason"
          label={t('elimination.notice.backdateReason')}
          extra={t('elimination.notice.backdateHelp')}
          rules={[required]}
        >
          <Input.TextArea rows={2} maxLength={1000} data-testid="notice-backdate-reason" />
        </Form.Item>
      )}
    </StepForm>
  );
}

function DecisionForm({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const required = useRequired();
  const { modal } = App.useApp();
  const send = async (v: { decision: 'eliminate' | 'retain'; reason: string }) => {
    await casesApi.decide(c.id, v);
    showSuccess(t('elimination.done'));
    onChange();
  };
  return (
    <StepForm<{ decision: 'eliminate' | 'retain'; reason: string }>
      testId="decision-form"
      submit={t('elimination.decision.submit')}
      onSubmit={(v) =>
        v.decision === 'eliminate'
          ? new Promise<void>((resolve, reject) =>
              modal.confirm({
                title: t('elimination.decision.confirm'),
                okButtonProps: { ...({ 'data-testid': 'decision-confirm' } as object) },
                onOk: () => send(v).then(resolve, reject),
                onCancel: () => resolve(),
              }),
            )
          : send(v)
      }
    >
      <Form.Item name="decision" label={t('elimination.decision.decision')} rules={[required]}>
        <Radio.Group>
          {(['eliminate', 'retain'] as const).map((o) => (
            <Radio key={o} value={o} data-testid={`decision-${o}`}>
              {t(`elimination.decision.options.${o}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" label={t('elimination.decision.reason')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} data-testid="decision-reason" />
      </Form.Item>
    </StepForm>
  );
}

function Checklist({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const tick = async (item: CaseDetail['offboarding'][number]['item']) => {
    setBusy(item);
    try {
      await casesApi.offboard(c.id, { item });
      onChange();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <List
      dataSource={c.offboarding}
      renderItem={(o) => (
        <List.Item
          data-testid="offboarding-item"
          data-item={o.item}
          data-done={o.done}
          actions={[
            o.done ? (
              <Typography.Text key="d" type="secondary">
                {t('elimination.offboarding.doneBy', { name: o.by?.name ?? '', time: localTime(o.at) })}
              </Typography.Text>
            ) : (
              <Button
                key="t"
                size="small"
                loading={busy === o.item}
                onClick={() => tick(o.item)}
                data-testid={`offboarding-${o.item}`}
              >
                {t('elimination.offboarding.tick')}
              </Button>
            ),
          ]}
        >
          <Space>
            <Checkbox checked={o.done} disabled />
            {t(`elimination.offboarding.items.${o.item}`)}
          </Space>
        </List.Item>
      )}
    />
  );
}

function ExitTalkForm({ c, onChange }: { c: CaseDetail; onChange: () => void }) {
  const t = useT();
  const required = useRequired();
  return (
    <StepForm<{ heldAt: Dayjs; personView: string; companyAssessment: string; careerAdvice: string }>
      testId="exit-form"
      submit={t('elimination.exitTalk.submit')}
      initialValues={{ heldAt: dayjs() }}
      onSubmit={async (v) => {
        await casesApi.exitTalk(c.id, { ...v, heldAt: v.heldAt.toISOString() });
        showSuccess(t('elimination.done'));
        onChange();
      }}
    >
      <Form.Item name="heldAt" label={t('elimination.exitTalk.heldAt')} rules={[required]}>
        <DatePicker showTime disabledDate={noFuture} data-testid="exit-held-at" />
      </Form.Item>
      {(['personView', 'companyAssessment', 'careerAdvice'] as const).map((k) => (
        <Form.Item key={k} name={k} label={t(`elimination.exitTalk.${k}`)} rules={[required]}>
          <Input.TextArea rows={3} maxLength={8000} data-testid={`exit-${k}`} />
        </Form.Item>
      ))}
    </StepForm>
  );
}
