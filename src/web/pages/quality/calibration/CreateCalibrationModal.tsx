import { DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../../components/FormModal';
import { localTime, noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { formsApi, type FormSummary, type InteractionRow } from '../forms/formsApi';
import { calibrationApi, type EvaluatorRow } from './calibrationApi';
import { showError } from '../../../feedback';

interface Values {
  title: string;
  formId: string;
  evaluatorUserIds: string[];
  notes?: string;
}

/** A new calibration session: topic, a published form, the evaluators invited, and interactions
 *  picked from an agent's calls on a day (several agents and days may be combined). */
export function CreateCalibrationModal({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const t = useT();
  const required = useRequired();
  const [forms, setForms] = useState<FormSummary[]>([]);
  const [evaluators, setEvaluators] = useState<EvaluatorRow[]>([]);
  const [agentId, setAgentId] = useState<string | null>(null);
  const [day, setDay] = useState(toIsoDate(dayjs().subtract(1, 'day')));
  const [calls, setCalls] = useState<InteractionRow[]>([]);
  const [picked, setPicked] = useState<InteractionRow[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    if (!open) return;
    formsApi.forms({ publishedOnly: '1' }).then(setForms, showError);
    calibrationApi.evaluators().then((r) => setEvaluators(r.evaluators), showError); // paused ones too: recalibration
  }, [open]);
  useEffect(() => {
    if (!agentId) {
      setCalls([]);
      return;
    }
    setLoading(true);
    formsApi
      .interactions({ agentId, date: day, answered: '1', pageSize: 100 })
      .then((p) => setCalls(p.data), showError)
      .finally(() => setLoading(false));
  }, [agentId, day]);

  const submit = async (v: Values) => {
    const created = await calibrationApi.create({
      ...v,
      interactionIds: picked.map((p) => p.id),
      notes: v.notes || null,
    });
    setPicked([]);
    onCreated(created.id);
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('quality.calibration.sessions.create')}
      onClose={onClose}
      onSubmit={submit}
      width={820}
      testId="calibration-create"
    >
      <Form.Item name="title" label={t('quality.calibration.sessions.titleField')} rules={[required]}>
        <Input maxLength={200} data-testid="calibration-title" />
      </Form.Item>
      <Form.Item name="formId" label={t('quality.calibration.sessions.form')} rules={[required]}>
        <Select
          options={forms.map((f) => ({ value: f.id, label: `${f.name} · v${f.publishedVersion}` }))}
          data-testid="calibration-form"
        />
      </Form.Item>
      <Form.Item
        name="evaluatorUserIds"
        label={t('quality.calibration.sessions.evaluators')}
        extra={t('quality.calibration.sessions.evaluatorsHint')}
        rules={[required]}
      >
        <Select
          mode="multiple"
          optionFilterProp="label"
          options={evaluators.map((e) => ({ value: e.userId, label: `${e.name} (${e.username})` }))}
          data-testid="calibration-evaluators"
        />
      </Form.Item>
      <Form.Item label={t('quality.calibration.sessions.interactions')} required>
        <Space wrap style={{ marginBottom: 8 }}>
          <EmployeeSelect
            value={agentId}
            onChange={setAgentId}
            placeholder={t('quality.calibration.sessions.pickAgent')}
            data-testid="calibration-agent"
          />
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            disabledDate={noFuture}
            onChange={(d) => d && setDay(toIsoDate(d))}
          />
          <span>{t('quality.calibration.sessions.picked', { n: picked.length })}</span>
        </Space>
        <div style={{ marginBottom: 8 }}>
          {picked.map((p) => (
            <Tag key={p.id} closable onClose={() => setPicked((x) => x.filter((y) => y.id !== p.id))}>
              {p.agentName} · {localTime(p.startedAt)}
            </Tag>
          ))}
        </div>
        <Table<InteractionRow>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={calls}
          pagination={{ pageSize: 5 }}
          data-testid="calibration-calls"
          rowSelection={{
            selectedRowKeys: picked.map((p) => p.id),
            onSelect: (row, selected) =>
              setPicked((x) =>
                selected ? [...x.filter((y) => y.id !== row.id), row] : x.filter((y) => y.id !== row.id),
              ),
            hideSelectAll: true,
          }}
          columns={[
            { title: t('quality.forms.evaluate.started'), dataIndex: 'startedAt', render: (v: string) => localTime(v) },
            { title: t('quality.forms.evaluate.businessType'), dataIndex: 'businessType' },
            { title: t('quality.forms.evaluate.talk'), dataIndex: 'talkSeconds' },
          ]}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('quality.calibration.sessions.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
