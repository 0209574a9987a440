// The working-day calendar (lib/calendar.ts): the exceptions to "Monday to Friday" — statutory
// holidays and make-up workdays (调休) — and which years have data at all.

export interface CalendarDayTable {
  day: string; // 'YYYY-MM-DD'
  kind: string; // holiday | workday
  name: string; // 春节, 国庆节 …; for a make-up workday the holiday it makes up for
  source: string; // package (chinese-days) | admin
  updated_by: string | null;
  updated_at: string;
}

/** A year is usable only once it is here: seeded from the package, or confirmed by an administrator. */
export interface CalendarYearTable {
  year: number;
  source: string; // package | admin
  confirmed_by: string | null;
  confirmed_at: string;
}

export interface CalendarDatabase {
  calendar_days: CalendarDayTable;
  calendar_years: CalendarYearTable;
}
