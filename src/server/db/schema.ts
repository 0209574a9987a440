import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { AppraisalCyclesDatabase } from './schema-appraisal-cycles.js';
import type { AppraisalPlansDatabase } from './schema-appraisal-plans.js';
import type { AppraisalRemindersDatabase } from './schema-appraisal-reminders.js';
import type { AppraisalResultsDatabase } from './schema-appraisal-results.js';
import type { AttendanceRostersDatabase } from './schema-attendance-rosters.js';
import type { AttendanceClockDatabase } from './schema-attendance-clock.js';
import type { AttendanceLeaveDatabase } from './schema-attendance-leave.js';
import type { AttendanceSwapsDatabase } from './schema-attendance-swaps.js';
import type { AttendanceStaffingDatabase } from './schema-attendance-staffing.js';
import type { DrillsDatabase } from './schema-drills.js';
import type { DrillsPracticeDatabase } from './schema-drills-practice.js';
import type { DrillsErrorsDatabase } from './schema-drills-errors.js';
import type { DrillsQuizDatabase } from './schema-drills-quiz.js';
import type { MentoringPoolDatabase } from './schema-mentoring-pool.js';
import type { CareersDatabase } from './schema-careers.js';
import type { CareersPanelDatabase } from './schema-careers-panel.js';
import type { CareersRoutinesDatabase } from './schema-careers-routines.js';
import type { CareersLevelsDatabase } from './schema-careers-levels.js';
import type { AnalyticsDatabase } from './schema-analytics.js';
import type { AnalyticsWarningsDatabase } from './schema-analytics-warnings.js';
import type { AnalyticsLevelsDatabase } from './schema-analytics-levels.js';
import type { CalendarDatabase } from './schema-calendar.js';
import type { DisciplineDatabase } from './schema-discipline.js';
import type { EliminationDatabase } from './schema-elimination.js';
import type { EvaluationDatabase } from './schema-evaluation.js';
import type { ExamsDatabase } from './schema-exams.js';
import type { InteractionsDatabase } from './schema-interactions.js';
import type { QualityDatabase } from './schema-quality.js';
import type { QualityCalibrationDatabase } from './schema-quality-calibration.js';
import type { QualitySamplingDatabase } from './schema-quality-sampling.js';
import type { QualityFeedbackDatabase } from './schema-quality-feedback.js';
import type { SecurityDatabase } from './schema-security.js';
import type { TrainingDatabase } from './schema-training.js';

// Timestamps are ISO-8601 UTC text; calendar dates are 'YYYY-MM-DD' text; booleans are 0/1
// integers. The same representation on SQLite and PostgreSQL keeps one code path.

export interface DepartmentTable {
  id: string;
  code: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface TeamTable {
  id: string;
  department_id: string;
  code: string;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface EmployeeTable {
  id: string;
  employee_no: string;
  name: string;
  gender: string | null;
  phone: string | null;
  email: string | null;
  hire_date: string;
  team_id: string;
  supervisor_id: string | null;
  status: string;
  status_since: string;
  position: string | null;
  skills: string; // JSON array of business lines the person is certified for
  version: number;
  created_at: string;
  updated_at: string;
}

export interface EmployeeStatusHistoryTable {
  id: string;
  employee_id: string;
  from_status: string | null;
  to_status: string;
  effective_date: string;
  reason: string;
  changed_by: string | null;
  created_at: string;
}

export interface EmployeeTeamHistoryTable {
  id: string;
  employee_id: string;
  from_team_id: string | null;
  to_team_id: string;
  effective_date: string;
  reason: string;
  changed_by: string | null;
  created_at: string;
}

export interface UserTable {
  id: string;
  username: string;
  password_hash: string;
  employee_id: string | null;
  display_name: string;
  locale: string;
  must_change_password: number;
  failed_attempts: number;
  locked_until: string | null;
  /** Locks in a row since the last good sign-in: each doubles the next (auth.lockMaxMinutes caps it). */
  lock_count: Generated<number>;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface UserRoleTable {
  user_id: string;
  role: string;
}

export interface SessionTable {
  id: string; // sha256 of the cookie token; the token itself is never stored
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
}

export interface SettingTable {
  key: string;
  value: string; // JSON
  updated_at: string;
  updated_by: string | null;
}

export interface RosterImportTable {
  id: string;
  created_by: string;
  file_name: string;
  status: string; // previewed | committed | discarded
  row_count: number;
  error_count: number;
  rows: string; // JSON: the parsed rows, validated, as they will be written
  errors: string; // JSON: [{ line, field, code, message }]
  created_at: string;
  committed_at: string | null;
}

export interface Database
  extends
    AppraisalCyclesDatabase,
    AppraisalPlansDatabase,
    AppraisalResultsDatabase,
    AppraisalRemindersDatabase,
    AttendanceRostersDatabase,
    AttendanceClockDatabase,
    AttendanceLeaveDatabase,
    AttendanceSwapsDatabase,
    AttendanceStaffingDatabase,
    CalendarDatabase,
    DisciplineDatabase,
    DrillsDatabase,
    DrillsPracticeDatabase,
    DrillsErrorsDatabase,
    DrillsQuizDatabase,
    MentoringPoolDatabase,
    CareersDatabase,
    CareersPanelDatabase,
    CareersRoutinesDatabase,
    CareersLevelsDatabase,
    AnalyticsDatabase,
    AnalyticsWarningsDatabase,
    AnalyticsLevelsDatabase,
    EliminationDatabase,
    EvaluationDatabase,
    ExamsDatabase,
    InteractionsDatabase,
    QualityDatabase,
    QualityCalibrationDatabase,
    QualityFeedbackDatabase,
    QualitySamplingDatabase,
    SecurityDatabase,
    TrainingDatabase {
  departments: DepartmentTable;
  teams: TeamTable;
  employees: EmployeeTable;
  employee_status_history: EmployeeStatusHistoryTable;
  employee_team_history: EmployeeTeamHistoryTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  audit_log: AuditLogTable;
  settings: SettingTable;
  roster_imports: RosterImportTable;
}

export type Employee = Selectable<EmployeeTable>;
export type NewEmployee = Insertable<EmployeeTable>;
export type EmployeeUpdate = Updateable<EmployeeTable>;
export type User = Selectable<UserTable>;
export type Generatedish<T> = Generated<T>;
