import { Button, InputNumber, Typography } from 'antd';
import { ATTENDANCE_STATUSES } from '../../../../common/training';
import { useT } from '../../../i18n';
import { LeaveTag } from '../shared/Tags';
import type { AttendanceStatusName, SessionPerson } from '../shared/types';

export interface Mark {
  status: AttendanceStatusName | null;
  minutes: number | null;
}

const COLORS: Record<AttendanceStatusName, 'green' | 'orange' | 'gold' | 'red' | 'blue'> = {
  present: 'green',
  late: 'orange',
  left_early: 'gold',
  absent: 'red',
  on_leave: 'blue',
};
export const timed = (s: AttendanceStatusName | null) => s === 'late' || s === 'left_early';

/** One person on the attendance sheet: five big buttons, and the minutes when late or leaving early. */
export function PersonMark({
  person,
  mark,
  onChange,
  missingMinutes,
}: {
  person: SessionPerson;
  mark: Mark;
  onChange: (m: Mark) => void;
  missingMinutes: boolean;
}) {
  const t = useT();
  const leaveApproved = person.leave?.status === 'approved';
  return (
    <div
      className="tr-att-person"
      data-testid="att-person"
      data-employee-id={person.employeeId}
      data-status={mark.status ?? ''}
    >
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
        <div>
          <div className="tr-att-name">{person.name}</div>
          <Typography.Text type="secondary" className="sw-mono">
            {person.employeeNo} · {person.teamName}
          </Typography.Text>
        </div>
        {person.leave && <LeaveTag status={person.leave.status} late={person.leave.late} />}
      </div>
      <div className="tr-att-choices" role="radiogroup">
        {ATTENDANCE_STATUSES.map((s) => (
          <Button
            key={s}
            role="radio"
            autoInsertSpace={false}
            aria-checked={mark.status === s}
            color={COLORS[s]}
            variant={mark.status === s ? 'solid' : 'outlined'}
            disabled={s === 'on_leave' && !leaveApproved}
            title={s === 'on_leave' && !leaveApproved ? t('training.attendance.onlyApprovedLeave') : undefined}
            onClick={() => onChange({ status: s, minutes: timed(s) ? mark.minutes : null })}
            data-testid={`att-${s}`}
          >
            {t(`training.enums.attendance.${s}`)}
          </Button>
        ))}
      </div>
      {timed(mark.status) && (
        <div className="tr-att-minutes">
          <span>
            {t(mark.status === 'late' ? 'training.attendance.minutesLate' : 'training.attendance.minutesEarly')}
          </span>
          <InputNumber
            size="large"
            min={1}
            max={1440}
            inputMode="numeric"
            value={mark.minutes}
            status={missingMinutes ? 'error' : undefined}
            placeholder={t('training.attendance.needMinutes')}
            onChange={(v) => onChange({ ...mark, minutes: typeof v === 'number' ? v : null })}
            data-testid="att-minutes"
          />
          {[5, 10, 15, 30].map((n) => (
            <Button key={n} size="large" onClick={() => onChange({ ...mark, minutes: n })}>
              {n}
            </Button>
          ))}
        </div>
      )}
    </div>
  );
}
