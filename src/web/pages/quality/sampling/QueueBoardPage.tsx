import { keys } from '../../../query/keys';
import { Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { SAMPLE_STATUSES } from '../../../../common/quality-sampling';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useTableQuery } from '../../../components/useTableQuery';
import { showSuccess } from '../../../feedback';
import { localTime, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { QuotaBars } from './QuotaBars';
import { reasonText, samplingApi, type EvaluatorRow, type Sample } from './samplingApi';

interface QuotaForm {
  live: number;
  recording: number;
  sideBySide: number;
  reason: string;
}

/** 任务分配 (QA lead): every evaluator's quota and progress, and the samples with reassignment. */
export default function QueueBoardPage() {
  const t = useT();
  const required = useRequired();
  const [editing, setEditing] = useState<EvaluatorRow | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [reassigning, setReassigning] = useState(false);
  const list = useTableQuery<Sample>(keys.quality('samples', 'page'), samplingApi.samples, { pageSize: 50 });
  const evaluators = useApiQuery(keys.quality('sampling', 'quotas'), samplingApi.quotas).data ?? [];
  // A quota or an assignee changed: the quotas' progress and the sample list both move.
  const putQuota = useApiMutation(
    ({ userId, ...v }: QuotaForm & { userId: string }) => samplingApi.putQuota(userId, v),
    {
      invalidates: [keys.quality('sampling', 'quotas')],
      quiet: true,
    },
  );
  const reassign = useApiMutation(samplingApi.reassign, {
    invalidates: [keys.quality('sampling', 'quotas'), keys.quality('samples')],
    quiet: true,
  });
  const week = list.get('weekStart');

  return (
    <>
      <PageHeader title={t('quality.sampling.board.title')} />
      <Card size="small" title={t('quality.sampling.board.evaluators')} style={{ marginBottom: 16 }}>
        <Table<EvaluatorRow>
          rowKey="userId"
          size="small"
          dataSource={evaluators}
          pagination={false}
          data-testid="evaluator-quotas"
          columns={[
            { title: t('quality.sampling.board.name'), dataIndex: 'name' },
            {
              title: t('quality.sampling.board.level'),
              dataIndex: 'level',
              render: (l: EvaluatorRow['level']) => t(`quality.sampling.levels.${l}`),
            },
            { title: t('quality.sampling.board.team'), dataIndex: 'teamName' },
            {
              title: t('quality.sampling.board.quota'),
              key: 'quota',
              render: (_: unknown, r) => (
                <Space size={4} wrap>
                  <span>
                    {r.quota.live} / {r.quota.recording} / {r.quota.sideBySide}
                  </span>
                  <Tag>{r.custom ? t('quality.sampling.board.custom') : t('quality.sampling.board.default')}</Tag>
                  {!r.mayScore && <Tag color="red">{t('quality.sampling.board.paused')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('quality.sampling.board.progress'),
              key: 'progress',
              render: (_: unknown, r) => <QuotaBars progress={r.progress} compact />,
            },
            { title: t('quality.sampling.board.open'), dataIndex: 'open' },
            {
              title: '',
              key: 'edit',
              render: (_: unknown, r) => (
                <Button size="small" type="link" onClick={() => setEditing(r)} data-testid={`edit-quota-${r.userId}`}>
                  {t('quality.sampling.board.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('quality.sampling.board.samples')}>
        <Space wrap style={{ marginBottom: 12 }}>
          <DatePicker
            picker="week"
            value={week ? dayjs(week) : null}
            placeholder={t('quality.sampling.board.week')}
            onChange={(d) =>
              list.update({ weekStart: d ? toIsoDate(d.subtract((d.day() + 6) % 7, 'day')) : undefined })
            }
          />
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder={t('quality.sampling.board.status')}
            value={list.get('status')}
            onChange={(status) => list.update({ status })}
            options={SAMPLE_STATUSES.map((s) => ({ value: s, label: t(`quality.sampling.status.${s}`) }))}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 180 }}
            placeholder={t('quality.sampling.board.assignee')}
            value={list.get('assignedUserId')}
            onChange={(assignedUserId) => list.update({ assignedUserId })}
            options={evaluators.map((e) => ({ value: e.userId, label: e.name }))}
          />
          <Space>
            <Switch
              checked={list.get('unassigned') === '1'}
              onChange={(on) => list.update({ unassigned: on ? '1' : undefined })}
            />
            {t('quality.sampling.board.unassigned')}
          </Space>
          <Button
            type="primary"
            disabled={!selected.length}
            onClick={() => setReassigning(true)}
            data-testid="reassign"
          >
            {t('quality.sampling.board.reassign', { n: selected.length })}
          </Button>
        </Space>
        <Table<Sample>
          {...list.tableProps}
          rowKey="id"
          size="small"
          data-testid="sample-list"
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (r) => ({ disabled: r.status !== 'open' }),
          }}
          columns={[
            { title: t('quality.sampling.queue.day'), dataIndex: 'day' },
            {
              title: t('quality.sampling.queue.time'),
              dataIndex: 'startedAt',
              render: (v: string) => localTime(v).slice(11, 16),
            },
            {
              title: t('quality.sampling.queue.agent'),
              key: 'agent',
              render: (_: unknown, r) => `${r.agentName} · ${r.teamName}`,
            },
            { title: t('quality.sampling.queue.businessType'), dataIndex: 'businessType' },
            { title: t('quality.sampling.board.why'), key: 'why', render: (_: unknown, r) => reasonText(r.reason) },
            {
              title: t('quality.sampling.board.assignee'),
              dataIndex: 'assignedName',
              render: (n: string | null) => n ?? <Tag color="orange">{t('quality.sampling.draw.unassigned')}</Tag>,
            },
            {
              title: t('quality.sampling.board.status'),
              dataIndex: 'status',
              render: (s: Sample['status']) => t(`quality.sampling.status.${s}`),
            },
          ]}
        />
      </Card>
      <FormModal<QuotaForm>
        open={!!editing}
        title={`${t('quality.sampling.board.edit')} · ${editing?.name ?? ''}`}
        onClose={() => setEditing(null)}
        testId="quota-form"
        initialValues={editing ? { ...editing.quota, reason: '' } : undefined}
        onSubmit={async (v) => {
          await putQuota.mutateAsync({ ...v, userId: editing!.userId });
          showSuccess(t('quality.sampling.board.saved'));
        }}
      >
        <Form.Item name="live" label={t('quality.sampling.methods.live')} rules={[required]}>
          <InputNumber min={0} max={200} />
        </Form.Item>
        <Form.Item name="recording" label={t('quality.sampling.methods.recording')} rules={[required]}>
          <InputNumber min={0} max={200} />
        </Form.Item>
        <Form.Item name="sideBySide" label={t('quality.sampling.methods.side_by_side')} rules={[required]}>
          <InputNumber min={0} max={200} />
        </Form.Item>
        <Form.Item name="reason" label={t('quality.sampling.board.reason')} rules={[required]}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
      <FormModal<{ userId: string; reason: string }>
        open={reassigning}
        title={t('quality.sampling.board.reassign', { n: selected.length })}
        onClose={() => setReassigning(false)}
        testId="reassign-form"
        onSubmit={async (v) => {
          const r = await reassign.mutateAsync({ sampleIds: selected, userId: v.userId, reason: v.reason });
          showSuccess(t('quality.sampling.board.moved', { n: r.moved }));
          setSelected([]);
        }}
      >
        <Form.Item name="userId" label={t('quality.sampling.board.to')} rules={[required]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={evaluators
              .filter((e) => e.mayScore)
              .map((e) => ({ value: e.userId, label: `${e.name} · ${t(`quality.sampling.levels.${e.level}`)}` }))}
          />
        </Form.Item>
        <Form.Item name="reason" label={t('quality.sampling.board.reassignReason')} rules={[required]}>
          <Input maxLength={500} />
        </Form.Item>
      </FormModal>
    </>
  );
}
