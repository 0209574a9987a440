import { Form, Input, InputNumber, Select } from 'antd';
import { api } from '../../../api';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useSession } from '../../../session';
import { routinesApi, routinesKey } from './api';

interface Values {
  minutes: number;
  attendeeIds: string[];
  topics: string;
  recordingsAnalysed?: number;
  note?: string;
}

/** Records today's meeting (班前会) of the lead's team; the tick that opened it links it. */
export function MeetingModal({ onClose, onSaved }: { onClose: () => void; onSaved: (id: string) => void }) {
  const t = useT();
  const required = useRequired();
  const invalidate = useInvalidate();
  const teamId = useSession().me?.teamId ?? null;
  const team = useApiQuery(
    routinesKey('team', teamId),
    () => api.employees.list({ teamId: teamId ?? undefined, pageSize: 200 }),
    { enabled: !!teamId },
  );
  const submit = async (v: Values) => {
    const m = await routinesApi.createMeeting({
      minutes: v.minutes,
      attendeeIds: v.attendeeIds,
      topics: v.topics,
      recordingsAnalysed: v.recordingsAnalysed ?? 0,
      note: v.note?.trim() || null,
    });
    await invalidate(routinesKey('linkable'));
    showSuccess(t('careers.routines.meeting.saved'));
    onSaved(m.id);
  };
  return (
    <FormModal<Values>
      open
      title={t('careers.routines.meeting.title')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={{ minutes: 15, recordingsAnalysed: 1 }}
      testId="routine-meeting-modal"
    >
      <Form.Item name="minutes" label={t('careers.routines.meeting.minutes')} rules={[required]}>
        <InputNumber min={1} max={240} style={{ width: '100%' }} data-testid="routine-meeting-minutes" />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('careers.routines.meeting.attendees')} rules={[required]}>
        <Select
          mode="multiple"
          loading={team.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(team.data?.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          data-testid="routine-meeting-attendees"
        />
      </Form.Item>
      <Form.Item name="topics" label={t('careers.routines.meeting.topics')} rules={[required]}>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          placeholder={t('careers.routines.meeting.topicsPlaceholder')}
          data-testid="routine-meeting-topics"
        />
      </Form.Item>
      <Form.Item name="recordingsAnalysed" label={t('careers.routines.meeting.recordings')}>
        <InputNumber min={0} max={100} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('careers.routines.meeting.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
