import { Alert, Form, Input, InputNumber } from 'antd';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { reserveApi, reserveKey } from './api';

// The reserve part's dialogs: HR drafts a round; a lead recommends one of their people; HR
// screens an entry with a reason; a person enters with their statement.

const blank = (s?: string | null) => (s && s.trim() ? s.trim() : undefined);

export function CreateRoundModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  type V = {
    name: string;
    nominationsOpen?: string;
    nominationsClose?: string;
    talkDay?: string;
    talkMinutes?: number;
    seats?: number;
  };
  const submit = async (v: V) => {
    await reserveApi.create({
      name: v.name.trim(),
      nominationsOpen: blank(v.nominationsOpen),
      nominationsClose: blank(v.nominationsClose),
      talkDay: blank(v.talkDay) ?? null,
      talkMinutes: v.talkMinutes ?? undefined,
      seats: v.seats ?? null,
    });
    showSuccess(t('careers.reserve.created'));
    await invalidate(reserveKey());
  };
  return (
    <FormModal open title={t('careers.reserve.actions.create')} onClose={onClose} onSubmit={submit} testId="round-form">
      <Form.Item
        name="name"
        label={t('careers.reserve.fields.name')}
        rules={[required, { max: 100, whitespace: true }]}
      >
        <Input data-testid="round-name" />
      </Form.Item>
      <Form.Item
        name="nominationsOpen"
        label={t('careers.reserve.fields.open')}
        extra={t('careers.reserve.hints.windowDefault')}
      >
        <Input type="date" data-testid="round-open" />
      </Form.Item>
      <Form.Item name="nominationsClose" label={t('careers.reserve.fields.close')}>
        <Input type="date" data-testid="round-close" />
      </Form.Item>
      <Form.Item name="talkDay" label={t('careers.reserve.fields.talkDay')}>
        <Input type="date" data-testid="round-talk-day" />
      </Form.Item>
      <Form.Item
        name="talkMinutes"
        label={t('careers.reserve.fields.talkMinutes')}
        extra={t('careers.reserve.hints.talkMinutesDefault')}
      >
        <InputNumber min={1} max={60} data-testid="round-talk-minutes" />
      </Form.Item>
      <Form.Item name="seats" label={t('careers.reserve.fields.seats')}>
        <InputNumber min={1} max={1000} data-testid="round-seats" />
      </Form.Item>
    </FormModal>
  );
}

export function RecommendModal({
  roundId,
  person,
  onClose,
}: {
  roundId: string;
  person: { employeeId: string; name: string };
  onClose: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: { note: string }) => {
    await reserveApi.recommend(roundId, person.employeeId, v.note.trim());
    showSuccess(t('careers.reserve.recommendedDone'));
    await invalidate(reserveKey());
  };
  return (
    <FormModal
      open
      title={t('careers.reserve.recommendTitle', { name: person.name })}
      onClose={onClose}
      onSubmit={submit}
      fieldMap={{ employeeId: 'note' }}
      testId="recommend-form"
    >
      <Form.Item
        name="note"
        label={t('careers.reserve.fields.recommendation')}
        rules={[required, { max: 1000, whitespace: true }]}
      >
        <Input.TextArea rows={3} data-testid="recommend-note" />
      </Form.Item>
    </FormModal>
  );
}

export function ScreenModal({
  entry,
  decision,
  onClose,
}: {
  entry: { id: string; name: string; version: number };
  decision: 'shortlist' | 'decline';
  onClose: () => void;
}) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: { reason: string }) => {
    await reserveApi.screen(entry.id, { decision, reason: v.reason.trim(), version: entry.version });
    showSuccess(t('careers.reserve.screened'));
    await invalidate(reserveKey());
  };
  return (
    <FormModal
      open
      title={t('careers.reserve.screenTitle', { decision: t(`careers.reserve.actions.${decision}`), name: entry.name })}
      onClose={onClose}
      onSubmit={submit}
      fieldMap={{ version: 'reason' }}
      testId="screen-form"
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('careers.reserve.hints.screening')} />
      <Form.Item
        name="reason"
        label={t('careers.reserve.fields.reason')}
        rules={[required, { min: 2, max: 500, whitespace: true }]}
      >
        <Input.TextArea rows={3} data-testid="screen-reason" />
      </Form.Item>
    </FormModal>
  );
}

export function NominateModal({ round, onClose }: { round: { id: string; name: string }; onClose: () => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const submit = async (v: { statement: string }) => {
    await reserveApi.nominate(round.id, v.statement.trim());
    showSuccess(t('careers.reserve.nominated'));
    await invalidate(reserveKey());
  };
  return (
    <FormModal
      open
      title={t('careers.reserve.nominateTitle', { round: round.name })}
      onClose={onClose}
      onSubmit={submit}
      fieldMap={{ roundId: 'statement', employeeId: 'statement' }}
      testId="nominate-form"
    >
      <Form.Item
        name="statement"
        label={t('careers.reserve.fields.statement')}
        extra={t('careers.reserve.hints.statement')}
        rules={[required, { max: 2000, whitespace: true }]}
      >
        <Input.TextArea rows={5} data-testid="nominate-statement" />
      </Form.Item>
    </FormModal>
  );
}
