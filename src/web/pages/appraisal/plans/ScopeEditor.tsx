import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Select, Space, Table, Typography } from 'antd';
import { POSITION_TYPES, type PositionTypeName } from '../../../../common/appraisal-plans';
import { TeamSelect } from '../../../components/OrgPickers';
import { useDepartments } from '../../../components/useDepartments';
import { useT } from '../../../i18n';
import type { Content } from './plansApi';

type Team = Content['teams'][number];

/** 覆盖团队: the teams in scope, each with the position type whose KPI set scores it. */
export function ScopeEditor({
  teams,
  departmentId,
  known,
  disabled,
  onChange,
}: {
  teams: Team[];
  departmentId: string | null;
  /** Team names from the plan itself (a reader may not see every team of the center). */
  known: Record<string, { name: string; departmentName: string }>;
  disabled: boolean;
  onChange: (teams: Team[]) => void;
}) {
  const t = useT();
  const { departments } = useDepartments();
  // A department's plan offers that department's teams only (the server refuses others).
  const offered = departmentId ? departments.filter((d) => d.id === departmentId) : departments;
  const update = (i: number, team: Team) => onChange(teams.map((x, j) => (j === i ? team : x)));
  const taken = new Set(teams.map((x) => x.teamId));
  const teamNames = new Map(Object.entries(known).map(([id, x]) => [id, `${x.departmentName} / ${x.name}`]));
  const firstFree = offered.flatMap((d) => d.teams).find((x) => !taken.has(x.id));
  return (
    <>
      <Typography.Paragraph type="secondary">{t('appraisalPlans.scope.hint')}</Typography.Paragraph>
      <Table<Team>
        size="small"
        rowKey={(x, i) => `${x.teamId}-${i}`}
        pagination={false}
        dataSource={teams}
        locale={{ emptyText: t('appraisalPlans.scope.empty') }}
        data-testid="scope-table"
        columns={[
          {
            title: t('appraisalPlans.scope.team'),
            render: (_, x, i) =>
              disabled ? (
                (teamNames.get(x.teamId) ?? x.teamId)
              ) : (
                <TeamSelect
                  departments={offered}
                  value={x.teamId}
                  onChange={(teamId) => update(i, { ...x, teamId })}
                  style={{ width: 260 }}
                  data-testid={`scope-${i}-team`}
                />
              ),
          },
          {
            title: t('appraisalPlans.scope.positionType'),
            width: 180,
            render: (_, x, i) => (
              <Select
                value={x.positionType}
                disabled={disabled}
                style={{ width: 150 }}
                onChange={(positionType: PositionTypeName) => update(i, { ...x, positionType })}
                options={POSITION_TYPES.map((p) => ({ value: p, label: t(`appraisalPlans.positionTypes.${p}`) }))}
                data-testid={`scope-${i}-type`}
              />
            ),
          },
          ...(disabled
            ? []
            : [
                {
                  width: 48,
                  render: (_: unknown, __: Team, i: number) => (
                    <Button
                      size="small"
                      type="text"
                      icon={<DeleteOutlined />}
                      aria-label={t('appraisalPlans.kpiSets.remove')}
                      onClick={() => onChange(teams.filter((_, j) => j !== i))}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!disabled && firstFree && (
        <Space style={{ marginTop: 8 }}>
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => onChange([...teams, { teamId: firstFree.id, positionType: 'inbound' }])}
            data-testid="scope-add"
          >
            {t('appraisalPlans.scope.add')}
          </Button>
        </Space>
      )}
    </>
  );
}
