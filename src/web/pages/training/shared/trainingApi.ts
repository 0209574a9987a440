import { http, type Query } from '../../../api';
import type * as T from './types';

// Typed endpoints of /api/training/* (issue 3) on the app's one client (api.ts `http`): the same
// errors, CSRF and sign-in handling as every other call.

const { get, list, post, put, patch, del } = http;
const id = (s: string) => encodeURIComponent(s);
const P = '/training';
type Created = { id: string };

export const trainingApi = {
  courses: {
    list: (q: Query = {}) => list<T.Course>(`${P}/courses`, q),
    get: (courseId: string) => get<T.Course>(`${P}/courses/${id(courseId)}`),
    create: (body: T.CourseBody) => post<Created>(`${P}/courses`, body),
    update: (courseId: string, body: T.CourseBody & { version: number }) => put(`${P}/courses/${id(courseId)}`, body),
    materials: (courseId: string) => get<T.Material[]>(`${P}/courses/${id(courseId)}/materials`),
    addMaterial: (courseId: string, body: T.MaterialBody) =>
      post<Created>(`${P}/courses/${id(courseId)}/materials`, body),
  },
  materials: {
    update: (materialId: string, body: T.MaterialBody) => put(`${P}/materials/${id(materialId)}`, body),
    complete: (materialId: string) => post<{ completedAt: string }>(`${P}/materials/${id(materialId)}/complete`),
    completions: (materialId: string) => get<T.Completion[]>(`${P}/materials/${id(materialId)}/completions`),
    due: (q: Query = {}) => get<T.DueMaterial[]>(`${P}/materials/due`, q),
  },
  trainers: {
    list: (q: Query = {}) => list<T.Trainer>(`${P}/trainers`, q),
    create: (body: T.TrainerBody) => post<Created>(`${P}/trainers`, body),
    update: (trainerId: string, body: T.TrainerBody & { version: number }) =>
      put(`${P}/trainers/${id(trainerId)}`, body),
  },
  cohorts: {
    list: () => get<T.Cohort[]>(`${P}/cohorts`),
    get: (cohortId: string) => get<T.CohortDetail>(`${P}/cohorts/${id(cohortId)}`),
  },
  plans: {
    list: (q: Query = {}) => list<T.Plan>(`${P}/plans`, q),
    get: (planId: string) => get<T.Plan>(`${P}/plans/${id(planId)}`),
    create: (body: T.PlanBody) => post<Created>(`${P}/plans`, body),
    update: (planId: string, body: T.PlanBody & { version: number }) => put(`${P}/plans/${id(planId)}`, body),
    repeat: (planId: string) => post<Created>(`${P}/plans/${id(planId)}/repeat`),
  },
  sessions: {
    list: (q: Query) => get<T.Session[]>(`${P}/sessions`, q),
    get: (sessionId: string) => get<T.SessionDetail>(`${P}/sessions/${id(sessionId)}`),
    check: (body: T.ClashCheck) => post<T.Clash[]>(`${P}/sessions/check`, body),
    create: (body: T.SessionBody) => post<Created>(`${P}/sessions`, body),
    update: (sessionId: string, body: T.SessionPatch) => patch(`${P}/sessions/${id(sessionId)}`, body),
    cancel: (sessionId: string, reason: string) => post(`${P}/sessions/${id(sessionId)}/cancel`, { reason }),
    enrol: (sessionId: string, body: { employeeIds?: string[]; cohortIds?: string[] }) =>
      post<{ added: number; alreadyEnrolled: number }>(`${P}/sessions/${id(sessionId)}/enrolments`, body),
    unenrol: (sessionId: string, employeeId: string) =>
      del(`${P}/sessions/${id(sessionId)}/enrolments/${id(employeeId)}`),
    attendance: (sessionId: string, records: T.AttendanceRecord[]) =>
      put<{ recorded: number }>(`${P}/sessions/${id(sessionId)}/attendance`, { records }),
    requestLeave: (sessionId: string, reason: string) =>
      post<{ id: string; late: boolean }>(`${P}/sessions/${id(sessionId)}/leave`, { reason }),
    feedback: (sessionId: string, body: T.FeedbackBody) =>
      post<Created>(`${P}/sessions/${id(sessionId)}/feedback`, body),
  },
  leave: {
    list: (q: Query) => list<T.Leave>(`${P}/leave`, q),
    decide: (leaveId: string, decision: 'approve' | 'refuse', note: string | null) =>
      post(`${P}/leave/${id(leaveId)}/decision`, { decision, note }),
    withdraw: (leaveId: string) => post(`${P}/leave/${id(leaveId)}/withdraw`),
  },
  feedback: {
    mine: () => get<T.Feedback[]>(`${P}/feedback/mine`),
    list: (q: Query) => get<T.FeedbackItem[]>(`${P}/feedback`, q),
    summary: (by: 'course' | 'trainer') => get<T.FeedbackRollup[]>(`${P}/feedback/summary`, { by }),
  },
  records: {
    get: (employeeId: string) => get<T.TrainingRecord>(`${P}/records/${id(employeeId)}`),
    exportUrl: (employeeId: string, locale: string) =>
      `/api${P}/records/${id(employeeId)}/export.xlsx?locale=${encodeURIComponent(locale)}`,
    addCertificate: (employeeId: string, body: T.CertificateBody) =>
      post<Created>(`${P}/records/${id(employeeId)}/certificates`, body),
  },
  attendanceScore: (q: Query) => get<T.AttendanceScore>(`${P}/attendance-score`, q),
  surveys: {
    list: (q: Query = {}) => list<T.Survey>(`${P}/surveys`, q),
    get: (surveyId: string) => get<T.Survey>(`${P}/surveys/${id(surveyId)}`),
    create: (body: T.SurveyBody) => post<Created>(`${P}/surveys`, body),
    mine: () => get<T.MySurvey[]>(`${P}/surveys/mine`),
    answer: (surveyId: string, answers: Record<string, T.AnswerValue>) =>
      post(`${P}/surveys/${id(surveyId)}/answers`, { answers }),
    close: (surveyId: string) => post(`${P}/surveys/${id(surveyId)}/close`),
    summary: (surveyId: string) => get<T.SurveySummary>(`${P}/surveys/${id(surveyId)}/summary`),
  },
  mentoring: {
    list: (q: Query = {}) => list<T.Assignment>(`${P}/mentoring/assignments`, q),
    assign: (body: T.AssignmentBody) => post<Created>(`${P}/mentoring/assignments`, body),
    replace: (assignmentId: string, mentorId: string, reason: string) =>
      post<Created>(`${P}/mentoring/assignments/${id(assignmentId)}/replace`, { mentorId, reason }),
    end: (assignmentId: string, reason: string, endDate?: string) =>
      post(`${P}/mentoring/assignments/${id(assignmentId)}/end`, { reason, endDate }),
    logHours: (assignmentId: string, body: { date: string; hours: number; note?: string | null }) =>
      post<T.HoursResult>(`${P}/mentoring/assignments/${id(assignmentId)}/hours`, body),
    log: (assignmentId: string, date?: string) =>
      get<T.DailyLog>(`${P}/mentoring/assignments/${id(assignmentId)}/log`, { date }),
    addProblem: (assignmentId: string, date: string, description: string) =>
      post<Created>(`${P}/mentoring/assignments/${id(assignmentId)}/problems`, { date, description }),
    closeProblem: (problemId: string, resolution: string) =>
      post(`${P}/mentoring/problems/${id(problemId)}/close`, { resolution }),
    rate: (assignmentId: string, score: number, comment: string | null) =>
      post(`${P}/mentoring/assignments/${id(assignmentId)}/rating`, { score, comment }),
    mentors: () => get<T.MentorRollup[]>(`${P}/mentoring/mentors`),
  },
  warnings: {
    list: (unread = false) => get<T.Warning[]>(`${P}/warnings`, { unread: String(unread) }),
    read: (warningId: string) => post(`${P}/warnings/${id(warningId)}/read`),
  },
};
