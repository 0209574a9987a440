import { DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../../components/FormModal';
import { localTime, noFuture, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { formsApi, type InteractionRow } from '../forms/formsApi';
import { calibrationApi } from './calibrationApi';

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
  const [agentId, setAgentId] = useState<string | null>(null);
  const [day, setDay] = useState(toIsoDate(dayjs().subtract(1, 'day')));
  const [picked, setPicked] = useState<InteractionRow[]>([]);
  const forms =
    useApiQuery(keys.quality('forms', { publishedOnly: '1' }), () => formsApi.forms({ publishedOnly: '1' }), {
      enabled: open,
    }).data ?? [];
  // Paused evaluators too: a session may recalibrate them.
  const evaluators =
    useApiQuery(keys.quality('evaluators', null), () => calibrationApi.evaluators(), { enabled: open }).data
      ?.evaluators ?? [];
  const interactions = useApiQuery(
    keys.quality('interactions', agentId, day),
    () => formsApi.interactions({ agentId: agentId!, date: day, answered: '1', pageSize: 100 }),
    { enabled: open && !!agentId },
  );
  const calls = agentId ? (interactions.data?.data ?? []) : [];
  const create = useApiMutation(calibrationApi.create, { invalidates: [keys.quality('calibrations')], quiet: true });

  const submit = async (v: Values) => {
    const created = await create.mutateAsync({
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
          loading={interactions.loading}
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
