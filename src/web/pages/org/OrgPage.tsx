import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../access';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { PageSpin } from '../../components/Results';
import { useDepartments } from '../../components/useDepartments';
import { showError, showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import type { Department, Team } from '../../types';
import { OrgDialogModal, type OrgDialog } from './OrgDialogs';

export default function OrgPage() {
  const t = useT();
  const writable = useCan()('org.write');
  const { departments, loading, reload } = useDepartments();
  const [dialog, setDialog] = useState<OrgDialog | null>(null);

  const remove = async (work: Promise<unknown>) => {
    try {
      await work;
      showSuccess(t('common.deleted'));
      reload();
    } catch (err) {
      showError(err);
    }
  };

  const deleteButton = (title: string, onConfirm: () => Promise<void>, id: string) => (
    <Popconfirm
      title={title}
      onConfirm={onConfirm}
      okText={t('common.actions.delete')}
      cancelText={t('common.actions.cancel')}
    >
      <Button
        type="text"
        size="small"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('common.actions.delete')}
        data-testid={`delete-${id}`}
      />
    </Popconfirm>
  );

  const teamColumns = [
    {
      dataIndex: 'name',
      key: 'name',
      render: (name: string, team: Team) => (
        <Link to={`/people?departmentId=${team.departmentId}&teamId=${team.id}`}>{name}</Link>
      ),
    },
    { dataIndex: 'code', key: 'code', render: (c: string) => <span className="sw-mono">{c}</span> },
    {
      dataIndex: 'headcount',
      key: 'headcount',
      align: 'right' as const,
      render: (n: number) => t('people.org.headcount', { n }),
    },
    ...(writable
      ? [
          {
            key: 'actions',
            width: 80,
            render: (_: unknown, team: Team) => (
              <Space size={0}>
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={t('common.actions.edit')}
                  onClick={() => setDialog({ kind: 'team', team })}
                />
                {deleteButton(
                  t('people.org.deleteTeam', { name: team.name }),
                  () => remove(api.org.deleteTeam(team.id)),
                  team.id,
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];

  const departmentActions = (d: Department) => (
    <Space size={0}>
      <Button
        type="text"
        size="small"
        icon={<PlusOutlined />}
        onClick={() => setDialog({ kind: 'team', departmentId: d.id })}
      >
        {t('people.org.addTeam')}
      </Button>
      <Button
        type="text"
        size="small"
        icon={<EditOutlined />}
        aria-label={t('common.actions.edit')}
        onClick={() => setDialog({ kind: 'department', department: d })}
      />
      {deleteButton(
        t('people.org.deleteDepartment', { name: d.name }),
        () => remove(api.org.deleteDepartment(d.id)),
        d.id,
      )}
    </Space>
  );

  return (
    <>
      <PageHeader
        title={t('people.org.title')}
        extra={
          writable && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: 'department' })}
              data-testid="org-add-department"
            >
              {t('people.org.addDepartment')}
            </Button>
          )
        }
      />
      {loading && !departments.length ? (
        <PageSpin />
      ) : (
        <Row gutter={[16, 16]}>
          {departments.map((d) => (
            <Col key={d.id} xs={24} lg={12} xxl={8}>
              <Card
                data-testid="org-department"
                title={
                  <Space wrap>
                    <span>{d.name}</span>
                    <Tag className="sw-mono">{d.code}</Tag>
                  </Space>
                }
                extra={
                  writable ? (
                    departmentActions(d)
                  ) : (
                    <Typography.Text type="secondary">{t('people.org.headcount', { n: d.headcount })}</Typography.Text>
                  )
                }
              >
                {writable && (
                  <Typography.Paragraph type="secondary">
                    {t('people.org.teams', { n: d.teams.length })} · {t('people.org.headcount', { n: d.headcount })}
                  </Typography.Paragraph>
                )}
                {d.teams.length ? (
                  <Table<Team>
                    rowKey="id"
                    size="small"
                    pagination={false}
                    dataSource={d.teams}
                    columns={teamColumns}
                    showHeader={false}
                  />
                ) : (
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('people.org.noTeams')} />
                )}
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {dialog && (
        <OrgDialogModal dialog={dialog} departments={departments} onClose={() => setDialog(null)} onSaved={reload} />
      )}
    </>
  );
}
