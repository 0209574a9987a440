import type { EmployeeDetailDto, EmployeeSummaryDto } from '../../../common/people.js';

// Rows from employees.repo turned into the API's camelCase shapes.
type SummaryRow = {
  id: string;
  employee_no: string;
  name: string;
  hire_date: string;
  status: string;
  status_since: string;
  team_id: string;
  team_name: string;
  department_id: string;
  department_name: string;
  position: string | null;
};

export const toSummary = (r: SummaryRow): EmployeeSummaryDto => ({
  id: r.id,
  employeeNo: r.employee_no,
  name: r.name,
  hireDate: r.hire_date,
  status: r.status as EmployeeSummaryDto['status'],
  statusSince: r.status_since,
  teamId: r.team_id,
  teamName: r.team_name,
  departmentId: r.department_id,
  departmentName: r.department_name,
  position: r.position,
});

const daysBetween = (from: string, to: string) =>
  Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000));

export function toDetail(
  r: SummaryRow & {
    gender: string | null;
    phone: string | null;
    email: string | null;
    supervisor_id: string | null;
    supervisor_name: string | null;
    skills: string;
    version: number;
    username: string | null;
    created_at: string;
    updated_at: string;
  },
  statuses: {
    id: string;
    from_status: string | null;
    to_status: string;
    effective_date: string;
    reason: string;
    changed_by_name: string | null;
    created_at: string;
  }[],
  teams: {
    id: string;
    from_team_name: string | null;
    to_team_name: string;
    effective_date: string;
    reason: string;
    changed_by_name: string | null;
    created_at: string;
  }[],
  roles: string[],
  today: string, // the center's: tenure counts to today there, or to the exit date
): EmployeeDetailDto {
  const exit = statuses.find(
    (s) => ['eliminated', 'resigned', 'dismissed'].includes(s.to_status) && s.to_status === r.status,
  );
  const end = exit ? exit.effective_date : today;
  return {
    ...toSummary(r),
    gender: r.gender,
    phone: r.phone,
    email: r.email,
    supervisorId: r.supervisor_id,
    supervisorName: r.supervisor_name,
    skills: JSON.parse(r.skills) as string[],
    version: r.version,
    username: r.username,
    roles,
    tenureDays: daysBetween(r.hire_date, end),
    statusHistory: statuses.map((s) => ({
      id: s.id,
      fromStatus: s.from_status as any,
      toStatus: s.to_status as any,
      effectiveDate: s.effective_date,
      reason: s.reason,
      changedBy: s.changed_by_name,
      createdAt: s.created_at,
    })),
    teamHistory: teams.map((t) => ({
      id: t.id,
      fromTeamName: t.from_team_name,
      toTeamName: t.to_team_name,
      effectiveDate: t.effective_date,
      reason: t.reason,
      changedBy: t.changed_by_name,
      createdAt: t.created_at,
    })),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
