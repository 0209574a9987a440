import { keys } from '../../query/keys';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { EMPLOYEE_STATUSES } from '../../../common/roles';
import { useCan } from '../../access';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { OrgCascader } from '../../components/OrgPickers';
import { SearchBox } from '../../components/SearchBox';
import { StatusTag } from '../../components/Tags';
import { useDepartments } from '../../components/useDepartments';
import { useTableQuery } from '../../components/useTableQuery';
import { testId } from '../../format';
import { useT } from '../../i18n';
import type { EmployeeSummary } from '../../types';
import { EmployeeFormModal } from './EmployeeFormModal';

export default function PeoplePage() {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  const { departments } = useDepartments();
  const list = useTableQuery(keys.people('list'), api.employees.list, { arrays: ['status'] });
  const [adding, setAdding] = useState(false);

  const columns: TableColumnsType<EmployeeSummary> = [
    {
      title: t('people.fields.employeeNo'),
      dataIndex: 'employeeNo',
      key: 'employeeNo',
      sorter: true,
      sortOrder: list.sortOrder('employeeNo'),
      width: 110,
    },
    {
      title: t('people.fields.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      sortOrder: list.sortOrder('name'),
      width: 110,
    },
    { title: t('people.fields.department'), dataIndex: 'departmentName', key: 'department', responsive: ['md'] },
    { title: t('people.fields.team'), dataIndex: 'teamName', key: 'team', responsive: ['sm'] },
    {
      title: t('people.fields.position'),
      dataIndex: 'position',
      key: 'position',
      responsive: ['lg'],
      render: (v) => v ?? t('common.none'),
    },
    {
      title: t('people.fields.status'),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: list.sortOrder('status'),
      render: (_, r) => <StatusTag status={r.status} />,
    },
    {
      title: t('people.fields.hireDate'),
      dataIndex: 'hireDate',
      key: 'hireDate',
      sorter: true,
      sortOrder: list.sortOrder('hireDate'),
      responsive: ['sm'],
    },
  ];

  return (
    <>
      <PageHeader
        title={t('people.list.title')}
        extra={
          can('people.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="people-add">
              {t('people.list.add')}
            </Button>
          )
        }
      />
      <div className="sw-toolbar sw-filters">
        <SearchBox
          value={list.get('q')}
          onSearch={(q) => list.update({ q })}
          placeholder={t('people.list.search')}
          data-testid="people-search"
        />
        <OrgCascader
          departments={departments}
          departmentId={list.get('departmentId')}
          teamId={list.get('teamId')}
          onChange={(departmentId, teamId) => list.update({ departmentId, teamId })}
          placeholder={t('people.list.orgFilter')}
          data-testid="people-org-filter"
        />
        <Select
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={t('people.list.statusFilter')}
          value={list.getAll('status')}
          onChange={(status: string[]) => list.update({ status })}
          options={EMPLOYEE_STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}`) }))}
          style={{ minWidth: 200 }}
          data-testid="people-status-filter"
        />
      </div>
      <Table<EmployeeSummary>
        columns={columns}
        rowClassName={() => 'sw-clickable-row'}
        onRow={(r) =>
          ({
            onClick: () => navigate(`/people/${r.id}`),
            ...testId('people-row'),
            'data-employee-no': r.employeeNo,
          }) as object
        }
        {...list.tableProps}
      />
      <EmployeeFormModal
        open={adding}
        departments={departments}
        onClose={() => setAdding(false)}
        onSaved={(id) => navigate(`/people/${id}`)}
      />
    </>
  );
}
