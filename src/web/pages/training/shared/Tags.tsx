import { Tag, Tooltip } from 'antd';
import { useT } from '../../../i18n';
import type {
  AttendanceStatusName,
  ContentArea,
  LeaveStatus,
  MentorMode,
  PlanAudience,
  PlanStatus,
  TrainingMethod,
} from './types';

// The one way each training status or category is shown, with data-* attributes for the journeys.

const ATTENDANCE_COLORS: Record<AttendanceStatusName, string> = {
  present: 'green',
  late: 'orange',
  left_early: 'gold',
  absent: 'red',
  on_leave: 'blue',
};
const LEAVE_COLORS: Record<LeaveStatus, string> = {
  pending: 'processing',
  approved: 'green',
  refused: 'red',
  withdrawn: 'default',
};
const PLAN_COLORS: Record<PlanStatus, string> = {
  draft: 'default',
  active: 'processing',
  completed: 'green',
  cancelled: 'red',
};
const AREA_COLORS: Record<ContentArea, string> = {
  basics_culture: 'geekblue',
  business_systems: 'cyan',
  service_communication: 'purple',
  conduct_mindset: 'magenta',
  law_risk: 'volcano',
};

export function AttendanceTag({ status, minutes }: { status: AttendanceStatusName | null; minutes?: number | null }) {
  const t = useT();
  if (!status)
    return (
      <Tag data-testid="attendance-tag" data-status="none">
        {t('training.attendance.notTaken')}
      </Tag>
    );
  return (
    <Tag color={ATTENDANCE_COLORS[status]} data-testid="attendance-tag" data-status={status}>
      {t(`training.enums.attendance.${status}`)}
      {minutes ? ` ${t('training.common.minutesShort', { n: minutes })}` : ''}
    </Tag>
  );
}

export function LeaveTag({ status, late }: { status: LeaveStatus; late: boolean }) {
  const t = useT();
  return (
    <span data-testid="leave-tag" data-status={status} data-late={String(late)}>
      <Tag color={LEAVE_COLORS[status]}>{t(`training.enums.leave.${status}`)}</Tag>
      {late && (
        <Tooltip title={t('training.leave.requestLate')}>
          <Tag color="warning">{t('training.common.lateLeave')}</Tag>
        </Tooltip>
      )}
    </span>
  );
}

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const t = useT();
  return (
    <Tag color={PLAN_COLORS[status]} data-testid="plan-status" data-status={status}>
      {t(`training.enums.planStatus.${status}`)}
    </Tag>
  );
}

export function AudienceTag({ audience }: { audience: PlanAudience }) {
  const t = useT();
  return (
    <Tag color={audience === 'new_hire' ? 'blue' : audience === 'key_staff' ? 'gold' : 'cyan'}>
      {t(`training.enums.audience.${audience}`)}
    </Tag>
  );
}

export function AreaTag({ area }: { area: ContentArea }) {
  const t = useT();
  return (
    <Tag color={AREA_COLORS[area]} variant="outlined">
      {t(`training.enums.area.${area}`)}
    </Tag>
  );
}

export function MethodTag({ method }: { method: TrainingMethod }) {
  const t = useT();
  return <Tag>{t(`training.enums.method.${method}`)}</Tag>;
}

export function ModeTag({ mode }: { mode: MentorMode }) {
  const t = useT();
  return <Tag color={mode === 'one_to_one' ? 'purple' : 'geekblue'}>{t(`training.enums.mentorMode.${mode}`)}</Tag>;
}

/** A 1–5 average with one decimal, or a dash. */
export function Avg({ value }: { value: number | null }) {
  const t = useT();
  if (value === null) return <span>{t('common.none')}</span>;
  const color = value >= 4.5 ? '#389e0d' : value >= 3.5 ? '#1f6feb' : value >= 2.5 ? '#d48806' : '#cf1322';
  return <span style={{ color, fontWeight: 500 }}>{value.toFixed(1)}</span>;
}
