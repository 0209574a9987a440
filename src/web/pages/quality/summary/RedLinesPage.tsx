import { Button, DatePicker, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { RED_LINE_CATEGORIES } from '../../../../common/quality-feedback';
import { useCan } from '../../../access';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { feedbackApi, type RedLine } from '../feedback/feedbackApi';

interface Values {
  title: string;
  description?: string;
  category: string;
  itemKeys: string[];
  announcedOn?: Dayjs | null;
  active: boolean;
}

/** 红线清单: errors a regular agent may not make (SPEC §7), each covering scorecard item keys; kept by QA leads. */
export default function RedLinesPage() {
  const t = useT();
  const can = useCan();
  const required = useRequired();
  const rows = useApiQuery(keys.quality('redLines'), () => feedbackApi.redLines()).data;
  const [editing, setEditing] = useState<RedLine | 'new' | null>(null);
  const invalidate = useInvalidate();
  const lead = can('quality.lead');
  // A red line changes the list and the red-line tags of the daily summary.
  const changed = () => invalidate(keys.quality('redLines'), keys.quality('daily'));
  const removeLine = useApiMutation((r: RedLine) => feedbackApi.deleteRedLine(r.id), {
    invalidates: [keys.quality('redLines'), keys.quality('daily')],
  });
  const remove = (r: RedLine) => removeLine.mutate(r);
  const save = async (v: Values) => {
    const body = {
      title: v.title,
      description: v.description ?? null,
      category: v.category as never,
      itemKeys: v.itemKeys,
      announcedOn: v.announcedOn ? toIsoDate(v.announcedOn) : null,
      active: v.active,
    };
    if (editing === 'new') await feedbackApi.createRedLine(body);
    else if (editing) await feedbackApi.updateRedLine(editing.id, { ...body, version: editing.version });
    await changed();
  };
  const current = editing && editing !== 'new' ? editing : null;
  return (
    <>
      <PageHeader
        title={t('quality.feedback.redLines.title')}
        extra={
          lead && (
            <Button type="primary" onClick={() => setEditing('new')} data-testid="red-line-new">
              {t('quality.feedback.redLines.add')}
            </Button>
          )
        }
      />
      <Table<RedLine>
        rowKey="id"
        loading={!rows}
        dataSource={rows ?? []}
        pagination={false}
        data-testid="red-lines"
        columns={[
          {
            title: t('quality.feedback.redLines.name'),
            dataIndex: 'title',
            render: (v: string, r) => (
              <Space>
                {v}
                {!r.active && <Tag>{t('quality.feedback.redLines.inactive')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('quality.feedback.redLines.category'),
            dataIndex: 'category',
            render: (v: string) => t(`quality.feedback.redLines.categories.${v as 'basic'}`),
          },
          {
            title: t('quality.feedback.redLines.items'),
            dataIndex: 'itemKeys',
            render: (v: string[]) => v.map((k) => <Tag key={k}>{k}</Tag>),
          },
          {
            title: t('quality.feedback.redLines.announcedOn'),
            dataIndex: 'announcedOn',
            render: (v: string | null) => v ?? '—',
          },
          { title: t('quality.feedback.redLines.breachCount'), dataIndex: 'breaches' },
          ...(lead
            ? [
                {
                  title: '',
                  key: 'ops',
                  render: (_: unknown, r: RedLine) => (
                    <Space>
                      <a onClick={() => setEditing(r)}>{t('common.actions.edit')}</a>
                      <Popconfirm title={t('quality.feedback.redLines.deleteConfirm')} onConfirm={() => remove(r)}>
                        <a>{t('common.actions.delete')}</a>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <FormModal<Values>
          open
          title={current ? current.title : t('quality.feedback.redLines.add')}
          onClose={() => setEditing(null)}
          onSubmit={save}
          testId="red-line-form"
          initialValues={
            current
              ? {
                  title: current.title,
                  description: current.description ?? undefined,
                  category: current.category,
                  itemKeys: current.itemKeys,
                  announcedOn: current.announcedOn ? dayjs(current.announcedOn) : null,
                  active: current.active,
                }
              : { category: 'basic', itemKeys: [], active: true }
          }
        >
          <Form.Item name="title" label={t('quality.feedback.redLines.name')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label={t('quality.feedback.redLines.category')} rules={[required]}>
            <Select
              options={RED_LINE_CATEGORIES.map((c) => ({
                value: c,
                label: t(`quality.feedback.redLines.categories.${c}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="itemKeys"
            label={t('quality.feedback.redLines.items')}
            extra={t('quality.feedback.redLines.itemsHelp')}
            rules={[required]}
          >
            <Select mode="tags" tokenSeparators={[',', ' ']} />
          </Form.Item>
          <Form.Item name="announcedOn" label={t('quality.feedback.redLines.announcedOn')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="description" label={t('quality.feedback.redLines.description')}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="active" label={t('quality.feedback.redLines.active')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
