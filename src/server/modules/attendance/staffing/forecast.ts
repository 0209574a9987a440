import { addDays, daysBetween } from '../../../lib/clock.js';
import type { Db } from '../../../db/connect.js';
import { pastVolumes } from './volumes.js';

// The forecast of contacts and handle time per interval (issue 19 item 6). The method, kept
// simple on purpose so a team lead can check it by hand:
//
// 1. The history days are the `weeks` (setting attendance.staffing.forecastWeeks, 4) most recent
//    days on the same weekday as the forecast day that are both before the forecast day and before
//    today in the center: for a Tuesday next month, the last four Tuesdays that already happened.
// 2. Only history days with data count: a day on which the center recorded no interaction at
//    all (an import not loaded yet, the system not in use yet) is left out of the average instead
//    of being taken for a quiet day. A day with data but no call in an interval counts as 0 there.
// 3. Per business line and interval: contacts = the mean over the days with data of the inbound
//    voice contacts that started in the interval; AHT = handle seconds / answered contacts, summed
//    over the same days (so a busy Tuesday weighs more than a quiet one). An interval with
//    contacts but no answered one takes the line's AHT over the whole day.
// The volumes are grouped in SQL by the interactions module (intervals.service.ts) once per past
// day and kept (volumes.ts); this file only averages at most days × lines × intervals small rows.

export interface LineForecast {
  businessType: string;
  contacts: number[];
  ahtSeconds: number[];
}

export interface DayForecast {
  historyDays: string[];
  daysWithData: string[];
  slots: number;
  lines: LineForecast[];
}

/** The `weeks` same-weekday days before both `day` and `today`, newest first. */
export function historyDays(day: string, today: string, weeks: number): string[] {
  // The first k ≥ 1 with day − 7k < today.
  const ahead = daysBetween(today, day);
  const k = ahead < 0 ? 1 : Math.floor(ahead / 7) + 1;
  return Array.from({ length: Math.max(0, weeks) }, (_, i) => addDays(day, -7 * (k + i)));
}

export interface Volume {
  day: string;
  businessType: string;
  slot: number;
  contacts: number;
  answered: number;
  handleSeconds: number;
}

/** The per-line means over the days with data (pure: the rules 2–3 above). */
export function averageVolumes(volumes: Volume[], daysWithData: string[], slots: number): LineForecast[] {
  const used = new Set(daysWithData);
  const n = used.size;
  if (!n) return [];
  const lines = new Map<string, { contacts: number[]; answered: number[]; handle: number[] }>();
  for (const v of volumes) {
    if (!used.has(v.day) || v.slot < 0 || v.slot >= slots) continue;
    let line = lines.get(v.businessType);
    if (!line) {
      line = {
        contacts: new Array(slots).fill(0),
        answered: new Array(slots).fill(0),
        handle: new Array(slots).fill(0),
      };
      lines.set(v.businessType, line);
    }
    line.contacts[v.slot] += v.contacts;
    line.answered[v.slot] += v.answered;
    line.handle[v.slot] += v.handleSeconds;
  }
  const out: LineForecast[] = [];
  for (const [businessType, line] of [...lines].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const answeredAll = line.answered.reduce((x, y) => x + y, 0);
    const dayAht = answeredAll ? line.handle.reduce((x, y) => x + y, 0) / answeredAll : 0;
    out.push({
      businessType,
      contacts: line.contacts.map((c) => c / n),
      ahtSeconds: line.answered.map((a, s) => (a ? line.handle[s] / a : line.contacts[s] ? dayAht : 0)),
    });
  }
  return out;
}

/** The forecast for one day: history days, which of them had data, and the per-line means. */
export async function forecastDay(
  db: Db,
  q: {
    day: string;
    today: string;
    weeks: number;
    businessType: string | null;
    intervalMinutes: number;
    offsetMinutes: number;
  },
): Promise<DayForecast> {
  const slots = Math.floor(1440 / q.intervalMinutes);
  const history = historyDays(q.day, q.today, q.weeks);
  const past = await pastVolumes(db, history, q);
  const volumes = q.businessType ? past.volumes.filter((v) => v.businessType === q.businessType) : past.volumes;
  return {
    historyDays: history,
    daysWithData: past.daysWithData,
    slots,
    lines: averageVolumes(volumes, past.daysWithData, slots),
  };
}
