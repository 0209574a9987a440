import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { levelsApi, levelsKey, type Grade, type TrainerLevelRow } from './api';

/**
 * Confirm a trainer's level: the next grade (preselected) with its standards met is a
 * promotion; any other choice, or unmet standards, asks for the reason the server requires.
 */
export function ConfirmModal({ trainer, onClose }: { trainer: TrainerLevelRow; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<{ gradeId: string; reason?: string }>();
  const gradeId = Form.useWatch('gradeId', form) ?? trainer.next?.id;
  const { data: grades } = useApiQuery(levelsKey('grades'), () => levelsApi.grades());
  const chosen = grades?.find((g) => g.id === gradeId);
  const isNext = !!trainer.next && gradeId === trainer.next.id;
  const unmet = trainer.unmet.map((k) => t(`careers.levels.criteria.${k}`)).join('、');
  const needsReason = !isNext || !trainer.ready;
  const submit = async (v: { gradeId: string; reason?: string }) => {
    await levelsApi.confirm(trainer.trainerId, {
      gradeId: v.gradeId,
      reason: v.reason?.trim() || null,
      version: trainer.version,
    });
    showSuccess(t('careers.levels.confirm.done'));
    await invalidate(levelsKey());
  };
  const hint = !chosen
    ? null
    : !isNext
      ? t('careers.levels.confirm.otherHint', { grade: chosen.name })
      : trainer.ready
        ? t('careers.levels.confirm.promotionHint', { grade: chosen.name })
        : t('careers.levels.confirm.unmetHint', { grade: chosen.name, criteria: unmet });
  return (
    <FormModal
      open
      form={form}
      title={t('careers.levels.confirm.title', { name: trainer.name })}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ gradeId: trainer.next?.id }}
      testId="level-confirm-form"
    >
      <Form.Item name="gradeId" label={t('careers.levels.fields.grade')} rules={[required]}>
        <Select
          data-testid="level-confirm-grade"
          options={(grades ?? [])
            .filter((g) => g.id !== trainer.level?.id)
            .map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      {hint && (
        <Alert
          type={needsReason ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          title={hint}
          data-testid="level-confirm-hint"
        />
      )}
      <Form.Item
        name="reason"
        label={t('careers.levels.fields.reason')}
        rules={needsReason ? [required, { min: 2, max: 500, whitespace: true }] : [{ max: 500 }]}
      >
        <Input.TextArea rows={3} data-testid="level-confirm-reason" />
      </Form.Item>
    </FormModal>
  );
}

type GradeForm = {
  name: string;
  position: number;
  minHours?: number | null;
  minSessions?: number | null;
  minRating?: number | null;
  minPassRate?: number | null;
  description?: string | null;
};

/** Add or edit a grade; an empty standard is not required for it. */
export function GradeModal({ grade, onClose }: { grade: Grade | null; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: GradeForm) => {
    const body = {
      name: v.name.trim(),
      position: v.position,
      minHours: v.minHours ?? null,
      minSessions: v.minSessions ?? null,
      minRating: v.minRating ?? null,
      minPassRate: v.minPassRate ?? null,
      description: v.description?.trim() || null,
    };
    if (grade) await levelsApi.updateGrade(grade.id, { ...body, version: grade.version });
    else await levelsApi.createGrade(body);
    showSuccess(t('careers.levels.grade.saved'));
    await invalidate(levelsKey());
  };
  const number = (name: keyof GradeForm, props: { min: number; max: number; step?: number; precision?: number }) => (
    <Form.Item name={name} label={t(`careers.levels.fields.${name}` as 'careers.levels.fields.minHours')}>
      <InputNumber style={{ width: '100%' }} {...props} data-testid={`grade-${name}`} />
    </Form.Item>
  );
  return (
    <FormModal
      open
      title={t(grade ? 'careers.levels.grade.editTitle' : 'careers.levels.grade.addTitle')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={grade ?? { position: 10 }}
      testId="grade-form"
    >
      <Form.Item name="name" label={t('careers.levels.fields.name')} rules={[required, { max: 40 }]}>
        <Input data-testid="grade-name" />
      </Form.Item>
      <Form.Item name="position" label={t('careers.levels.fields.position')} rules={[required]}>
        <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} data-testid="grade-position" />
      </Form.Item>
      {number('minHours', { min: 0, max: 100000, step: 1 })}
      {number('minSessions', { min: 0, max: 100000, precision: 0 })}
      {number('minRating', { min: 1, max: 5, step: 0.1 })}
      {number('minPassRate', { min: 0, max: 100, step: 1 })}
      <Form.Item name="description" label={t('careers.levels.fields.description')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
