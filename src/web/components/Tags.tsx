import { Tag } from 'antd';
import { useT } from '../i18n';
import type { EmployeeStatus, Role } from '../types';

const STATUS_COLORS: Record<EmployeeStatus, string> = {
  candidate: 'default',
  trainee: 'blue',
  probation: 'cyan',
  regular: 'green',
  key_staff: 'gold',
  team_lead: 'purple',
  eliminated: 'red',
  resigned: 'default',
  dismissed: 'volcano',
};

/** The one way an employment status is shown. */
export function StatusTag({ status }: { status: EmployeeStatus }) {
  const t = useT();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="status-tag" data-status={status}>
      {t(`people.status.${status}`)}
    </Tag>
  );
}

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const t = useT();
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color="geekblue" variant="outlined">
          {t(`common.roles.${r}`)}
        </Tag>
      ))}
    </>
  );
}
