import { Descriptions, Space, Tag, type DescriptionsProps } from 'antd';
import { Link } from 'react-router';
import { RoleTags, StatusTag } from '../../components/Tags';
import { useT } from '../../i18n';
import type { EmployeeDetail, Role } from '../../types';

export function PersonInfo({ person: p }: { person: EmployeeDetail }) {
  const t = useT();
  const none = t('common.none');
  const gender = p.gender === 'male' || p.gender === 'female' ? t(`people.gender.${p.gender}`) : none;

  const items: DescriptionsProps['items'] = [
    { key: 'no', label: t('people.fields.employeeNo'), children: <span className="sw-mono">{p.employeeNo}</span> },
    { key: 'name', label: t('people.fields.name'), children: p.name },
    { key: 'gender', label: t('people.fields.gender'), children: gender },
    { key: 'org', label: t('people.fields.departmentTeam'), children: `${p.departmentName} / ${p.teamName}` },
    {
      key: 'supervisor',
      label: t('people.fields.supervisor'),
      children: p.supervisorId ? <Link to={`/people/${p.supervisorId}`}>{p.supervisorName}</Link> : none,
    },
    {
      key: 'status',
      label: t('people.fields.status'),
      children: (
        <Space size={4}>
          <StatusTag status={p.status} />
          <span>{t('people.since', { date: p.statusSince })}</span>
        </Space>
      ),
    },
    { key: 'hire', label: t('people.fields.hireDate'), children: p.hireDate },
    { key: 'tenure', label: t('people.fields.tenure'), children: t('people.tenureDays', { days: p.tenureDays }) },
    { key: 'position', label: t('people.fields.position'), children: p.position ?? none },
    {
      key: 'skills',
      label: t('people.fields.skills'),
      children: p.skills.length ? p.skills.map((s) => <Tag key={s}>{s}</Tag>) : none,
    },
    { key: 'phone', label: t('people.fields.phone'), children: p.phone || none },
    { key: 'email', label: t('people.fields.email'), children: p.email || none },
    {
      key: 'account',
      label: t('people.fields.account'),
      span: 'filled',
      children: p.username ? (
        <Space wrap size={4}>
          <span className="sw-mono">{p.username}</span>
          <RoleTags roles={p.roles as Role[]} />
        </Space>
      ) : (
        t('people.person.noAccount')
      ),
    },
  ];
  return <Descriptions column={{ xs: 1, sm: 2 }} size="small" items={items} data-testid="person-info" />;
}
