// Numbers of the KPI pages for humans: rates as percent with one decimal, durations as m:ss.

const DASH = '—';

export const pct = (rate: number | null | undefined) =>
  rate === null || rate === undefined ? DASH : `${(rate * 100).toFixed(1)}%`;

/** Seconds as m:ss (h:mm:ss from an hour up). */
export function mmss(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return DASH;
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export const avg = (v: number | null | undefined) => (v === null || v === undefined ? DASH : v.toFixed(2));

export const count = (n: number) => n.toLocaleString();
