import { keys } from '../../../query/keys';
import { useInvalidate } from '../../../query/useApiMutation';
import { useApiQuery } from '../../../query/useApiQuery';
import { useDebounced } from '../../../query/useDebounced';
import { Checkbox, Col, DatePicker, Form, Input, Row, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../api';
import { FormModal, useRequired } from '../../../components/FormModal';
import { showSuccess } from '../../../feedback';
import { useT } from '../../../i18n';
import {
  CohortSelect,
  CourseSelect,
  PeoplePicker,
  PlanSelect,
  TrainerSelect,
  type PersonPick,
} from '../shared/Pickers';
import { atTime, instant } from '../shared/time';
import { trainingApi } from '../shared/trainingApi';
import type { Clash, ClashCheck, SessionDetail } from '../shared/types';
import { ClashAlert, ClashRefused, isClash } from './ClashAlert';

export interface SessionPreset {
  date?: Dayjs;
  start?: Dayjs;
  end?: Dayjs;
  courseId?: string;
  trainerId?: string;
  room?: string;
  planId?: string | null;
  phaseId?: string | null;
  cohortIds?: string[];
  people?: PersonPick[];
  title?: string;
  notes?: string;
  keepGoing?: boolean;
}
interface Values {
  courseId: string;
  title?: string;
  trainerId: string;
  room?: string;
  date: Dayjs;
  start: Dayjs;
  end: Dayjs;
  planId?: string | null;
  phaseId?: string | null;
  cohortIds?: string[];
  people?: PersonPick[];
  notes?: string;
  keepGoing?: boolean;
}

/** What the clash check asks about the booking on screen, or null while it is incomplete. */
function checkOf(v: Partial<Values> | undefined, sessionId: string | null): ClashCheck | null {
  if (!v?.trainerId || !v.date || !v.start || !v.end) return null;
  const startsAt = atTime(v.date, v.start);
  const endsAt = atTime(v.date, v.end);
  if (!endsAt.isAfter(startsAt)) return null;
  return {
    sessionId,
    trainerId: v.trainerId,
    room: v.room?.trim() || null,
    startsAt: instant(startsAt),
    endsAt: instant(endsAt),
    employeeIds: (v.people ?? []).map((p) => p.id),
    cohortIds: v.cohortIds ?? [],
  };
}

const Third = ({ children }: { children: ReactNode }) => (
  <Col xs={24} sm={8}>
    {children}
  </Col>
);
const Half = ({ children }: { children: ReactNode }) => (
  <Col xs={24} sm={12}>
    {children}
  </Col>
);

/** The phases of the chosen plan. */
function PhaseSelect({
  planId,
  ...rest
}: {
  planId?: string | null;
  value?: string | null;
  onChange?: (v: string | null) => void;
  'data-testid'?: string;
}) {
  const { data } = useApiQuery(
    keys.training('plans', 'get', planId),
    () => (planId ? trainingApi.plans.get(planId) : Promise.resolve(null)),
    { quiet: true },
  );
  return (
    <Select
      allowClear
      disabled={!planId}
      options={(data?.phases ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.startDate} ~ ${p.endDate}）` }))}
      {...rest}
      value={rest.value ?? undefined}
    />
  );
}

/**
 * Schedule a session (or, with `session`, move or change one). Clashes are checked as the
 * trainer, room, time and people are chosen, and a 409 from the server is shown in full.
 * `onSaved(id, next)` gets the preset for the next working day when "keep going" is ticked.
 */
export function SessionFormModal({
  open,
  session,
  preset,
  onClose,
  onSaved,
}: {
  open: boolean;
  session?: SessionDetail;
  preset?: SessionPreset;
  onClose: () => void;
  onSaved: (id: string, next: SessionPreset | null) => void;
}) {
  const t = useT();
  const required = useRequired();
  const [form] = Form.useForm<Values>();
  const [refused, setRefused] = useState<{ error: ApiError; clashes: Clash[] | null } | null>(null);
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const planId = Form.useWatch('planId', form);

  const initialValues: Partial<Values> = session
    ? {
        courseId: session.courseId,
        title: session.title ?? '',
        trainerId: session.trainerId,
        room: session.room ?? '',
        date: dayjs(session.startsAt),
        start: dayjs(session.startsAt),
        end: dayjs(session.endsAt),
        planId: session.planId,
        phaseId: session.phaseId,
        notes: session.notes ?? '',
      }
    : { cohortIds: [], people: [], ...preset };

  // Check for clashes shortly after the booking's parts change (once they stop changing).
  const asked = useDebounced(open ? checkOf(watched, session?.id ?? null) : null, 400);
  const check = useApiQuery(keys.training('sessions', 'check', asked), () => trainingApi.sessions.check(asked!), {
    enabled: !!asked,
    quiet: true, // the save will say what is wrong
    keepPrevious: true,
  });
  const clashes = !asked || check.error ? null : (check.data ?? null);
  const checking = check.loading;
  const invalidate = useInvalidate();

  const submit = async (v: Values) => {
    const startsAt = instant(atTime(v.date, v.start));
    const endsAt = instant(atTime(v.date, v.end));
    const common = {
      courseId: v.courseId,
      trainerId: v.trainerId,
      room: v.room?.trim() || null,
      startsAt,
      endsAt,
      title: v.title?.trim() || null,
      notes: v.notes?.trim() || null,
    };
    setRefused(null);
    try {
      if (session) {
        await trainingApi.sessions.update(session.id, { ...common, version: session.version });
        showSuccess(t('training.sessions.saved'));
        onSaved(session.id, null);
        return;
      }
      const { id } = await trainingApi.sessions.create({
        ...common,
        planId: v.planId ?? null,
        phaseId: v.phaseId ?? null,
        cohortIds: v.cohortIds ?? [],
        employeeIds: (v.people ?? []).map((p) => p.id),
      });
      showSuccess(t('training.sessions.created'));
      let next = v.date.add(1, 'day');
      while (next.day() === 0 || next.day() === 6) next = next.add(1, 'day');
      onSaved(id, v.keepGoing ? { ...v, date: next } : null);
    } catch (err) {
      if (isClash(err)) {
        // Someone booked meanwhile: list the clashes as they are now, in the user's language.
        const now = await trainingApi.sessions
          .check({
            sessionId: session?.id ?? null,
            trainerId: v.trainerId,
            room: common.room,
            startsAt,
            endsAt,
            employeeIds: (v.people ?? []).map((p) => p.id),
            cohortIds: v.cohortIds ?? [],
          })
          .catch(() => null);
        setRefused({ error: err, clashes: now });
        void invalidate(keys.training('sessions', 'check'));
      }
      throw err;
    }
  };

  return (
    <FormModal<Values>
      open={open}
      form={form}
      title={t(session ? 'training.sessions.edit' : 'training.sessions.add')}
      onClose={onClose}
      onSubmit={submit}
      initialValues={initialValues}
      fieldMap={{ startsAt: 'start', endsAt: 'end', employeeIds: 'people' }}
      testId="session-form"
      width={760}
    >
      {refused && <ClashRefused error={refused.error} clashes={refused.clashes} />}
      <Row gutter={16}>
        <Half>
          <Form.Item name="courseId" label={t('training.sessions.fields.course')} rules={[required]}>
            <CourseSelect data-testid="session-course" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="title" label={t('training.sessions.fields.title')} rules={[{ max: 200 }]}>
            <Input data-testid="session-title" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="trainerId" label={t('training.sessions.fields.trainer')} rules={[required]}>
            <TrainerSelect data-testid="session-trainer" />
          </Form.Item>
        </Half>
        <Half>
          <Form.Item name="room" label={t('training.sessions.fields.room')} rules={[{ max: 100 }]}>
            <Input data-testid="session-room" />
          </Form.Item>
        </Half>
        <Third>
          <Form.Item name="date" label={t('training.sessions.fields.date')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} data-testid="session-date" />
          </Form.Item>
        </Third>
        <Third>
          <Form.Item name="start" label={t('training.sessions.fields.start')} rules={[required]}>
            <TimePicker
              format="HH:mm"
              minuteStep={5}
              style={{ width: '100%' }}
              needConfirm={false}
              data-testid="session-start"
            />
          </Form.Item>
        </Third>
        <Third>
          <Form.Item name="end" label={t('training.sessions.fields.end')} rules={[required]}>
            <TimePicker
              format="HH:mm"
              minuteStep={5}
              style={{ width: '100%' }}
              needConfirm={false}
              data-testid="session-end"
            />
          </Form.Item>
        </Third>
        {!session && (
          <>
            <Half>
              <Form.Item name="planId" label={t('training.sessions.fields.plan')}>
                <PlanSelect
                  data-testid="session-plan"
                  onChange={(v) => {
                    form.setFieldsValue({ planId: v as string | null, phaseId: null });
                  }}
                />
              </Form.Item>
            </Half>
            <Half>
              <Form.Item name="phaseId" label={t('training.sessions.fields.phase')}>
                <PhaseSelect planId={planId} data-testid="session-phase" />
              </Form.Item>
            </Half>
            <Half>
              <Form.Item name="cohortIds" label={t('training.sessions.fields.cohorts')}>
                <CohortSelect multiple data-testid="session-cohorts" />
              </Form.Item>
            </Half>
            <Half>
              <Form.Item name="people" label={t('training.sessions.fields.people')}>
                <PeoplePicker placeholder={t('training.sessions.fields.addPerson')} data-testid="session-people" />
              </Form.Item>
            </Half>
          </>
        )}
        <Col span={24}>
          <Form.Item name="notes" label={t('training.sessions.fields.notes')} rules={[{ max: 2000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Col>
      </Row>
      <ClashAlert clashes={clashes} checking={checking} />
      {!session && (
        <Form.Item name="keepGoing" valuePropName="checked" style={{ marginTop: 12, marginBottom: 0 }}>
          <Checkbox data-testid="session-keep-going">{t('training.sessions.keepGoing')}</Checkbox>
        </Form.Item>
      )}
    </FormModal>
  );
}
