import { Button, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ROUTINE_LINK_KINDS, ROUTINE_PERIODS } from '../../../../common/careers-routines';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { routinesApi, routinesKey, type RoutineItem } from './api';

type Period = RoutineItem['period'];
type LinkKind = RoutineItem['linkKind'];
interface Values {
  period: Period;
  title: string;
  guidance?: string;
  expectedMinutes?: number | null;
  targetCount?: number | null;
  linkKind: LinkKind;
  position?: number;
}

/** The center's checklists (careers.routines.manage): the five time-spans' items, in order. */
export default function SetupPage() {
  const t = useT();
  const { data, loading } = useApiQuery(routinesKey('items'), () => routinesApi.items());
  const [editing, setEditing] = useState<RoutineItem | 'new' | null>(null);
  const toggle = useApiMutation(
    (i: RoutineItem) => routinesApi.updateItem(i.id, { active: !i.active, version: i.version }),
    { invalidates: [routinesKey()], onSuccess: () => showSuccess(t('careers.routines.setup.saved')) },
  );
  const order = (i: RoutineItem) => ROUTINE_PERIODS.indexOf(i.period) * 100_000 + i.position;
  const rows = [...(data ?? [])].sort((a, b) => order(a) - order(b));
  return (
    <>
      <PageHeader
        title={t('careers.routines.setup.title')}
        extra={
          <Button type="primary" onClick={() => setEditing('new')} data-testid="routine-item-add">
            {t('careers.routines.setup.add')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('careers.routines.setup.hint')}</Typography.Paragraph>
      <Table<RoutineItem>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 800 }}
        data-testid="routine-items"
        columns={[
          {
            title: t('careers.routines.setup.columns.period'),
            dataIndex: 'period',
            width: 90,
            render: (p: Period) => t(`careers.routines.periods.${p}`),
          },
          {
            title: t('careers.routines.setup.columns.title'),
            dataIndex: 'title',
            render: (v: string, i) => (
              <>
                <Typography.Text delete={!i.active}>{v}</Typography.Text>
                {i.guidance && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                    {i.guidance}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          {
            title: t('careers.routines.setup.columns.minutes'),
            dataIndex: 'expectedMinutes',
            width: 90,
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('careers.routines.setup.columns.count'),
            dataIndex: 'targetCount',
            width: 90,
            render: (v: number | null) => v ?? '—',
          },
          {
            title: t('careers.routines.setup.columns.link'),
            dataIndex: 'linkKind',
            width: 120,
            render: (k: LinkKind) => t(`careers.routines.linkKinds.${k}`),
          },
          {
            title: t('careers.routines.setup.columns.status'),
            dataIndex: 'active',
            width: 90,
            render: (a: boolean) => (
              <Tag color={a ? 'green' : undefined}>
                {t(a ? 'careers.routines.setup.active' : 'careers.routines.setup.inactive')}
              </Tag>
            ),
          },
          {
            title: t('careers.routines.setup.columns.actions'),
            width: 150,
            render: (_: unknown, i) => (
              <Space size="small">
                <Button size="small" onClick={() => setEditing(i)} data-testid={`routine-item-edit-${i.id}`}>
                  {t('common.actions.edit')}
                </Button>
                <Button size="small" onClick={() => toggle.mutate(i)} data-testid={`routine-item-toggle-${i.id}`}>
                  {t(i.active ? 'careers.routines.setup.deactivate' : 'careers.routines.setup.activate')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && <ItemModal item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function ItemModal({ item, onClose }: { item: RoutineItem | null; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: Values) => {
    const fields = {
      title: v.title,
      guidance: v.guidance?.trim() || null,
      expectedMinutes: v.expectedMinutes ?? null,
      targetCount: v.targetCount ?? null,
      linkKind: v.linkKind,
      position: v.position,
    };
    if (item) await routinesApi.updateItem(item.id, { ...fields, version: item.version });
    else await routinesApi.createItem({ ...fields, period: v.period });
    await invalidate(routinesKey());
    showSuccess(t('careers.routines.setup.saved'));
  };
  return (
    <FormModal<Values>
      open
      title={t(item ? 'careers.routines.setup.edit' : 'careers.routines.setup.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={item ? { ...item, guidance: item.guidance ?? undefined } : { period: 'daily', linkKind: 'none' }}
      testId="routine-item-modal"
    >
      <Form.Item name="period" label={t('careers.routines.setup.columns.period')} rules={[required]}>
        <Select
          disabled={!!item}
          options={ROUTINE_PERIODS.map((p) => ({ value: p, label: t(`careers.routines.periods.${p}`) }))}
        />
      </Form.Item>
      <Form.Item name="title" label={t('careers.routines.setup.columns.title')} rules={[required]}>
        <Input maxLength={100} data-testid="routine-item-title" />
      </Form.Item>
      <Form.Item name="guidance" label={t('careers.routines.setup.columns.guidance')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="expectedMinutes" label={t('careers.routines.setup.columns.minutes')}>
          <InputNumber min={1} max={1440} />
        </Form.Item>
        <Form.Item name="targetCount" label={t('careers.routines.setup.columns.count')}>
          <InputNumber min={1} max={1000} />
        </Form.Item>
        <Form.Item name="position" label={t('careers.routines.setup.columns.position')}>
          <InputNumber min={0} max={10000} />
        </Form.Item>
      </Space>
      <Form.Item name="linkKind" label={t('careers.routines.setup.columns.link')} rules={[required]}>
        <Select options={ROUTINE_LINK_KINDS.map((k) => ({ value: k, label: t(`careers.routines.linkKinds.${k}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
