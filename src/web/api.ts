import type {
  AuditEntry,
  Department,
  DepartmentInput,
  EmployeeCreateBody,
  EmployeeDetail,
  EmployeePatchBody,
  EmployeeSummary,
  InitialPassword,
  Locale,
  Me,
  Page,
  RosterPreview,
  RosterResult,
  StatusChangeBody,
  TeamInput,
  TeamMoveBody,
  User,
  UserCreateBody,
  UserPatchBody,
} from './types';

// The one client for the API. Every answer is { success:true, data, total? } or
// { success:false, errorCode, errorMessage, field?, params? }; a failure becomes an ApiError.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly field?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | string[] | null | undefined>;
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Envelope<T> {
  data: T;
  total?: number;
}

let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

// The session decides what a 401 or a pending password change means for the screen.
const authHandlers = { unauthorized: () => {}, passwordChangeRequired: () => {} };
export const onAuthProblem = (h: typeof authHandlers) => Object.assign(authHandlers, h);

// The data layer hears of every successful write (it marks cached reads stale).
const writeHandlers: (() => void)[] = [];
export const onWrite = (h: () => void) => {
  writeHandlers.push(h);
};

export function toQueryString(query: Query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

async function send<T>(
  method: Method,
  path: string,
  query?: Query,
  body?: unknown,
  retried = false,
): Promise<Envelope<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }

  let res: Response;
  try {
    res = await fetch(`/api${path}${toQueryString(query)}`, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Network error');
  }
  const json = await res.json().catch(() => null);
  if (json?.success === true) {
    if (method !== 'GET') writeHandlers.forEach((h) => h());
    return json;
  }

  const err =
    json && typeof json.errorCode === 'string'
      ? new ApiError(res.status, json.errorCode, json.errorMessage ?? json.errorCode, json.field, json.params)
      : new ApiError(res.status, 'BAD_RESPONSE', `HTTP ${res.status}`);
  if (err.errorCode === 'CSRF_TOKEN_INVALID' && !retried) {
    // The token in memory is stale (another tab signed in again): fetch the current one once.
    const me = await send<Me>('GET', '/auth/me', undefined, undefined, true);
    setCsrfToken(me.data.csrfToken);
    return send(method, path, query, body, true);
  }
  if (err.errorCode === 'UNAUTHORIZED') authHandlers.unauthorized();
  if (err.errorCode === 'PASSWORD_CHANGE_REQUIRED') authHandlers.passwordChangeRequired();
  throw err;
}

const get = async <T>(path: string, query?: Query) => (await send<T>('GET', path, query)).data;
const list = async <T>(path: string, query?: Query): Promise<Page<T>> => {
  const r = await send<T[]>('GET', path, query);
  return { data: r.data, total: r.total ?? r.data.length };
};
const post = async <T = null>(path: string, body: unknown = {}) => (await send<T>('POST', path, undefined, body)).data;
const patch = async <T = null>(path: string, body: unknown) => (await send<T>('PATCH', path, undefined, body)).data;
const del = async (path: string) => (await send<null>('DELETE', path)).data;
const put = async <T = null>(path: string, body: unknown) => (await send<T>('PUT', path, undefined, body)).data;

/** The same transport for a module's own typed endpoints (e.g. pages/training/trainingApi.ts). */
export const http = { get, list, post, put, patch, del };

const id = (s: string) => encodeURIComponent(s);

export const api = {
  auth: {
    me: () => get<Me>('/auth/me'),
    login: (username: string, password: string) => post<Me>('/auth/login', { username, password }),
    logout: () => post('/auth/logout'),
    setLocale: (locale: Locale) => patch('/auth/me', { locale }),
    changePassword: (currentPassword: string, newPassword: string) =>
      post('/auth/password', { currentPassword, newPassword }),
  },
  employees: {
    list: (q: Query) => list<EmployeeSummary>('/employees', q),
    get: (empId: string) => get<EmployeeDetail>(`/employees/${id(empId)}`),
    create: (body: EmployeeCreateBody) => post<{ id: string }>('/employees', body),
    update: (empId: string, body: EmployeePatchBody) => patch(`/employees/${id(empId)}`, body),
    changeStatus: (empId: string, body: StatusChangeBody) => post(`/employees/${id(empId)}/status`, body),
    move: (empId: string, body: TeamMoveBody) => post(`/employees/${id(empId)}/move`, body),
  },
  org: {
    departments: () => get<Department[]>('/departments'),
    createDepartment: (body: DepartmentInput) => post<{ id: string }>('/departments', body),
    updateDepartment: (depId: string, body: Partial<DepartmentInput>) => patch(`/departments/${id(depId)}`, body),
    deleteDepartment: (depId: string) => del(`/departments/${id(depId)}`),
    createTeam: (body: TeamInput) => post<{ id: string }>('/teams', body),
    updateTeam: (teamId: string, body: Partial<TeamInput>) => patch(`/teams/${id(teamId)}`, body),
    deleteTeam: (teamId: string) => del(`/teams/${id(teamId)}`),
  },
  users: {
    list: (q: Query) => list<User>('/users', q),
    create: (body: UserCreateBody) => post<InitialPassword>('/users', body),
    update: (userId: string, body: UserPatchBody) => patch(`/users/${id(userId)}`, body),
    resetPassword: (userId: string) => post<InitialPassword>(`/users/${id(userId)}/reset-password`, {}),
    unlock: (userId: string) => post(`/users/${id(userId)}/unlock`, {}),
  },
  audit: {
    list: (q: Query) => list<AuditEntry>('/audit', q),
  },
  roster: {
    /** The template in the language the page is shown in (its headers, notes and file name). */
    templateUrl: (format: 'xlsx' | 'csv', locale: string) => `/api/roster/template${toQueryString({ format, locale })}`,
    upload: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return post<RosterPreview>('/roster/imports', form);
    },
    get: (importId: string) => get<RosterPreview>(`/roster/imports/${id(importId)}`),
    commit: (importId: string) => post<RosterResult>(`/roster/imports/${id(importId)}/commit`, {}),
  },
};
