import { ArrowRightOutlined, FileExcelOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useCan } from '../../../access';
import { FormModal } from '../../../components/FormModal';
import { useI18n } from '../../../i18n';
import { useApiMutation, useInvalidate } from '../../../query/useApiMutation';
import { appraisalApi, appraisalKey, type CycleFull } from '../appraisalApi';
import { ExternalValuesModal } from './ExternalValuesModal';

const PAYROLL_STEPS = new Set(['final', 'published']);

/** What the viewer may do with the cycle now: move it to the next step, refresh the draft sheets,
 *  enter or import sales values, download the payroll. The server says which (`allowed`). */
export function CycleActions({ cycle: c }: { cycle: CycleFull }) {
  const { t, locale } = useI18n();
  const can = useCan();
  const { message } = App.useApp();
  const [advancing, setAdvancing] = useState(false);
  const [external, setExternal] = useState(false);
  const recompute = useApiMutation(() => appraisalApi.recompute(c.id), {
    invalidates: [appraisalKey()],
    onSuccess: (r) => void message.success(t('appraisal.cycle.recomputed', { sheets: r.sheets, changed: r.changed })),
  });
  return (
    <Space wrap>
      {c.allowed.enterExternal && (
        <Button icon={<UploadOutlined />} onClick={() => setExternal(true)} data-testid="cycle-external">
          {t('appraisal.cycle.salesValues')}
        </Button>
      )}
      {c.allowed.recompute && (
        <Button
          icon={<ReloadOutlined />}
          loading={recompute.isPending}
          onClick={() => recompute.mutate(undefined)}
          data-testid="cycle-recompute"
        >
          {t('appraisal.cycle.recompute')}
        </Button>
      )}
      {can('appraisal.payroll') && PAYROLL_STEPS.has(c.status) && (
        <Button
          icon={<FileExcelOutlined />}
          href={appraisalApi.payrollUrl(c.id, locale)}
          download
          data-testid="cycle-payroll-export"
        >
          {t('appraisal.bonus.export')}
        </Button>
      )}
      {c.allowed.advanceTo && (
        <Button
          type="primary"
          icon={<ArrowRightOutlined />}
          onClick={() => setAdvancing(true)}
          data-testid="cycle-advance"
          data-to={c.allowed.advanceTo}
        >
          {t('appraisal.cycle.advanceTo', { step: t(`appraisal.steps.${c.allowed.advanceTo}`) })}
        </Button>
      )}
      {advancing && <AdvanceModal cycle={c} onClose={() => setAdvancing(false)} />}
      {external && <ExternalValuesModal cycle={c} onClose={() => setExternal(false)} />}
    </Space>
  );
}

function AdvanceModal({ cycle: c, onClose }: { cycle: CycleFull; onClose: () => void }) {
  const { t } = useI18n();
  const invalidate = useInvalidate();
  const to = c.allowed.advanceTo!;
  return (
    <FormModal<{ note?: string }>
      open
      title={t('appraisal.cycle.advanceTo', { step: t(`appraisal.steps.${to}`) })}
      onClose={onClose}
      okText={t('appraisal.cycle.advance')}
      testId="cycle-advance-form"
      onSubmit={async (v) => {
        await appraisalApi.advance(c.id, { to, version: c.version, note: v.note?.trim() || undefined });
        await invalidate(appraisalKey());
      }}
    >
      <Typography.Paragraph>{t(`appraisal.cycle.advanceHelp.${to}`)}</Typography.Paragraph>
      <Form.Item name="note" label={t('appraisal.cycle.note')}>
        <Input.TextArea rows={2} maxLength={2000} data-testid="cycle-advance-note" />
      </Form.Item>
    </FormModal>
  );
}
