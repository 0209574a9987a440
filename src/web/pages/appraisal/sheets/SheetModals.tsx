import { Form, Input, InputNumber, Typography } from 'antd';
import { KPI_UNITS } from '../../../../common/appraisal-plans';
import { FormModal, useRequired } from '../../../components/FormModal';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { appraisalApi, appraisalKey, type SheetFull, type SheetItemRow } from '../appraisalApi';
import { useKpiValue } from '../labels';

/** 录入: the team lead's value for a manual item (0..the rule's cap) with a comment, at review. */
export function ManualItemModal({
  sheet,
  item,
  onClose,
}: {
  sheet: SheetFull;
  item: SheetItemRow;
  onClose: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const max = item.rule.kind === 'manual' ? item.rule.max : undefined;
  return (
    <FormModal<{ value: number; comment?: string }>
      open
      title={t('appraisal.sheet.enterTitle', { kpi: t(`appraisal.kpis.${item.code}`) })}
      onClose={onClose}
      testId="manual-item"
      initialValues={{ value: item.value ?? undefined, comment: item.comment ?? undefined }}
      onSubmit={async (v) => {
        await appraisalApi.setItem(sheet.id, item.code, {
          value: v.value,
          comment: v.comment?.trim() || undefined,
          version: sheet.version,
        });
        await invalidate(appraisalKey());
      }}
    >
      <Form.Item
        name="value"
        label={t('appraisal.sheet.value')}
        rules={[required]}
        extra={max !== undefined ? t('appraisal.sheet.manualCap', { max }) : undefined}
      >
        <InputNumber min={0} max={max} step={1} style={{ width: 200 }} data-testid="manual-item-value" />
      </Form.Item>
      <Form.Item name="comment" label={t('appraisal.sheet.itemComment')}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="manual-item-comment" />
      </Form.Item>
    </FormModal>
  );
}

/** 申诉: the agent appeals one item of their own sheet with a reason (and the value they believe is right). */
export function AppealModal({ sheet, item, onClose }: { sheet: SheetFull; item: SheetItemRow; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const value = useKpiValue();
  return (
    <FormModal<{ reason: string; claimedValue?: number | null }>
      open
      title={t('appraisal.sheet.appealTitle', { kpi: t(`appraisal.kpis.${item.code}`) })}
      onClose={onClose}
      okText={t('appraisal.sheet.appealSubmit')}
      testId="appeal-create"
      onSubmit={async (v) => {
        await appraisalApi.fileAppeal({
          sheetId: sheet.id,
          kpiCode: item.code,
          reason: v.reason.trim(),
          claimedValue: v.claimedValue ?? null,
        });
        await invalidate(appraisalKey());
      }}
    >
      <Typography.Paragraph type="secondary">
        {t('appraisal.sheet.appealCurrent', { value: value(item.code, item.value) })}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('appraisal.appeals.reason')}
        rules={[required, { min: 5, message: t('appraisal.appeals.reasonMin') }]}
      >
        <Input.TextArea rows={4} maxLength={4000} data-testid="appeal-create-reason" />
      </Form.Item>
      <Form.Item
        name="claimedValue"
        label={t('appraisal.appeals.claimedValue')}
        extra={t(`appraisal.unitHints.${KPI_UNITS[item.code]}`)}
      >
        <InputNumber style={{ width: 200 }} data-testid="appeal-create-value" />
      </Form.Item>
    </FormModal>
  );
}
