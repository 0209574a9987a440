import { DatePicker, Form, Input, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { appraisalApi, appraisalKey } from '../appraisalApi';

interface Values {
  planVersionId: string;
  period: Dayjs;
  name?: string;
}

/** 新建考核周期: a published plan version and the first month of the period; the timetable follows
 *  from the plan's cycle kind on the working-day calendar. */
export function NewCycleModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string) => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const plans = useApiQuery(appraisalKey('plans', 'published'), () => appraisalApi.plans());
  const published = (plans.data?.data ?? []).filter((p) => p.publishedVersionId);
  return (
    <FormModal<Values>
      open
      form={form}
      title={t('appraisal.cycles.new')}
      onClose={onClose}
      okText={t('appraisal.cycles.create')}
      testId="cycle-create"
      fieldMap={{ periodStart: 'period' }}
      onSubmit={async (v) => {
        const cycle = await appraisalApi.createCycle({
          planVersionId: v.planVersionId,
          periodStart: v.period.startOf('month').format('YYYY-MM-DD'),
          name: v.name?.trim() || undefined,
        });
        await invalidate(appraisalKey());
        onDone(cycle.id);
      }}
    >
      <Typography.Paragraph type="secondary">{t('appraisal.cycles.newHelp')}</Typography.Paragraph>
      <Form.Item name="planVersionId" label={t('appraisal.fields.plan')} rules={[required]}>
        <Select
          loading={plans.loading}
          data-testid="cycle-create-plan"
          notFoundContent={t('appraisal.cycles.noPublishedPlan')}
          options={published.map((p) => ({
            value: p.publishedVersionId!,
            label: `${t('appraisal.cycles.planVersion', { name: p.name, version: p.publishedVersion ?? '' })} · ${t(`appraisal.kinds.${p.cycleKind}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="period"
        label={t('appraisal.cycles.periodStart')}
        rules={[required]}
        extra={t('appraisal.cycles.periodHelp')}
      >
        <DatePicker picker="month" data-testid="cycle-create-period" />
      </Form.Item>
      <Form.Item name="name" label={t('appraisal.cycles.name')} extra={t('appraisal.cycles.nameHelp')}>
        <Input maxLength={200} data-testid="cycle-create-name" />
      </Form.Item>
    </FormModal>
  );
}
