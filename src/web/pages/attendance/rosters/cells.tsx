import { Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../../i18n';
import type { Shift } from './api';

// One cell of the roster grid: a shift, a rest day, or nothing entered yet.

export const REST = '__rest';
/** A shift id, REST, or undefined (no entry). */
export type CellValue = string | undefined;

/** 'Mon 03-01' / '周一 03-01' in the reader's language (dayjs follows the app's locale). */
export const dayTitle = (day: string) => dayjs(day).format('dd MM-DD');

/**
 * A cell shows the shift's name (早班, what a lead says aloud); the code and hours, which the
 * import file and the time clock use, are in its tooltip.
 */
const shiftTitle = (s: Shift) => `${s.code} · ${s.name} ${s.startTime}–${s.endTime}`;

/** A light background for a cell in the shift's colour. */
const tint = (color: string | null | undefined) => (color ? `${color}33` : undefined);

export function CellSelect({
  value,
  shifts,
  byId,
  disabled,
  onChange,
  testId,
  departmentId,
}: {
  value: CellValue;
  /** The team's center: only its own and shared templates are offered. */
  departmentId?: string;
  shifts: Shift[];
  byId: Map<string, Shift>;
  disabled: boolean;
  onChange: (v: CellValue) => void;
  testId?: string;
}) {
  const { t } = useI18n();
  const shift = value && value !== REST ? byId.get(value) : undefined;
  if (disabled)
    return value === undefined ? (
      <span>{t('attendance.rosters.grid.none')}</span>
    ) : value === REST ? (
      <Tag>{t('attendance.rosters.grid.rest')}</Tag>
    ) : (
      <Tag color={shift?.color ?? undefined} title={shift && shiftTitle(shift)}>
        {shift?.name ?? '?'}
      </Tag>
    );
  const options = [
    { value: REST, label: t('attendance.rosters.grid.rest') },
    ...shifts
      .filter((s) => (s.active && (!s.departmentId || s.departmentId === departmentId)) || s.id === value)
      .map((s) => ({ value: s.id, label: s.name, title: shiftTitle(s) })),
  ];
  return (
    <Select
      size="small"
      value={value}
      allowClear
      variant="borderless"
      placeholder={t('attendance.rosters.grid.none')}
      onChange={(v: string | undefined) => onChange(v ?? undefined)}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: '100%', background: tint(shift?.color) }}
      data-testid={testId}
    />
  );
}

/** The grid's last row: how many people work each shift on each day. */
export function HeadcountRow({
  days,
  headcount,
  byId,
}: {
  days: string[];
  headcount: Record<string, Record<string, number>>;
  byId: Map<string, Shift>;
}) {
  const { t } = useI18n();
  return (
    <Table.Summary fixed>
      <Table.Summary.Row>
        <Table.Summary.Cell index={0}>{t('attendance.rosters.grid.headcount')}</Table.Summary.Cell>
        {days.map((day, i) => (
          <Table.Summary.Cell index={i + 1} key={day}>
            <Space direction="vertical" size={0}>
              {Object.entries(headcount[day] ?? {}).map(([shiftId, n]) => (
                <span key={shiftId} style={{ fontSize: 12 }} title={byId.get(shiftId)?.code}>
                  {byId.get(shiftId)?.name ?? '?'}: {n}
                </span>
              ))}
            </Space>
          </Table.Summary.Cell>
        ))}
        <Table.Summary.Cell index={days.length + 1} colSpan={2} />
      </Table.Summary.Row>
    </Table.Summary>
  );
}
