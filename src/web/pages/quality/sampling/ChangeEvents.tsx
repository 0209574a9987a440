import { Button, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { CHANGE_KINDS } from '../../../../common/quality-sampling';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useDepartments } from '../../../components/useDepartments';
import { showError, showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { samplingApi, type ChangeEvent } from './samplingApi';

interface EventForm {
  kind: string;
  title: string;
  startsOn: Dayjs;
  days?: number;
  raisePercent?: number;
  businessType?: string;
  departmentId?: string;
}

/** Change events: a knowledge, system or process change raises sampling for some days. */
export function ChangeEvents({ defaults }: { defaults: { days?: number; percent?: number } }) {
  const t = useT();
  const required = useRequired();
  const { departments } = useDepartments();
  const rows = useApiQuery(keys.quality('sampling', 'events'), () => samplingApi.events()).data ?? [];
  const [adding, setAdding] = useState(false);
  const invalidate = useInvalidate();
  const load = () => invalidate(keys.quality('sampling', 'events'));

  const remove = async (id: string) => {
    try {
      await samplingApi.removeEvent(id);
      showSuccess(t('quality.sampling.events.removed'));
      await load();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <>
      <div className="sw-toolbar">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('quality.sampling.events.title')}
        </Typography.Title>
        <span className="sw-toolbar-spacer" />
        <Button onClick={() => setAdding(true)} data-testid="add-change-event">
          {t('quality.sampling.events.add')}
        </Button>
      </div>
      <Table<ChangeEvent>
        rowKey="id"
        size="small"
        dataSource={rows}
        pagination={false}
        data-testid="change-events"
        columns={[
          {
            title: t('quality.sampling.events.kind'),
            dataIndex: 'kind',
            render: (k: ChangeEvent['kind']) => t(`quality.sampling.changeKinds.${k}`),
          },
          { title: t('quality.sampling.events.titleField'), dataIndex: 'title' },
          { title: t('quality.sampling.events.startsOn'), dataIndex: 'startsOn' },
          { title: t('quality.sampling.events.endsOn'), dataIndex: 'endsOn' },
          {
            title: t('quality.sampling.events.raisePercent'),
            dataIndex: 'raisePercent',
            render: (p: number) => `+${p}%`,
          },
          {
            title: t('quality.sampling.events.businessType'),
            dataIndex: 'businessType',
            render: (b: string | null) => b ?? t('quality.sampling.events.all'),
          },
          {
            title: t('quality.sampling.events.department'),
            dataIndex: 'departmentName',
            render: (d: string | null) => d ?? t('quality.sampling.events.all'),
          },
          {
            title: '',
            key: 'remove',
            render: (_: unknown, r) => (
              <Popconfirm title={t('quality.sampling.events.removeConfirm')} onConfirm={() => remove(r.id)}>
                <Button size="small" danger type="link">
                  {t('quality.sampling.events.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <FormModal<EventForm>
        open={adding}
        title={t('quality.sampling.events.add')}
        onClose={() => setAdding(false)}
        testId="change-event-form"
        initialValues={{ kind: 'system', days: defaults.days, raisePercent: defaults.percent }}
        onSubmit={async (v) => {
          await samplingApi.addEvent({
            kind: v.kind as ChangeEvent['kind'],
            title: v.title,
            startsOn: toIsoDate(v.startsOn),
            days: v.days,
            raisePercent: v.raisePercent,
            businessType: v.businessType?.trim() || null,
            departmentId: v.departmentId ?? null,
          });
          showSuccess(t('quality.sampling.events.saved'));
          await load();
        }}
      >
        <Form.Item name="kind" label={t('quality.sampling.events.kind')} rules={[required]}>
          <Select options={CHANGE_KINDS.map((k) => ({ value: k, label: t(`quality.sampling.changeKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="title" label={t('quality.sampling.events.titleField')} rules={[required]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('quality.sampling.events.startsOn')} rules={[required]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="days" label={t('quality.sampling.events.days')}>
          <InputNumber min={1} max={366} />
        </Form.Item>
        <Form.Item name="raisePercent" label={t('quality.sampling.events.raisePercent')}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="businessType" label={t('quality.sampling.events.businessType')}>
          <Input maxLength={100} placeholder={t('quality.sampling.events.all')} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('quality.sampling.events.department')}>
          <Select
            allowClear
            placeholder={t('quality.sampling.events.all')}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      </FormModal>
    </>
  );
}
