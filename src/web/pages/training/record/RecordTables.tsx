import { CheckOutlined } from '@ant-design/icons';
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { testId } from '../../../format';
import { translateMaybe, useT } from '../../../i18n';
import { useRecordText } from '../../../recordText';
import { AttendanceTag, AudienceTag, LeaveTag, ModeTag, PlanStatusTag } from '../shared/Tags';
import { sessionWhen } from '../shared/time';
import type { TrainingRecord } from '../shared/types';

type R = TrainingRecord;
/** Compact tables; an empty one says so in one line. */
function useSmall() {
  const t = useT();
  return {
    size: 'small' as const,
    pagination: false as const,
    scroll: { x: 'max-content' },
    locale: { emptyText: t('training.common.noData') },
  };
}

export function PlansTable({ rows }: { rows: R['plans'] }) {
  const t = useT();
  const small = useSmall();
  return (
    <Table
      rowKey="id"
      {...small}
      dataSource={rows}
      onRow={(p) => ({ ...testId('record-plan'), 'data-plan-id': p.id }) as object}
      columns={[
        {
          title: t('training.plans.fields.title'),
          dataIndex: 'title',
          render: (v: string, p) => <Link to={`/training/plans/${p.id}`}>{v}</Link>,
        },
        {
          title: t('training.plans.fields.audience'),
          dataIndex: 'audience',
          render: (v: R['plans'][number]['audience']) => <AudienceTag audience={v} />,
        },
        {
          title: t('training.common.cohort'),
          dataIndex: 'cohortName',
          render: (v: string | null) => v ?? t('common.none'),
        },
        { title: t('training.plans.fields.period'), key: 'period', render: (_, p) => `${p.startDate} ~ ${p.endDate}` },
        {
          title: t('training.common.status'),
          dataIndex: 'status',
          render: (v: R['plans'][number]['status']) => <PlanStatusTag status={v} />,
        },
      ]}
    />
  );
}

export function SessionsTable({ rows }: { rows: R['sessions'] }) {
  const t = useT();
  const small = useSmall();
  return (
    <Table
      rowKey="sessionId"
      {...small}
      dataSource={rows}
      pagination={rows.length > 30 ? { pageSize: 30 } : false}
      onRow={(s) =>
        ({
          ...testId('record-session'),
          'data-session-id': s.sessionId,
          'data-attendance': s.attendance ?? '',
          'data-leave': s.leave?.status ?? '',
          'data-feedback': String(s.feedbackGiven),
        }) as object
      }
      columns={[
        { title: t('training.common.time'), key: 'when', render: (_, s) => sessionWhen(s.startsAt, s.endsAt) },
        {
          title: t('training.common.course'),
          dataIndex: 'courseTitle',
          render: (v: string, s) => <Link to={`/training/sessions/${s.sessionId}`}>{v}</Link>,
        },
        { title: t('training.common.trainer'), dataIndex: 'trainerName' },
        {
          title: t('training.common.room'),
          dataIndex: 'room',
          responsive: ['lg'],
          render: (v: string | null) => v ?? t('common.none'),
        },
        {
          title: t('training.sessions.detail.attendance'),
          key: 'att',
          render: (_, s) =>
            s.sessionStatus === 'cancelled' ? (
              <Tag>{t('training.enums.sessionStatus.cancelled')}</Tag>
            ) : (
              <AttendanceTag status={s.attendance} minutes={s.minutes} />
            ),
        },
        {
          title: t('training.sessions.detail.leave'),
          key: 'leave',
          render: (_, s) => (s.leave ? <LeaveTag status={s.leave.status} late={s.leave.late} /> : null),
        },
        {
          title: t('training.record.feedback'),
          key: 'fb',
          align: 'center',
          render: (_, s) => (s.feedbackGiven ? <CheckOutlined style={{ color: '#389e0d' }} /> : null),
        },
      ]}
    />
  );
}

export function ScoresTable({ rows }: { rows: R['scores'] }) {
  const t = useT();
  const text = useRecordText().line;
  const small = useSmall();
  const f = (k: 'kind' | 'item' | 'result' | 'date') => t(`training.record.fields.${k}`);
  return (
    <Table
      rowKey={(r) => `${r.kind}-${r.title}-${JSON.stringify(r.label ?? null)}-${r.date}`}
      {...small}
      dataSource={rows}
      columns={[
        { title: f('date'), dataIndex: 'date', render: (v: string | null) => v ?? t('common.none') },
        {
          title: f('kind'),
          dataIndex: 'kind',
          render: (v: string) => translateMaybe(`training.record.scoreKinds.${v}`) ?? v,
        },
        { title: f('item'), dataIndex: 'title', render: (v: string, r) => text(v, r.label) },
        {
          title: f('result'),
          dataIndex: 'score',
          align: 'right',
          render: (v: number | null, r) =>
            v === null ? t('common.none') : `${v}${r.passMark !== null ? ` / ${r.passMark}` : ''}`,
        },
        {
          key: 'passed',
          render: (_, r) =>
            r.passed === null ? null : (
              <Tag color={r.passed ? 'green' : 'red'}>
                {t(r.passed ? 'training.record.passed' : 'training.record.failed')}
              </Tag>
            ),
        },
      ]}
    />
  );
}

export function CertificatesTable({ rows }: { rows: R['certificates'] }) {
  const t = useT();
  const text = useRecordText().line;
  const small = useSmall();
  const f = (k: 'certName' | 'issuer' | 'issuedOn' | 'expiresOn' | 'courseTitle') => t(`training.record.fields.${k}`);
  const none = (v: string | null) => v ?? t('common.none');
  return (
    <Table
      rowKey="id"
      {...small}
      dataSource={rows}
      onRow={() => testId('record-certificate')}
      columns={[
        { title: f('certName'), dataIndex: 'name', render: (v: string, c) => text(v, c.label) },
        { title: f('issuer'), dataIndex: 'issuer', render: none },
        { title: f('issuedOn'), dataIndex: 'issuedOn' },
        { title: f('expiresOn'), dataIndex: 'expiresOn', render: none },
        { title: f('courseTitle'), dataIndex: 'courseTitle', render: none },
      ]}
    />
  );
}

export function MentoringTable({ rows }: { rows: R['mentoring'] }) {
  const t = useT();
  const small = useSmall();
  const f = (k: 'mentor' | 'mode' | 'start' | 'end' | 'hours' | 'problems' | 'rating') =>
    t(`training.record.fields.${k}`);
  return (
    <Table
      rowKey="id"
      {...small}
      dataSource={rows}
      onRow={() => testId('record-mentoring')}
      columns={[
        { title: f('mentor'), dataIndex: 'mentorName' },
        { title: f('mode'), dataIndex: 'mode', render: (v: R['mentoring'][number]['mode']) => <ModeTag mode={v} /> },
        { title: f('start'), dataIndex: 'startDate' },
        {
          title: f('end'),
          dataIndex: 'endDate',
          render: (v: string | null, m) =>
            v ?? (m.status === 'active' ? t('training.enums.assignmentStatus.active') : t('common.none')),
        },
        {
          title: f('hours'),
          dataIndex: 'hours',
          align: 'right',
          render: (v: number) => t('training.common.hours', { n: v }),
        },
        {
          title: f('problems'),
          key: 'problems',
          align: 'right',
          render: (_, m) => `${m.problemsOpen} / ${m.problemsClosed}`,
        },
        {
          title: f('rating'),
          dataIndex: 'rating',
          align: 'right',
          render: (v: number | null) => (v ? `${v} / 5` : t('common.none')),
        },
        {
          title: t('training.common.reason'),
          dataIndex: 'endReason',
          responsive: ['lg'],
          render: (v: string | null, m) => (
            <>
              {m.status === 'replaced' && <Tag color="orange">{t('training.enums.assignmentStatus.replaced')}</Tag>}
              {v}
            </>
          ),
        },
      ]}
    />
  );
}
