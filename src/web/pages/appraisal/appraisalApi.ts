import type { QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CycleAdvanceInput,
  CycleCreateInput,
  CycleDetail,
  CycleSummary,
  ExternalImportResult,
  ExternalValueInput,
  ExternalValueRow,
  ManualItemInput,
  RecomputeResult,
  SheetCommentInput,
  SheetDetail,
  SheetRow,
} from '../../../common/appraisal-cycles';
import type { PlanSummaryDto } from '../../../common/appraisal-plans';
import type {
  AppealDecisionInput,
  AppealDetail,
  AppealInput,
  AppealReviewInput,
  AppealSummary,
  BaseBonusInput,
  BonusImportResult,
  BonusTable,
  BonusTeamTotal,
  DistributionData,
  FollowUp,
  FollowUpUpdate,
  GradesData,
  PersonGrade,
  PoolInput,
} from '../../../common/appraisal-results';
import type { Locale } from '../../../common/roles';
import { http, toQueryString, type Query } from '../../api';

// The typed endpoints of 绩效考核 cycles, sheets, appeals, grades and bonus (/api/appraisal);
// the transport is the one client (api.ts). Types come from the zod schemas the server validates with.
export type Cycle = z.infer<typeof CycleSummary>;
export type CycleFull = z.infer<typeof CycleDetail>;
export type Sheet = z.infer<typeof SheetRow>;
export type SheetFull = z.infer<typeof SheetDetail>;
export type SheetItemRow = SheetFull['items'][number];
export type ExternalValue = z.infer<typeof ExternalValueRow>;
export type ExternalResult = z.infer<typeof ExternalImportResult>;
export type Appeal = z.infer<typeof AppealSummary>;
export type AppealFull = z.infer<typeof AppealDetail>;
export type Distribution = z.infer<typeof DistributionData>;
export type Grades = z.infer<typeof GradesData>;
export type Bonus = z.infer<typeof BonusTable>;
export type BonusRow = Bonus['rows'][number];
export type PersonGradeRow = z.infer<typeof PersonGrade>;
export type FollowUpRow = z.infer<typeof FollowUp>;
export type PlanSummary = z.infer<typeof PlanSummaryDto>;

const id = (s: string) => encodeURIComponent(s);
const cycle = (cid: string) => `/appraisal/cycles/${id(cid)}`;
const sheet = (sid: string) => `/appraisal/sheets/${id(sid)}`;
const appeal = (aid: string) => `/appraisal/appeals/${id(aid)}`;
const upload = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return form;
};

/** The cache keys of this area: every read starts with 'appraisal', so a write can refresh them all. */
export const appraisalKey = (...parts: unknown[]): QueryKey => ['appraisal', ...parts];

export const appraisalApi = {
  plans: () => http.list<PlanSummary>('/appraisal/plans', { pageSize: 200 }),
  cycles: (q: Query) => http.list<Cycle>('/appraisal/cycles', q),
  cycle: (cid: string) => http.get<CycleFull>(cycle(cid)),
  createCycle: (body: z.input<typeof CycleCreateInput>) => http.post<CycleFull>('/appraisal/cycles', body),
  advance: (cid: string, body: z.input<typeof CycleAdvanceInput>) =>
    http.post<CycleFull>(`${cycle(cid)}/advance`, body),
  recompute: (cid: string) => http.post<z.infer<typeof RecomputeResult>>(`${cycle(cid)}/recompute`, {}),
  external: (cid: string) => http.get<ExternalValue[]>(`${cycle(cid)}/external`),
  putExternal: (cid: string, body: z.input<typeof ExternalValueInput>) =>
    http.put<ExternalResult>(`${cycle(cid)}/external`, body),
  importExternal: (cid: string, file: File) =>
    http.post<ExternalResult>(`${cycle(cid)}/external/import?code=sales`, upload(file)),

  sheets: (q: Query) => http.list<Sheet>('/appraisal/sheets', q),
  sheet: (sid: string) => http.get<SheetFull>(sheet(sid)),
  setItem: (sid: string, code: string, body: z.input<typeof ManualItemInput>) =>
    http.put<SheetFull>(`${sheet(sid)}/items/${id(code)}`, body),
  comment: (sid: string, body: z.input<typeof SheetCommentInput>) => http.put<SheetFull>(`${sheet(sid)}/comment`, body),
  confirm: (sid: string, version: number) => http.post<SheetFull>(`${sheet(sid)}/confirm`, { version }),

  appeals: (q: Query) => http.list<Appeal>('/appraisal/appeals', q),
  appeal: (aid: string) => http.get<AppealFull>(appeal(aid)),
  fileAppeal: (body: z.input<typeof AppealInput>) => http.post<AppealFull>('/appraisal/appeals', body),
  review: (aid: string, body: z.input<typeof AppealReviewInput>) =>
    http.post<AppealFull>(`${appeal(aid)}/review`, body),
  decide: (aid: string, body: z.input<typeof AppealDecisionInput>) =>
    http.post<AppealFull>(`${appeal(aid)}/decision`, body),

  grades: (cid: string, teamId?: string) => http.get<Grades>(`${cycle(cid)}/grades`, { teamId }),
  distribution: (cid: string) => http.get<Distribution>(`${cycle(cid)}/distribution`),
  bonus: (cid: string) => http.get<Bonus>(`${cycle(cid)}/bonus`),
  putBase: (cid: string, body: z.input<typeof BaseBonusInput>) =>
    http.put<z.infer<typeof BonusImportResult>>(`${cycle(cid)}/base-bonus`, body),
  importBase: (cid: string, file: File) =>
    http.post<z.infer<typeof BonusImportResult>>(`${cycle(cid)}/base-bonus/import`, upload(file)),
  baseTemplateUrl: (cid: string, locale: Locale) =>
    `/api${cycle(cid)}/base-bonus/template.xlsx${toQueryString({ locale })}`,
  putPool: (cid: string, teamId: string, body: z.input<typeof PoolInput>) =>
    http.put<z.infer<typeof BonusTeamTotal>>(`${cycle(cid)}/pools/${id(teamId)}`, body),
  payrollUrl: (cid: string, locale: Locale) => `/api${cycle(cid)}/payroll.xlsx${toQueryString({ locale })}`,
  sheetsXlsxUrl: (cid: string, locale: Locale) => `/api${cycle(cid)}/sheets.xlsx${toQueryString({ locale })}`,
  distributionXlsxUrl: (cid: string, locale: Locale) =>
    `/api${cycle(cid)}/distribution.xlsx${toQueryString({ locale })}`,
  appealsXlsxUrl: (q: { cycleId?: string; status?: string }, locale: Locale) =>
    `/api/appraisal/appeals.xlsx${toQueryString({ ...q, locale })}`,

  followups: (q: Query) => http.list<FollowUpRow>('/appraisal/followups', q),
  followup: (fid: string) => http.get<FollowUpRow>(`/appraisal/followups/${id(fid)}`),
  updateFollowup: (fid: string, body: z.input<typeof FollowUpUpdate>) =>
    http.patch<FollowUpRow>(`/appraisal/followups/${id(fid)}`, body),
  personGrades: (employeeId: string) => http.get<PersonGradeRow[]>(`/appraisal/people/${id(employeeId)}/grades`),
};
