import { Button, DatePicker, Descriptions, Drawer, Form, Input, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useRequired } from '../../../components/FormModal';
import { NotFoundResult } from '../../../components/Results';
import { showFormError } from '../../../feedback';
import { localTime, toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey, type FollowUpRow } from '../appraisalApi';
import { GradeTag } from '../labels';

/** One follow-up: why it opened, the training need and improvement plan, kept by the lead (or HR,
 *  a training manager) and closed with what came of it. */
export function FollowUpDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useT();
  const { data: f, error } = useApiQuery(appraisalKey('followup', id), () => appraisalApi.followup(id!), {
    enabled: !!id,
    quiet: true,
  });
  return (
    <Drawer open={!!id} onClose={onClose} size="large" title={t('appraisal.followups.title')} destroyOnHidden>
      {error?.status === 404 ? (
        <NotFoundResult title={t('appraisal.followups.notFound')} />
      ) : !f || f.id !== id ? (
        <Spin />
      ) : (
        <FollowUpView f={f} />
      )}
    </Drawer>
  );
}

interface Values {
  trainingNeed: string;
  improvementPlan: string;
  dueOn: Dayjs;
  outcome?: string;
}

function FollowUpView({ f }: { f: FollowUpRow }) {
  const t = useT();
  const invalidate = useInvalidate();
  const required = useRequired();
  const min = { min: 2, message: t('appraisal.followups.min') };
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState<'save' | 'close' | null>(null);
  const send = async (close: boolean) => {
    const v = await form.validateFields();
    setBusy(close ? 'close' : 'save');
    try {
      await appraisalApi.updateFollowup(f.id, {
        trainingNeed: v.trainingNeed.trim(),
        improvementPlan: v.improvementPlan.trim(),
        dueOn: toIsoDate(v.dueOn),
        outcome: v.outcome?.trim() || undefined,
        ...(close ? { status: 'done' as const } : {}),
        version: f.version,
      });
      await invalidate(appraisalKey());
    } catch (err) {
      showFormError(form, err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="followup-detail">
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'p', label: t('appraisal.fields.person'), children: `${f.employeeName} · ${f.employeeNo}` },
          { key: 'team', label: t('appraisal.fields.team'), children: f.teamName },
          { key: 'g', label: t('appraisal.fields.grade'), children: <GradeTag grade={f.grade} /> },
          {
            key: 'tr',
            label: t('appraisal.followups.trigger'),
            children: t(`appraisal.followups.triggers.${f.trigger}`),
          },
          {
            key: 'w',
            label: t('appraisal.followups.weakestKpi'),
            children: f.weakestKpi ? t(`appraisal.kpis.${f.weakestKpi}`) : '—',
          },
          { key: 'o', label: t('appraisal.followups.owner'), children: f.owner.name },
          { key: 'c', label: t('appraisal.followups.createdAt'), children: localTime(f.createdAt) },
          {
            key: 'cy',
            label: t('appraisal.fields.cycle'),
            children: <Link to={`/appraisal/cycles/${f.cycleId}`}>{t('appraisal.followups.openCycle')}</Link>,
          },
        ]}
      />
      {f.can.edit ? (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            trainingNeed: f.trainingNeed,
            improvementPlan: f.improvementPlan,
            dueOn: dayjs(f.dueOn),
            outcome: f.outcome ?? undefined,
          }}
        >
          <Form.Item name="trainingNeed" label={t('appraisal.followups.trainingNeed')} rules={[required, min]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="improvementPlan" label={t('appraisal.followups.improvementPlan')} rules={[required, min]}>
            <Input.TextArea rows={4} maxLength={4000} />
          </Form.Item>
          <Form.Item name="dueOn" label={t('appraisal.followups.dueOn')} rules={[required]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="outcome"
            label={t('appraisal.followups.outcome')}
            extra={t('appraisal.followups.outcomeHelp')}
          >
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Space>
            <Button type="primary" loading={busy === 'save'} onClick={() => void send(false)}>
              {t('common.actions.save')}
            </Button>
            <Button loading={busy === 'close'} onClick={() => void send(true)}>
              {t('appraisal.followups.close')}
            </Button>
          </Space>
        </Form>
      ) : (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'n', label: t('appraisal.followups.trainingNeed'), children: f.trainingNeed },
            {
              key: 'i',
              label: t('appraisal.followups.improvementPlan'),
              children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{f.improvementPlan}</Typography.Text>,
            },
            { key: 'd', label: t('appraisal.followups.dueOn'), children: f.dueOn },
            {
              key: 's',
              label: t('appraisal.fields.status'),
              children: t(`appraisal.followups.statuses.${f.status}`),
            },
            ...(f.outcome ? [{ key: 'out', label: t('appraisal.followups.outcome'), children: f.outcome }] : []),
            ...(f.closedAt
              ? [{ key: 'cl', label: t('appraisal.followups.closedAt'), children: localTime(f.closedAt) }]
              : []),
          ]}
        />
      )}
    </Space>
  );
}
