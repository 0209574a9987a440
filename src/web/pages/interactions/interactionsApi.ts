import { http, toQueryString, type Query } from '../../api';

// Typed calls of the interactions, imports and KPI APIs (server: modules/interactions; /api/docs).
// Durations are seconds; rates are fractions 0–1 or null when there is nothing to divide by.

export type ImportState = 'queued' | 'running' | 'done' | 'failed';
export interface ImportDetail {
  id: string;
  state: ImportState;
  format: 'template' | 'asterisk' | 'mapping';
  mappingName: string | null;
  fileName: string;
  bytesTotal: number;
  bytesRead: number;
  percent: number;
  secondsLeft: number | null;
  rowsRead: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  /** Asterisk: what the file holds (0 for other formats). */
  calls: number;
  legs: number;
  transfers: number;
  attempts: number;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  rejectReasons?: { code: string; n: number }[];
}
export interface DefaultTeam {
  from: string;
  to: string;
  teamId: string | null;
  name: string | null;
  hasInteractions: boolean;
}
export interface RejectParams {
  field?: string;
  value?: string;
  max?: number;
  count?: number;
  line?: number;
}
export interface RejectRow {
  line: number;
  code: string;
  message: string;
  raw: string;
  params: RejectParams | null;
}
export type Direction = 'in' | 'out';
export type Channel = 'voice' | 'chat' | 'email' | 'ticket';
export type Delimiter = ',' | ';' | '\t' | '|';
/** One field an import fills (server: import.fields.ts), for the column-mapping screen. */
export interface ImportField {
  key: string;
  zh: string;
  en: string;
  required: boolean;
  hint: string;
  aliases: string[];
}
export interface ColumnMapping {
  hasHeader: boolean;
  delimiter: Delimiter;
  /** Field key → header text (hasHeader) or 1-based column number. */
  columns: Record<string, string | number>;
  defaults?: { direction?: Direction; channel?: Channel; businessType?: string };
}
export interface SavedMapping {
  name: string;
  description: string | null;
  mapping?: ColumnMapping;
  updatedAt?: string;
}
export interface MappingSave {
  name: string;
  description?: string | null;
  mapping: ColumnMapping;
}

export interface Figures {
  offered: number;
  handled: number;
  talkSeconds: number;
  holdSeconds: number;
  wrapSeconds: number;
  ahtSeconds: number | null;
  fcrYes: number;
  fcrKnown: number;
  fcrRate: number | null;
  csatSum: number;
  csatCount: number;
  csatAverage: number | null;
  slWithin: number;
  slOffered: number;
  serviceLevel: number | null;
}
export type DayFigures = Figures & { day: string };
export interface DailyKpis {
  from: string;
  to: string;
  name: string;
  businessType: string | null;
  channel: string | null;
  serviceLevelSeconds: number;
  businessTypes: string[];
  total: Figures;
  days: DayFigures[];
  /** While past days are recounted after a change of the service-level threshold. */
  serviceLevelRecount: { seconds: number; daysDone: number; daysTotal: number | null } | null;
}
export type AgentFigures = Figures & { employeeId: string; employeeNo: string; name: string; status: string };
export interface TeamAgentKpis {
  from: string;
  to: string;
  name: string;
  agents: AgentFigures[];
  total: Figures;
}

export interface Interaction {
  id: string;
  agentId: string;
  agentName: string;
  employeeNo: string;
  startedAt: string;
  day: string;
  direction: Direction;
  channel: Channel;
  businessType: string;
  queue: string | null;
  answered: boolean;
  talkSeconds: number;
  holdSeconds: number;
  wrapSeconds: number;
  handleSeconds: number;
  queueWaitSeconds: number | null;
  fcr: boolean | null;
  csat: number | null;
  customerRef: string | null;
  recordingUrl: string | null;
  transcriptUrl: string | null;
}

const id = (s: string) => encodeURIComponent(s);

export const interactionsApi = {
  templateUrl: (format: 'csv' | 'xlsx', lang: 'zh' | 'en') =>
    `/api/interactions/template${toQueryString({ format, lang })}`,
  rejectsReportUrl: (importId: string) => `/api/interactions/imports/${id(importId)}/rejects.xlsx`,
  upload: (file: File, format: string) => {
    const form = new FormData();
    form.append('format', format); // before the file: the server reads the fields in order
    form.append('file', file);
    return http.post<ImportDetail>('/interactions/imports', form);
  },
  imports: (q: Query) => http.list<ImportDetail>('/interactions/imports', q),
  import: (importId: string) => http.get<ImportDetail>(`/interactions/imports/${id(importId)}`),
  retry: (importId: string) => http.post<ImportDetail>(`/interactions/imports/${id(importId)}/retry`, {}),
  rejects: (importId: string, q: Query) => http.list<RejectRow>(`/interactions/imports/${id(importId)}/rejects`, q),
  mappings: () => http.get<SavedMapping[]>('/interactions/mappings'),
  fields: () => http.get<{ fields: ImportField[]; asteriskColumns: string[] }>('/interactions/fields'),
  saveMapping: (body: MappingSave) => http.post<{ name: string; created: boolean }>('/interactions/mappings', body),
  deleteMapping: (name: string) => http.del(`/interactions/mappings/${id(name)}`),
  agentDaily: (employeeId: string, q: Query) => http.get<DailyKpis>(`/kpis/agents/${id(employeeId)}/daily`, q),
  /** The team the team KPI page opens on when none is named (null: the caller may see no team). */
  defaultTeam: (q: { from: string; to: string }) => http.get<DefaultTeam>('/kpis/teams/default', q),
  teamDaily: (teamId: string, q: Query) => http.get<DailyKpis>(`/kpis/teams/${id(teamId)}/daily`, q),
  teamAgents: (teamId: string, q: Query) => http.get<TeamAgentKpis>(`/kpis/teams/${id(teamId)}/agents`, q),
  list: (q: Query) => http.list<Interaction>('/interactions', q),
};
