import { Calendar, Col, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CalendarDay } from './calendarApi';

// Twelve month panels; holidays red (休), make-up workdays blue (班), weekends grey.
export function YearGrid({
  year,
  days,
  onPick,
}: {
  year: number;
  days: CalendarDay[];
  onPick?: (day: string) => void;
}) {
  const byDay = new Map(days.map((d) => [d.day, d]));
  const cell = (date: Dayjs, month: number) => {
    const key = date.format('YYYY-MM-DD');
    const d = byDay.get(key);
    const outside = date.month() !== month;
    const weekend = date.day() === 0 || date.day() === 6;
    const cls = ['sw-cal-cell', outside ? 'is-outside' : d ? `is-${d.kind}` : weekend ? 'is-weekend' : ''].join(' ');
    return (
      <div className={cls} title={d ? d.name : undefined} data-testid={outside ? undefined : `cal-${key}`}>
        {date.date()}
      </div>
    );
  };
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: 12 }, (_, month) => {
        const value = dayjs(new Date(year, month, 1));
        return (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <div className="sw-cal-month">
              <div className="sw-cal-title">{value.format('YYYY-MM')}</div>
              <Calendar
                fullscreen={false}
                value={value}
                headerRender={() => null}
                fullCellRender={(date, info) => (info.type === 'date' ? cell(date, month) : info.originNode)}
                onSelect={(date, info) => {
                  if (info.source === 'date' && date.month() === month) onPick?.(date.format('YYYY-MM-DD'));
                }}
              />
            </div>
          </Col>
        );
      })}
    </Row>
  );
}
