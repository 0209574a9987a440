import { DatePicker, Form, Input, Radio, Rate } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ASSIGNMENT_MODES } from '../../../../common/mentorship-pool';
import { EmployeeSelect } from '../../../components/EmployeeSelect';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { toIsoDate } from '../../../format';
import { useT } from '../../../i18n';
import { PoolMentorSelect } from '../../mentorship/pool/PoolMentorSelect';
import { PlanSelect } from '../shared/Pickers';
import { trainingApi } from '../shared/trainingApi';
import type { Assignment, MentorMode } from '../shared/types';

type Done = { onClose: () => void; onDone: () => void };
type AssignValues = {
  traineeId: string;
  mentorId: string;
  mode: MentorMode;
  startDate: Dayjs;
  planId?: string | null;
  reason?: string;
};

/** Give a trainee a one-to-one or group mentor, or a weak regular agent a coaching mentor, from the pool. */
export function AssignModal({ onClose, onDone }: Done) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<AssignValues>();
  const mode = Form.useWatch('mode', form);
  const submit = async (v: AssignValues) => {
    await trainingApi.mentoring.assign({
      traineeId: v.traineeId,
      mentorId: v.mentorId,
      mode: v.mode,
      startDate: toIsoDate(v.startDate),
      planId: v.mode === 'coaching' ? null : (v.planId ?? null),
      reason: v.mode === 'coaching' ? v.reason?.trim() || null : null,
    });
    showSuccess(t('training.mentoring.assigned'));
    onDone();
  };
  return (
    <FormModal
      open
      title={t('training.mentoring.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ mode: 'one_to_one', startDate: dayjs() }}
      testId="assign-form"
      form={form}
    >
      <Form.Item name="mode" label={t('training.mentoring.fields.mode')} rules={[required]}>
        <Radio.Group
          optionType="button"
          options={ASSIGNMENT_MODES.map((m) => ({ value: m, label: t(`training.enums.mentorMode.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="traineeId"
        label={t(mode === 'coaching' ? 'training.mentoring.coachee' : 'training.mentoring.fields.trainee')}
        extra={mode === 'coaching' ? t('training.mentoring.coachingHint') : undefined}
        rules={[required]}
      >
        <EmployeeSelect placeholder={t('people.form.searchPerson')} />
      </Form.Item>
      <Form.Item
        name="mentorId"
        label={t('training.mentoring.fields.mentor')}
        extra={t('training.mentoring.poolMentorHint')}
        rules={[required]}
      >
        <PoolMentorSelect />
      </Form.Item>
      {mode === 'coaching' && (
        <Form.Item
          name="reason"
          label={t('training.mentoring.coachingReason')}
          rules={[required, { min: 2, max: 500, whitespace: true }]}
        >
          <Input.TextArea rows={2} data-testid="coaching-reason" />
        </Form.Item>
      )}
      <Form.Item name="startDate" label={t('training.mentoring.fields.start')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      {mode !== 'coaching' && (
        <Form.Item name="planId" label={t('training.mentoring.fields.plan')}>
          <PlanSelect />
        </Form.Item>
      )}
    </FormModal>
  );
}

/** Replace a mentor (e.g. harsh or discouraging) from today, with the reason. */
export function ReplaceModal({ assignment, onClose, onDone }: Done & { assignment: Assignment }) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: { mentorId: string; reason: string }) => {
    await trainingApi.mentoring.replace(assignment.id, v.mentorId, v.reason.trim());
    showSuccess(t('training.mentoring.replaced'));
    onDone();
  };
  return (
    <FormModal
      open
      title={`${t('training.mentoring.replace')}：${assignment.traineeName}（${assignment.mentorName}）`}
      onClose={onClose}
      onSubmit={submit}
      testId="replace-form"
    >
      <Form.Item
        name="mentorId"
        label={t('training.mentoring.fields.mentor')}
        extra={t('training.mentoring.poolMentorHint')}
        rules={[required]}
      >
        <PoolMentorSelect exclude={assignment.mentorId} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('training.mentoring.replaceReason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/** End an assignment when its phase is over. */
export function EndModal({ assignment, onClose, onDone }: Done & { assignment: Assignment }) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: { reason: string; endDate: Dayjs }) => {
    await trainingApi.mentoring.end(assignment.id, v.reason.trim(), toIsoDate(v.endDate));
    showSuccess(t('training.mentoring.ended'));
    onDone();
  };
  return (
    <FormModal
      open
      title={`${t('training.mentoring.end')}：${assignment.traineeName}`}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ endDate: dayjs() }}
      testId="end-form"
    >
      <Form.Item name="endDate" label={t('training.mentoring.fields.end')} rules={[required]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('training.mentoring.endReason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** The trainee rates their mentor once per assignment. */
export function RateModal({ assignment, onClose, onDone }: Done & { assignment: Assignment }) {
  const t = useT();
  const required = useRequired();
  const submit = async (v: { score: number; comment?: string }) => {
    await trainingApi.mentoring.rate(assignment.id, v.score, v.comment?.trim() || null);
    showSuccess(t('training.mentoring.rated'));
    onDone();
  };
  return (
    <FormModal
      open
      title={`${t('training.mentoring.rate')}：${assignment.mentorName}`}
      onClose={onClose}
      onSubmit={submit}
      testId="rate-form"
    >
      <Form.Item name="score" label={t('training.mentoring.fields.rating')} rules={[required]}>
        <Rate style={{ fontSize: 28 }} />
      </Form.Item>
      <Form.Item name="comment" label={t('training.mentoring.rateComment')} rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
