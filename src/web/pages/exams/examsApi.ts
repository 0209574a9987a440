import type { z } from 'zod';
import type {
  AnswerInput,
  AttemptResult,
  AttemptView,
  ExamResultRow,
  GradingTask,
  MyExam,
  SaveResult,
  SubmitResult,
} from '../../../common/exams-attempts';
import type {
  DailyDto,
  DailyInput,
  FollowupDto,
  MyFollowupDto,
  PracticalDto,
  PracticalInput,
  ItemAnalysis,
} from '../../../common/exams-practical';
import type { ExamDto, ExamInput, PaperDto, PaperInput, PaperRule, RuleCheck } from '../../../common/exams-papers';
import type { ImportPreview, QuestionDto, QuestionInput, QuestionVersionDto } from '../../../common/exams-questions';
import { http, type Query } from '../../api';

// The typed endpoints of 考试测评 (issue 4); the transport is the one client (api.ts).
export type Question = z.infer<typeof QuestionDto>;
export type QuestionVersion = z.infer<typeof QuestionVersionDto>;
export type QuestionIn = z.input<typeof QuestionInput>;
export type Preview = z.infer<typeof ImportPreview>;
export type Paper = z.infer<typeof PaperDto>;
export type PaperIn = z.input<typeof PaperInput>;
export type Rule = z.infer<typeof PaperRule>;
export type Check = z.infer<typeof RuleCheck>;
export type Exam = z.infer<typeof ExamDto>;
export type ExamIn = z.input<typeof ExamInput>;
export type Mine = z.infer<typeof MyExam>;
export type Attempt = z.infer<typeof AttemptView>;
export type Answer = z.infer<typeof AnswerInput>;
export type Result = z.infer<typeof AttemptResult>;
export type Task = z.infer<typeof GradingTask>;
export type ResultRow = z.infer<typeof ExamResultRow>;
export type Analysis = z.infer<typeof ItemAnalysis>;
export type Followup = z.infer<typeof FollowupDto>;
export type MyFollowup = z.infer<typeof MyFollowupDto>;
export type Practical = z.infer<typeof PracticalDto>;
export type PracticalIn = z.input<typeof PracticalInput>;
export type Daily = z.infer<typeof DailyDto>;
export type DailyIn = z.input<typeof DailyInput>;
export interface Examinee {
  employeeId: string;
  employeeNo: string;
  name: string;
  teamName: string;
}

const id = (s: string) => encodeURIComponent(s);

export const examsApi = {
  questions: (q: Query) => http.list<Question>('/exams/questions', q),
  question: (qid: string) => http.get<Question>(`/exams/questions/${id(qid)}`),
  createQuestion: (body: QuestionIn) => http.post<{ id: string }>('/exams/questions', body),
  updateQuestion: (qid: string, body: QuestionIn & { version: number }) =>
    http.put<{ version: number }>(`/exams/questions/${id(qid)}`, body),
  questionVersions: (qid: string) => http.get<QuestionVersion[]>(`/exams/questions/${id(qid)}/versions`),
  archiveQuestion: (qid: string, archived: boolean) => http.post(`/exams/questions/${id(qid)}/archive`, { archived }),
  importFile: (file: File, format?: string) => {
    const form = new FormData();
    if (format) form.append('format', format);
    form.append('file', file);
    return http.post<Preview>('/exams/questions/imports', form);
  },
  importProgress: (pid: string) =>
    http.get<{ state: 'idle' | 'committing' | 'committed'; written: number; total: number }>(
      `/exams/questions/imports/${id(pid)}/progress`,
    ),
  commitImport: (pid: string) =>
    http.post<{ created: number; questionIds: string[] }>(`/exams/questions/imports/${id(pid)}/commit`, {}),
  papers: () => http.get<Paper[]>('/exams/papers'),
  createPaper: (body: PaperIn) => http.post<{ id: string }>('/exams/papers', body),
  checkRules: (rules: Rule[]) => http.post<Check[]>('/exams/papers/check', { rules }),
  exams: () => http.get<Exam[]>('/exams'),
  exam: (eid: string) => http.get<Exam>(`/exams/${id(eid)}`),
  createExam: (body: ExamIn) => http.post<{ id: string }>('/exams', body),
  examinees: (eid: string) => http.get<Examinee[]>(`/exams/${id(eid)}/examinees`),
  graders: () => http.get<{ userId: string; name: string }[]>('/exams/graders'),
  setGraders: (eid: string, userIds: string[]) => http.put(`/exams/${id(eid)}/graders`, { userIds }),
  setExaminees: (eid: string, body: { employeeIds: string[]; teamIds: string[] }) =>
    http.put<{ count: number }>(`/exams/${id(eid)}/examinees`, body),
  open: (eid: string) => http.post(`/exams/${id(eid)}/open`, {}),
  close: (eid: string) => http.post(`/exams/${id(eid)}/close`, {}),
  release: (eid: string) => http.post(`/exams/${id(eid)}/release`, {}),
  results: (eid: string) => http.get<ResultRow[]>(`/exams/${id(eid)}/results`),
  itemAnalysis: (eid: string) => http.get<Analysis>(`/exams/${id(eid)}/item-analysis`),
  my: () => http.get<Mine[]>('/exams/my'),
  start: (eid: string) => http.post<Attempt>(`/exams/${id(eid)}/attempts`, {}),
  attempt: (aid: string) => http.get<Attempt>(`/exams/attempts/${id(aid)}`),
  save: (aid: string, qid: string, body: Answer) =>
    http.put<z.infer<typeof SaveResult>>(`/exams/attempts/${id(aid)}/answers/${id(qid)}`, body),
  submit: (aid: string) => http.post<z.infer<typeof SubmitResult>>(`/exams/attempts/${id(aid)}/submit`, {}),
  result: (aid: string) => http.get<Result>(`/exams/attempts/${id(aid)}/result`),
  queue: (q: Query) => http.get<Task[]>('/exams/grading/queue', q),
  grade: (itemId: string, body: { score: number; comment?: string; reason?: string }) =>
    http.put<{ attemptScore: number | null; pendingInAttempt: number }>(`/exams/grading/items/${id(itemId)}`, body),
  practical: (eid: string) => http.get<Practical[]>(`/exams/${id(eid)}/practical-scores`),
  scorePractical: (eid: string, body: PracticalIn) =>
    http.post<{ id: string; total: number; passed: boolean }>(`/exams/${id(eid)}/practical-scores`, body),
  dailyPrefill: (employeeId: string, date: string) =>
    http.get<{
      periodStart: string;
      periodEnd: string;
      weeks: number;
      attendance: number | null;
      /** The daily quizzes' suggestion (drills.quizCountsInAttitude); null: none. */
      attitude?: number | null;
    }>('/exams/daily/prefill', { employeeId, date }),
  daily: (q: Query) => http.list<Daily>('/exams/daily', q),
  createDaily: (body: DailyIn) => http.post<{ id: string }>('/exams/daily', body),
  myPractical: () => http.get<Practical[]>('/exams/my/practical'),
  myDaily: () => http.get<Daily[]>('/exams/my/daily'),
  myFollowups: () => http.get<MyFollowup[]>('/exams/my/followups'),
  followups: (q: Query) => http.list<Followup>('/exams/followups', q),
  talk: (fid: string, body: { at: string; notes: string; feedback: string; version: number }) =>
    http.post(`/exams/followups/${id(fid)}/talk`, body),
  plan: (fid: string, body: { plan: string; dueDate: string; version: number }) =>
    http.post(`/exams/followups/${id(fid)}/plan`, body),
  closeFollowup: (fid: string, version: number) => http.post(`/exams/followups/${id(fid)}/close`, { version }),
};
