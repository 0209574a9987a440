import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, ColorPicker, Form, Input, Select, Space, Switch, Table, Tag, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { useDepartments } from '../../../components/useDepartments';
import { useCan } from '../../../access';
import { useI18n } from '../../../i18n';
import { useApiMutation } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { rostersApi, rostersKey, type Shift } from './api';

interface Values {
  code: string;
  name: string;
  start: Dayjs;
  end: Dayjs;
  breaks?: Array<{ range?: [Dayjs, Dayjs] }>;
  skill?: string[];
  color?: string | { toHexString: () => string };
  active: boolean;
  departmentId?: string;
}

const hm = (d: Dayjs) => d.format('HH:mm');
const toDay = (s: string) => dayjs(`2000-01-01T${s}`);

/** Shift templates (班次): the list, and a dialog to create or change one. */
export default function ShiftsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const can = useCan();
  const required = useRequired();
  const [editing, setEditing] = useState<Shift | 'new' | null>(null);
  const { data, loading } = useApiQuery(rostersKey('shifts'), () => rostersApi.shifts());
  const { departments } = useDepartments();
  const centerName = (id: string | null) =>
    id ? (departments.find((d) => d.id === id)?.name ?? id) : t('attendance.rosters.shifts.allCenters');
  const save = useApiMutation(
    (v: Values) => {
      const body = {
        code: v.code,
        name: v.name,
        startTime: hm(v.start),
        endTime: hm(v.end),
        breaks: (v.breaks ?? []).filter((b) => b.range).map((b) => ({ start: hm(b.range![0]), end: hm(b.range![1]) })),
        skill: v.skill?.[0] ?? null,
        color: !v.color ? null : typeof v.color === 'string' ? v.color : v.color.toHexString(),
        active: v.active,
        departmentId: v.departmentId ?? null,
      };
      return editing && editing !== 'new'
        ? rostersApi.updateShift(editing.id, { ...body, version: editing.version })
        : rostersApi.createShift(body);
    },
    {
      invalidates: [rostersKey()],
      quiet: true,
      onSuccess: () => void message.success(t('attendance.rosters.shifts.saved')),
    },
  );
  const current = editing && editing !== 'new' ? editing : null;

  return (
    <>
      <PageHeader
        title={t('attendance.rosters.shifts.title')}
        extra={
          can('attendance.setup') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="shift-add">
              {t('attendance.rosters.shifts.add')}
            </Button>
          )
        }
      />
      <Table<Shift>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t('attendance.rosters.shifts.empty') }}
        data-testid="shifts-table"
        onRow={(s) => (can('attendance.setup') ? { onClick: () => setEditing(s), style: { cursor: 'pointer' } } : {})}
        columns={[
          {
            title: t('attendance.rosters.shifts.code'),
            dataIndex: 'code',
            render: (code: string, s) => <Tag color={s.color ?? undefined}>{code}</Tag>,
          },
          { title: t('attendance.rosters.shifts.name'), dataIndex: 'name' },
          { title: t('attendance.rosters.shifts.center'), render: (_, s) => centerName(s.departmentId) },
          {
            title: t('attendance.rosters.shifts.time'),
            render: (_, s) => (
              <Space size={4}>
                {s.startTime}–{s.endTime}
                {s.crossesMidnight && <Tag>{t('attendance.rosters.shifts.overnight')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('attendance.rosters.shifts.breaks'),
            render: (_, s) => s.breaks.map((b) => `${b.start}–${b.end}`).join(', ') || '—',
          },
          {
            title: t('attendance.rosters.shifts.work'),
            render: (_, s) => t('attendance.rosters.shifts.hours', { h: +(s.workMinutes / 60).toFixed(2) }),
          },
          {
            title: t('attendance.rosters.shifts.skill'),
            render: (_, s) => s.skill ?? t('attendance.rosters.shifts.anySkill'),
          },
          {
            title: t('attendance.rosters.shifts.active'),
            render: (_, s) =>
              s.active ? (
                <Tag color="green">{t('attendance.rosters.shifts.active')}</Tag>
              ) : (
                <Tag>{t('attendance.rosters.shifts.inactive')}</Tag>
              ),
          },
        ]}
      />
      <FormModal<Values>
        open={editing !== null}
        title={t(current ? 'attendance.rosters.shifts.edit' : 'attendance.rosters.shifts.add')}
        onClose={() => setEditing(null)}
        onSubmit={(v) => save.mutateAsync(v)}
        testId="shift-form"
        fieldMap={{ startTime: 'start', endTime: 'end' }}
        initialValues={
          current
            ? {
                code: current.code,
                name: current.name,
                start: toDay(current.startTime),
                end: toDay(current.endTime),
                breaks: current.breaks.map((b) => ({ range: [toDay(b.start), toDay(b.end)] as [Dayjs, Dayjs] })),
                skill: current.skill ? [current.skill] : [],
                color: current.color ?? undefined,
                active: current.active,
                departmentId: current.departmentId ?? undefined,
              }
            : { active: true, breaks: [] }
        }
      >
        <Space wrap>
          <Form.Item
            name="code"
            label={t('attendance.rosters.shifts.code')}
            rules={[required]}
            tooltip={t('attendance.rosters.shifts.codeHelp')}
          >
            <Input maxLength={16} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="name" label={t('attendance.rosters.shifts.name')} rules={[required]}>
            <Input maxLength={60} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="start" label={t('attendance.rosters.shifts.start')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
          <Form.Item name="end" label={t('attendance.rosters.shifts.end')} rules={[required]}>
            <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
          </Form.Item>
        </Space>
        <Form.Item label={t('attendance.rosters.shifts.breaks')}>
          <Form.List name="breaks">
            {(fields, { add, remove }) => (
              <Space direction="vertical">
                {fields.map((f) => (
                  <Space key={f.key}>
                    <Form.Item name={[f.name, 'range']} noStyle>
                      <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} needConfirm={false} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(f.name)} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('attendance.rosters.shifts.addBreak')}
                </Button>
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Space wrap>
          <Form.Item name="skill" label={t('attendance.rosters.shifts.skill')}>
            <Select
              mode="tags"
              maxCount={1}
              style={{ minWidth: 180 }}
              placeholder={t('attendance.rosters.shifts.anySkill')}
            />
          </Form.Item>
          <Form.Item name="departmentId" label={t('attendance.rosters.shifts.center')}>
            <Select
              allowClear
              style={{ minWidth: 180 }}
              placeholder={t('attendance.rosters.shifts.allCenters')}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item name="color" label={t('attendance.rosters.shifts.color')}>
            <ColorPicker disabledAlpha format="hex" />
          </Form.Item>
          <Form.Item name="active" label={t('attendance.rosters.shifts.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
      </FormModal>
    </>
  );
}
