import { describe, expect, it } from 'vitest';
import { gbk } from '../../test/gbk.js';
import { calendarCsv, calendarIcs } from './calendar.export.js';
import { checkRows, kindOf, parseCalendarFile } from './calendar.import.js';
import { normalizeDate } from './calendar.import-rows.js';
import { diffYear } from './calendar.import.service.js';
import { warnFromDay } from './calendar.status.js';

// The calendar file readers on their own: what each line of a CSV or .ics becomes, and the code
// of each problem with its line.

const codes = (problems: { line: number | null; code: string }[]) => problems.map((p) => `${p.line}:${p.code}`);

describe('calendar CSV', () => {
  it('reads English headers, any column order, quoted names', () => {
    const f = parseCalendarFile(
      '2027.csv',
      Buffer.from('name,date,kind\r\n元旦,2027-01-01,holiday\r\n"春节, 调休",2027-02-20,workday\r\n'),
    );
    expect(f).toMatchObject({ format: 'csv', encoding: 'utf-8', problems: [] });
    expect(f.rows).toEqual([
      { line: 2, day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { line: 3, day: '2027-02-20', kind: 'workday', name: '春节, 调休' },
    ]);
  });

  it('reads Chinese headers and kinds, with a BOM, and the dates Excel writes', () => {
    const text =
      '\uFEFF日期,类型,名称\n2027/1/1,休,元旦\n2027年2月20日,班,春节\n2027.10.1,节假日,国庆节\n2027-10-09,调休上班,国庆节\n';
    const f = parseCalendarFile('日历.csv', Buffer.from(text));
    expect(f.problems).toEqual([]);
    expect(f.rows.map((r) => `${r.day} ${r.kind} ${r.name}`)).toEqual([
      '2027-01-01 holiday 元旦',
      '2027-02-20 workday 春节',
      '2027-10-01 holiday 国庆节',
      '2027-10-09 workday 国庆节',
    ]);
  });

  it('reads GBK as Excel on Chinese Windows saves it', () => {
    const f = parseCalendarFile('日历.csv', gbk('日期,类型,名称\r\n2027-01-01,休,元旦\r\n2027-02-20,补班,春节\r\n'));
    expect(f.encoding).toBe('gbk');
    expect(f.rows.map((r) => `${r.kind} ${r.name}`)).toEqual(['holiday 元旦', 'workday 春节']);
  });

  it('reads a file without a header as date,kind,name, and tab-separated files', () => {
    expect(parseCalendarFile('a.csv', Buffer.from('2027-01-01,holiday,New Year\n')).rows).toHaveLength(1);
    expect(parseCalendarFile('a.txt', Buffer.from('date\tkind\tname\n2027-01-01\t休\t元旦\n')).rows).toEqual([
      { line: 2, day: '2027-01-01', kind: 'holiday', name: '元旦' },
    ]);
  });

  it('names each bad row by its line and a code', () => {
    const text =
      'date,kind,name\n2027-02-30,holiday,假的\n2027-01-01,vacation,元旦\n2027-01-02,holiday,\n\n2027-01-03,holiday,' +
      'x'.repeat(65) +
      '\n';
    const f = parseCalendarFile('bad.csv', Buffer.from(text));
    expect(codes(f.problems)).toEqual(['2:BAD_DATE', '3:UNKNOWN_KIND', '4:MISSING_NAME', '6:NAME_TOO_LONG']);
    expect(f.problems[0]).toMatchObject({ severity: 'error', value: '2027-02-30' });
    expect(f.problems[1]).toMatchObject({ day: '2027-01-01', value: 'vacation' });
    expect(f.rows).toEqual([]);
  });

  it('says what is wrong with a file that is not a calendar at all', () => {
    expect(codes(parseCalendarFile('a.csv', Buffer.alloc(0)).problems)).toEqual(['null:EMPTY_FILE']);
    expect(codes(parseCalendarFile('a.csv', Buffer.from('\uFEFFdate,kind,name\r\n')).problems)).toEqual([
      'null:EMPTY_FILE',
    ]);
    expect(codes(parseCalendarFile('a.csv', Buffer.from('工号,姓名\nA1,张三\n')).problems)).toEqual([
      '1:MISSING_COLUMNS',
    ]);
    expect(codes(parseCalendarFile('a.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14])).problems)).toEqual([
      'null:NOT_TEXT',
    ]);
    expect(
      codes(parseCalendarFile('a.csv', Buffer.from('date,kind,name\n2027-01-01,holiday,"元旦\n')).problems),
    ).toEqual(['2:BAD_CSV']);
  });

  it('normalizes dates and kinds in both languages', () => {
    expect(['2027-1-1', '2027/01/01', '20270101', '2027年1月1日'].map((s) => normalizeDate(s))).toEqual(
      Array(4).fill('2027-01-01'),
    );
    expect(['2027-13-01', '2027-02-29', '01/01/2027', ''].map((s) => normalizeDate(s))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(['Holiday', '休', '节假日', 'WORKDAY', '班', '调休上班', '补班', 'x'].map((s) => kindOf(s))).toEqual([
      'holiday',
      'holiday',
      'holiday',
      'workday',
      'workday',
      'workday',
      'workday',
      null,
    ]);
  });
});

describe('calendar rows across the file', () => {
  const row = (line: number, day: string, kind: 'holiday' | 'workday' = 'holiday', name = '节') => ({
    line,
    day,
    kind,
    name,
  });

  it('refuses a day outside the year and a day given twice differently; warns on a pointless workday and an identical repeat', () => {
    const { rows, problems } = checkRows(
      [
        row(2, '2027-01-01'),
        row(3, '2026-12-31'),
        row(4, '2027-01-01', 'workday'),
        row(5, '2027-01-01'),
        row(6, '2027-02-20', 'workday'),
        row(7, '2027-02-22', 'workday'),
      ],
      2027,
    );
    expect(codes(problems)).toEqual(['3:OUTSIDE_YEAR', '4:DUPLICATE_DATE', '5:DUPLICATE_ROW', '7:WEEKDAY_WORKDAY']);
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error', 'warning', 'warning']);
    expect(problems[1].value).toBe('2'); // the line it repeats
    expect(rows.map((r) => r.day)).toEqual(['2027-01-01', '2027-02-20', '2027-02-22']);
  });

  it('compares with the stored year: add, change, remove, unchanged', () => {
    const stored = [
      { day: '2027-01-01', kind: 'holiday', name: '元旦', source: 'admin' },
      { day: '2027-02-20', kind: 'workday', name: '春节', source: 'admin' },
      { day: '2027-05-01', kind: 'holiday', name: '劳动节', source: 'package' },
    ];
    const days = diffYear(stored, [
      row(2, '2027-01-01', 'holiday', '元旦'),
      row(3, '2027-02-20', 'holiday', '春节'),
      row(4, '2027-10-01', 'holiday', '国庆节'),
    ]);
    expect(days.map((d) => `${d.day} ${d.change}`)).toEqual([
      '2027-01-01 unchanged',
      '2027-02-20 change',
      '2027-05-01 remove',
      '2027-10-01 add',
    ]);
    expect(days[1]).toMatchObject({
      before: { kind: 'workday', name: '春节', source: 'admin' },
      after: { kind: 'holiday', name: '春节' },
      line: 3,
      weekday: 6,
    });
    expect(days[2]).toMatchObject({ before: { source: 'package' }, after: null, line: null });
  });
});

describe('calendar iCalendar', () => {
  const ics = (events: string) => Buffer.from(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${events}END:VCALENDAR\r\n`);

  it('expands a multi-day event (DTEND exclusive) and tells make-up workdays by 班 or CATEGORIES', () => {
    const f = parseCalendarFile(
      'feed.ics',
      ics(
        'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271001\r\nDTEND;VALUE=DATE:20271004\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270926\r\nSUMMARY:国庆节（班）\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20271009\r\nSUMMARY:国庆节 补班\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270220\r\nSUMMARY:Spring Festival\r\nCATEGORIES:Workday\r\nEND:VEVENT\r\n',
      ),
    );
    expect(f.format).toBe('ics');
    expect(f.problems).toEqual([]);
    expect(f.rows.map((r) => `${r.line} ${r.day} ${r.kind} ${r.name}`)).toEqual([
      '3 2027-10-01 holiday 国庆节',
      '3 2027-10-02 holiday 国庆节',
      '3 2027-10-03 holiday 国庆节',
      '8 2027-09-26 workday 国庆节',
      '12 2027-10-09 workday 国庆节',
      '16 2027-02-20 workday Spring Festival',
    ]);
  });

  it('unfolds long lines and unescapes text; a file named .txt is still known by BEGIN:VCALENDAR', () => {
    const f = parseCalendarFile(
      'feed.txt',
      ics('BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY:New Year\\, \r\n the first day\r\nEND:VEVENT\r\n'),
    );
    expect(f.rows).toEqual([{ line: 3, day: '2027-01-01', kind: 'holiday', name: 'New Year, the first day' }]);
  });

  it('refuses events with a time, a backwards or endless range, a bad date, no name — each on its event line', () => {
    const f = parseCalendarFile(
      'bad.ics',
      ics(
        'BEGIN:VEVENT\r\nDTSTART:20270101T090000Z\r\nSUMMARY:会议\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270105\r\nDTEND;VALUE=DATE:20270103\r\nSUMMARY:倒\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20271231\r\nSUMMARY:长\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270230\r\nSUMMARY:无\r\nEND:VEVENT\r\n' +
          'BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270301\r\nEND:VEVENT\r\n',
      ),
    );
    expect(codes(f.problems)).toEqual([
      '3:NOT_ALL_DAY',
      '7:BAD_RANGE',
      '12:BAD_RANGE',
      '17:BAD_DATE',
      '21:MISSING_NAME',
    ]);
    expect(codes(parseCalendarFile('empty.ics', ics('')).problems)).toEqual(['null:EMPTY_FILE']);
  });
});

describe('calendar export', () => {
  const days = [
    { day: '2027-01-01', kind: 'holiday', name: '元旦' },
    { day: '2027-02-20', kind: 'workday', name: '春节, "调休"' },
    { day: '2027-10-01', kind: 'holiday', name: '国庆节'.repeat(20) }, // folded: 180 octets
  ];
  const asRows = (buf: Buffer) => parseCalendarFile('x', buf).rows.map(({ day, kind, name }) => ({ day, kind, name }));

  it('reads back what it writes, as CSV and as .ics', () => {
    expect(asRows(Buffer.from(calendarCsv(days)))).toEqual(days);
    const ics = calendarIcs(2027, days);
    expect(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(asRows(Buffer.from(ics))).toEqual(days);
  });
});

describe('the warning day', () => {
  it('keeps a month and day from the settings inside the calendar', () => {
    expect(warnFromDay(2027, 11, 1)).toBe('2027-11-01');
    expect(warnFromDay(2027, 13, 40)).toBe('2027-12-31');
    expect(warnFromDay(2027, 2, 30)).toBe('2027-02-28');
    expect(warnFromDay(2028, 2, 30)).toBe('2028-02-29');
    expect(warnFromDay(2027, 0, 0)).toBe('2027-01-01');
  });
});
