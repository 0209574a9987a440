// Small helpers for the browser journeys: sign in through the UI, read the API as someone, and
// write a roster CSV the way a spreadsheet would save it.
//
//   await signInUi(page, server.baseUrl, 'hr');          // lands on the home page
//   const hr = await signIn(server.baseUrl, 'hr');       // support/server.ts
//   const me = await apiGet<{ employeeId: string }>(server.baseUrl, hr, '/api/auth/me');
//   const file = writeRosterCsv(dir, 'roster.csv', [{ 工号: 'E1', 姓名: '张三', ... }]);
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** The headers of the roster template, in its order. */
export const ROSTER_HEADERS = [
  '工号',
  '姓名',
  '性别',
  '入职日期',
  '部门',
  '班组',
  '状态',
  '直属上级工号',
  '岗位',
  '手机',
  '邮箱',
  '业务技能',
] as const;
export type RosterCsvRow = Partial<Record<(typeof ROSTER_HEADERS)[number], string>>;

/** Sign in on the sign-in page and wait for the home page's welcome. */
export async function signInUi(page: Page, baseUrl: string, username: string, password = 'Seatwise2026') {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-welcome').waitFor();
}

/** GET an /api path with a session from signIn(); the `data` of the answer (throws unless 200). */
export async function apiGet<T>(baseUrl: string, session: { cookie: string }, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text}`);
  return (JSON.parse(text) as { data: T }).data;
}

/** Send a JSON body with a session from signIn() (cookie and CSRF token); the `data` of the answer (throws unless 200). */
export async function apiSend<T>(
  baseUrl: string,
  session: { cookie: string; csrfToken?: string | null },
  method: string,
  path: string,
  body: unknown,
): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { cookie: session.cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken ?? '' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return (JSON.parse(text) as { data: T }).data;
}

/** GET a list path ({ success, data: [...], total }) with a session from signIn(). */
export async function apiList<T>(
  baseUrl: string,
  session: { cookie: string },
  path: string,
): Promise<{ items: T[]; total: number }> {
  const res = await fetch(`${baseUrl}${path}`, { headers: { cookie: session.cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${text}`);
  const body = JSON.parse(text) as { data: T[]; total: number };
  return { items: body.data, total: body.total };
}

/** A UTF-8 CSV (with BOM, as Excel saves it) of the roster headers and these rows. */
export function writeRosterCsv(dir: string, name: string, rows: RosterCsvRow[]): string {
  const cell = (v = '') => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [ROSTER_HEADERS.join(','), ...rows.map((r) => ROSTER_HEADERS.map((h) => cell(r[h])).join(','))];
  const file = join(dir, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
  return file;
}

/** YYYY-MM-DD of `days` days before today (UTC). */
export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
