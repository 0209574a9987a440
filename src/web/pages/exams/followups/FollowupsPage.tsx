import { Button, DatePicker, Form, Input, Popconfirm, Segmented, Space, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormModal, useRequired } from '../../../components/FormModal';
import { PageHeader } from '../../../components/PageHeader';
import { showError, showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { examsApi, type Followup } from '../examsApi';
import { fmtScore, fmtTime } from '../format';

/** 跟进: each failed result needs a one-to-one talk and an improvement plan before it closes. */
export default function FollowupsPage() {
  const t = useT();
  const required = useRequired();
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [talk, setTalk] = useState<Followup | null>(null);
  const [plan, setPlan] = useState<Followup | null>(null);
  const { data, loading } = useApiQuery(keys.exams('followups', status), () =>
    examsApi.followups({ status, pageSize: 200 }).then((p) => p.data),
  );
  const rows = data ?? [];
  // After a write here: this list, and what else shows it, read again.
  const invalidate = useInvalidate();
  const load = () => invalidate(keys.exams('followups'));

  const close = async (f: Followup) => {
    try {
      await examsApi.closeFollowup(f.id, f.version);
      showSuccess(t('exams.followups.closed'));
      await load();
    } catch (err) {
      showError(err);
    }
  };

  return (
    <>
      <PageHeader
        title={t('exams.followups.title')}
        extra={
          <Segmented
            value={status}
            onChange={(v) => setStatus(v as typeof status)}
            options={[
              { value: 'open', label: t('exams.followups.open') },
              { value: 'closed', label: t('exams.followups.closedTab') },
            ]}
          />
        }
      />
      <Table
        rowKey="id"
        loading={loading}
        dataSource={rows}
        data-testid="followup-list"
        columns={[
          { title: t('exams.fields.name'), dataIndex: 'employeeName' },
          {
            title: t('exams.followups.source'),
            key: 's',
            render: (_: unknown, f: Followup) => (
              <>
                {f.sourceTitle} <Tag>{t(`exams.followups.kinds.${f.sourceKind}`)}</Tag>
              </>
            ),
          },
          {
            title: t('exams.results.score'),
            key: 'sc',
            render: (_: unknown, f: Followup) => `${fmtScore(f.score)} / ${f.passMark}`,
          },
          {
            title: t('exams.followups.talk'),
            dataIndex: 'talkAt',
            render: (v: string | null) => (v ? fmtTime(v) : <Tag color="orange">{t('exams.followups.missing')}</Tag>),
          },
          {
            title: t('exams.followups.plan'),
            dataIndex: 'planDueDate',
            render: (v: string | null) => v ?? <Tag color="orange">{t('exams.followups.missing')}</Tag>,
          },
          {
            title: '',
            key: 'a',
            render: (_: unknown, f: Followup) =>
              f.status === 'open' && (
                <Space>
                  <Button size="small" onClick={() => setTalk(f)}>
                    {t('exams.followups.recordTalk')}
                  </Button>
                  <Button size="small" onClick={() => setPlan(f)}>
                    {t('exams.followups.recordPlan')}
                  </Button>
                  <Popconfirm title={t('exams.followups.closeConfirm')} onConfirm={() => close(f)}>
                    <Button size="small" disabled={!f.talkAt || !f.plan}>
                      {t('common.actions.close')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      {talk && (
        <FormModal<{ at: Dayjs; notes: string; feedback: string }>
          open
          title={t('exams.followups.recordTalk')}
          onClose={() => setTalk(null)}
          initialValues={{ at: dayjs(), notes: talk.talkNotes ?? '', feedback: talk.feedback ?? '' }}
          onSubmit={async (v) => {
            await examsApi.talk(talk.id, {
              at: v.at.toISOString(),
              notes: v.notes,
              feedback: v.feedback,
              version: talk.version,
            });
            await load();
          }}
        >
          <Form.Item name="at" label={t('exams.followups.talkAt')} rules={[required]}>
            <DatePicker showTime />
          </Form.Item>
          <Form.Item name="notes" label={t('exams.followups.notes')} rules={[required]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item name="feedback" label={t('exams.followups.feedback')} rules={[required]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </FormModal>
      )}
      {plan && (
        <FormModal<{ plan: string; dueDate: Dayjs }>
          open
          title={t('exams.followups.recordPlan')}
          onClose={() => setPlan(null)}
          initialValues={{
            plan: plan.plan ?? '',
            dueDate: plan.planDueDate ? dayjs(plan.planDueDate) : dayjs().add(14, 'day'),
          }}
          onSubmit={async (v) => {
            await examsApi.plan(plan.id, {
              plan: v.plan,
              dueDate: v.dueDate.format('YYYY-MM-DD'),
              version: plan.version,
            });
            await load();
          }}
        >
          <Form.Item name="plan" label={t('exams.followups.plan')} rules={[required]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="dueDate" label={t('exams.followups.dueDate')} rules={[required]}>
            <DatePicker />
          </Form.Item>
        </FormModal>
      )}
    </>
  );
}
