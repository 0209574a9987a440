import { Button, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import { LEAVE_BALANCES, LEAVE_COUNTINGS } from '../../../../common/attendance-leave';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n, type MsgKey } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { leaveApi, leaveKey, type LeaveKind } from './api';

// Leave kinds (attendance.setup): the builtin ones may be renamed, re-numbered or switched off;
// the center's own may also be deleted while no request uses them.

type Values = Omit<LeaveKind, 'id' | 'builtin'>;

function KindModal({ kind, onClose }: { kind: LeaveKind | 'new' | null; onClose: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const isNew = kind === 'new';
  // The modal stays mounted while closed (kind null), so nothing below may read kind's fields blindly.
  const builtin = kind !== null && kind !== 'new' && kind.builtin;
  const save = useApiMutation(
    (v: Values) => {
      if (isNew) return leaveApi.createKind(v);
      const { code: _code, ...patch } = v;
      return leaveApi.updateKind((kind as LeaveKind).id, patch);
    },
    { invalidates: [leaveKey()], onSuccess: onClose },
  );
  const initial: Partial<Values> =
    kind && kind !== 'new'
      ? kind
      : {
          paid: false,
          balance: 'none',
          counting: 'working',
          hrAlways: false,
          active: true,
          sortOrder: 100,
          evidenceAfterDays: null,
          maxDays: null,
        };
  const yesNo = (name: keyof Values, label: MsgKey) => (
    <Form.Item name={name} label={t(label)} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
  return (
    <Modal
      open={!!kind}
      title={t(isNew ? 'attendance.leave.kinds.add' : 'attendance.leave.kinds.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)}>
        <Form.Item
          name="code"
          label={t('attendance.leave.kinds.code')}
          rules={[{ required: true, pattern: /^[a-z][a-z0-9_]{1,31}$/ }]}
        >
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item name="nameZh" label={t('attendance.leave.kinds.nameZh')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="nameEn" label={t('attendance.leave.kinds.nameEn')} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="balance" label={t('attendance.leave.kinds.balance')}>
            <Select
              style={{ width: 160 }}
              disabled={builtin}
              options={LEAVE_BALANCES.map((b) => ({ value: b, label: t(`attendance.leave.balance.${b}` as MsgKey) }))}
            />
          </Form.Item>
          <Form.Item name="counting" label={t('attendance.leave.kinds.counting')}>
            <Select
              style={{ width: 160 }}
              options={LEAVE_COUNTINGS.map((c) => ({ value: c, label: t(`attendance.leave.counting.${c}` as MsgKey) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          {yesNo('paid', 'attendance.leave.kinds.paid')}
          {yesNo('hrAlways', 'attendance.leave.kinds.hrAlways')}
          {yesNo('active', 'attendance.leave.kinds.active')}
        </Space>
        <Space wrap>
          <Form.Item name="evidenceAfterDays" label={t('attendance.leave.kinds.evidenceAfterDays')}>
            <InputNumber min={0} max={366} step={0.5} />
          </Form.Item>
          <Form.Item name="maxDays" label={t('attendance.leave.kinds.maxDays')}>
            <InputNumber min={0.5} max={366} step={0.5} />
          </Form.Item>
          <Form.Item name="sortOrder" label={t('attendance.leave.kinds.sortOrder')}>
            <InputNumber min={0} max={1000} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

export default function KindsPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<LeaveKind | 'new' | null>(null);
  const { data, loading } = useApiQuery(leaveKey('kinds'), leaveApi.kinds);
  const remove = useApiMutation((id: string) => leaveApi.deleteKind(id), { invalidates: [leaveKey()] });
  const yes = (v: boolean) => (v ? t('attendance.leave.kinds.yes') : t('attendance.leave.kinds.no'));
  return (
    <>
      <PageHeader
        title={t('attendance.leave.kinds.title')}
        extra={
          <Button type="primary" onClick={() => setEditing('new')} data-testid="leave-kind-add">
            {t('attendance.leave.kinds.add')}
          </Button>
        }
      />
      <Table<LeaveKind>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        data-testid="leave-kinds"
        columns={[
          { title: t('attendance.leave.kinds.code'), dataIndex: 'code' },
          { title: t('attendance.leave.kinds.nameZh'), dataIndex: 'nameZh' },
          { title: t('attendance.leave.kinds.nameEn'), dataIndex: 'nameEn' },
          { title: t('attendance.leave.kinds.paid'), render: (_, k) => yes(k.paid) },
          {
            title: t('attendance.leave.kinds.balance'),
            render: (_, k) => t(`attendance.leave.balance.${k.balance}` as MsgKey),
          },
          {
            title: t('attendance.leave.kinds.counting'),
            render: (_, k) => t(`attendance.leave.counting.${k.counting}` as MsgKey),
          },
          { title: t('attendance.leave.kinds.hrAlways'), render: (_, k) => yes(k.hrAlways) },
          { title: t('attendance.leave.kinds.evidenceAfterDays'), render: (_, k) => k.evidenceAfterDays ?? '—' },
          { title: t('attendance.leave.kinds.maxDays'), render: (_, k) => k.maxDays ?? '—' },
          {
            title: t('attendance.leave.kinds.active'),
            render: (_, k) => (
              <>
                <Tag color={k.active ? 'green' : 'default'}>{yes(k.active)}</Tag>
                {k.builtin && <Tag>{t('attendance.leave.kinds.builtin')}</Tag>}
              </>
            ),
          },
          {
            title: '',
            render: (_, k) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing(k)}>
                  {t('attendance.leave.kinds.edit')}
                </Button>
                {!k.builtin && (
                  <Popconfirm title={t('attendance.leave.kinds.deleteAsk')} onConfirm={() => remove.mutate(k.id)}>
                    <Button size="small" danger>
                      {t('attendance.leave.kinds.delete')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <KindModal kind={editing} onClose={() => setEditing(null)} />
    </>
  );
}
