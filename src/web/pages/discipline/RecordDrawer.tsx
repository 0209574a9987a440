import { UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Form,
  Input,
  Radio,
  Space,
  Spin,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { NotFoundResult } from '../../components/Results';
import { useRequired } from '../../components/FormModal';
import { useFileUpload } from '../../components/useFileUpload';
import { showFormError } from '../../feedback';
import { localTime, testId } from '../../format';
import { useT } from '../../i18n';
import { useApiMutation } from '../../query/useApiMutation';
import { useApiQuery } from '../../query/useApiQuery';
import { disciplineApi, disciplineKey, type DisciplineDetail } from './disciplineApi';
import { StatusTag, useEventText } from './labels';

/** One record: what happened and its evidence, the person's reply or appeal, HR's decision and
 *  the history; the person replies or appeals here once, HR confirms or withdraws here. */
export function RecordDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { data: r, error } = useApiQuery(disciplineKey('record', id), () => disciplineApi.get(id!), {
    enabled: !!id,
    quiet: true,
  });
  return (
    <Drawer open={!!id} onClose={onClose} size="large" title={t('discipline.title')} destroyOnHidden>
      {error?.status === 404 ? (
        <NotFoundResult title={t('discipline.notFound')} />
      ) : !r || r.id !== id ? (
        <Spin />
      ) : (
        <RecordView r={r} />
      )}
    </Drawer>
  );
}

function RecordView({ r }: { r: DisciplineDetail }) {
  const t = useT();
  const eventText = useEventText();
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="discipline-detail"
      data-status={r.status}
    >
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'p', label: t('discipline.fields.person'), children: `${r.employeeName} · ${r.employeeNo}` },
          { key: 'team', label: t('discipline.fields.team'), children: r.teamName },
          { key: 'k', label: t('discipline.fields.kind'), children: t(`discipline.kinds.${r.kind}`) },
          { key: 'd', label: t('discipline.fields.occurredOn'), children: r.occurredOn },
          { key: 's', label: t('discipline.fields.status'), children: <StatusTag r={r} /> },
          {
            key: 'c',
            label: t('discipline.fields.counts'),
            children: (
              <span data-testid="discipline-counts">
                {r.counts ? t('discipline.counts') : r.expired ? t('discipline.expired') : t('discipline.notCounting')}
              </span>
            ),
          },
          { key: 'e', label: t('discipline.fields.expiresOn'), children: r.expiresOn },
          {
            key: 'by',
            label: t('discipline.fields.recordedBy'),
            children: `${r.recordedBy.name} · ${localTime(r.recordedAt)}`,
          },
          {
            key: 'desc',
            label: t('discipline.fields.description'),
            span: 2,
            children: (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{r.description}</Typography.Paragraph>
            ),
          },
          ...(r.evidenceText
            ? [
                {
                  key: 'ev',
                  label: t('discipline.fields.evidenceText'),
                  span: 2,
                  children: <span style={{ whiteSpace: 'pre-wrap' }}>{r.evidenceText}</span>,
                },
              ]
            : []),
          ...(r.interactionId
            ? [
                {
                  key: 'i',
                  label: t('discipline.fields.interactionId'),
                  span: 2,
                  children: <Typography.Text code>{r.interactionId}</Typography.Text>,
                },
              ]
            : []),
          ...(r.attendanceSessionId
            ? [
                {
                  key: 'a',
                  label: t('discipline.fields.attendanceSessionId'),
                  span: 2,
                  children: <a href={`/training/sessions/${r.attendanceSessionId}`}>{r.attendanceSessionId}</a>,
                },
              ]
            : []),
          { key: 'f', label: t('discipline.fields.attachments'), span: 2, children: <Attachments r={r} /> },
        ]}
      />
      {r.response && (
        <Alert
          type={r.response.kind === 'appeal' ? 'warning' : 'info'}
          data-testid="discipline-response"
          title={`${t('discipline.fields.response')} · ${t(`discipline.respond.${r.response.kind}`)} · ${localTime(r.response.at)}`}
          description={r.response.text}
        />
      )}
      {r.decision && (
        <Alert
          type={r.decision.decision === 'confirm' ? 'error' : 'success'}
          data-testid="discipline-decision"
          title={`${t('discipline.fields.decision')} · ${t(`discipline.decide.${r.decision.decision}`)} · ${r.decision.by.name} · ${localTime(r.decision.at)}`}
          description={r.decision.reason}
        />
      )}
      {r.can.respond && <RespondForm r={r} />}
      {r.can.decide && <DecideForm r={r} />}
      <Typography.Title level={5}>{t('discipline.timeline')}</Typography.Title>
      <Timeline
        items={r.events.map((e, i) => ({
          key: i,
          children: (
            <div data-testid="discipline-event" data-kind={e.kind}>
              {eventText(e)} <Typography.Text type="secondary">{localTime(e.at)}</Typography.Text>
            </div>
          ),
        }))}
      />
    </Space>
  );
}

function Attachments({ r }: { r: DisciplineDetail }) {
  const t = useT();
  const save = useApiMutation((file: File) => disciplineApi.attach(r.id, file), { invalidates: [disciplineKey()] });
  const upload = useFileUpload({ send: (file: File) => save.mutateAsync(file), onDone: () => undefined });
  return (
    <Space orientation="vertical">
      {r.attachments.map((a) => (
        <a key={a.id} href={disciplineApi.attachmentUrl(a.id)} data-testid="discipline-attachment">
          {a.fileName}
        </a>
      ))}
      {r.can.attach && (
        <Upload customRequest={upload.customRequest} showUploadList={false} maxCount={1}>
          <Button icon={<UploadOutlined />} loading={upload.busy} {...testId('discipline-upload')}>
            {t('discipline.upload')}
          </Button>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t('discipline.uploadHint')}
          </Typography.Text>
        </Upload>
      )}
    </Space>
  );
}

function RespondForm({ r }: { r: DisciplineDetail }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<{ kind: 'reply' | 'appeal'; text: string }>();
  const save = useApiMutation((v: { kind: 'reply' | 'appeal'; text: string }) => disciplineApi.respond(r.id, v), {
    invalidates: [disciplineKey()],
    quiet: true,
  });
  const kind = Form.useWatch('kind', form);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ kind: 'reply' }}
      data-testid="discipline-respond"
      onFinish={(v) => save.mutateAsync(v).catch((err) => showFormError(form, err))}
    >
      <Typography.Title level={5}>{t('discipline.respond.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('discipline.respond.once')} {kind === 'appeal' ? t('discipline.respond.appealNote') : ''}
      </Typography.Paragraph>
      <Form.Item name="kind" label={t('discipline.respond.kind')}>
        <Radio.Group
          options={[
            { value: 'reply', label: t('discipline.respond.reply') },
            { value: 'appeal', label: t('discipline.respond.appeal') },
          ]}
          {...testId('discipline-respond-kind')}
        />
      </Form.Item>
      <Form.Item name="text" label={t('discipline.respond.text')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} {...testId('discipline-respond-text')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} {...testId('discipline-respond-submit')}>
        {t('discipline.respond.submit')}
      </Button>
    </Form>
  );
}

function DecideForm({ r }: { r: DisciplineDetail }) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<{ decision: 'confirm' | 'withdraw'; reason: string }>();
  const save = useApiMutation(
    (v: { decision: 'confirm' | 'withdraw'; reason: string }) => disciplineApi.decide(r.id, v),
    { invalidates: [disciplineKey()], quiet: true },
  );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ decision: 'confirm' }}
      data-testid="discipline-decide"
      onFinish={(v) => save.mutateAsync(v).catch((err) => showFormError(form, err))}
    >
      <Typography.Title level={5}>{t('discipline.decide.title')}</Typography.Title>
      <Form.Item name="decision">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'confirm', label: t('discipline.decide.confirm') },
            { value: 'withdraw', label: t('discipline.decide.withdraw') },
          ]}
          {...testId('discipline-decide-choice')}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('discipline.decide.reason')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} {...testId('discipline-decide-reason')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} {...testId('discipline-decide-submit')}>
        {t('discipline.decide.submit')}
      </Button>
    </Form>
  );
}
