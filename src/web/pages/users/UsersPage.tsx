import { keys } from '../../query/keys';
import { EditOutlined, KeyOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ROLES } from '../../../common/roles';
import { api } from '../../api';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { RoleTags } from '../../components/Tags';
import { useTableQuery } from '../../components/useTableQuery';
import { showError, showSuccess } from '../../feedback';
import { localTime, testId } from '../../format';
import { useT } from '../../i18n';
import type { User } from '../../types';
import { ResetTotpButton } from '../security/ResetTotpButton';
import { PasswordModal } from './PasswordModal';
import { UserFormModal } from './UserFormModal';

type Shown = { name: string; password: string; reset: boolean };

const isLocked = (user: User) => !!user.lockedUntil && Date.parse(user.lockedUntil) > Date.now();

function UserState({ user }: { user: User }) {
  const t = useT();
  const locked = isLocked(user);
  return (
    <Space size={4} wrap>
      {user.disabled ? (
        <Tag color="red">{t('users.state.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('users.state.active')}</Tag>
      )}
      {locked && <Tag color="orange">{t('users.state.locked')}</Tag>}
      {user.mustChangePassword && <Tag color="gold">{t('users.state.mustChange')}</Tag>}
      {user.secondStep && <Tag color="blue">{t('users.state.secondStep')}</Tag>}
    </Space>
  );
}

export default function UsersPage() {
  const t = useT();
  const list = useTableQuery(keys.users('list'), api.users.list);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);

  const reset = async (user: User) => {
    try {
      const r = await api.users.resetPassword(user.id);
      setShown({ name: user.displayName, password: r.initialPassword, reset: true });
      list.reload();
    } catch (err) {
      showError(err);
    }
  };

  const unlock = async (user: User) => {
    try {
      await api.users.unlock(user.id);
      showSuccess(t('users.actions.unlocked', { name: user.displayName }));
      list.reload();
    } catch (err) {
      showError(err);
    }
  };

  const columns: TableColumnsType<User> = [
    {
      title: t('users.fields.username'),
      dataIndex: 'username',
      key: 'username',
      render: (v: string) => <span className="sw-mono">{v}</span>,
    },
    { title: t('users.fields.displayName'), dataIndex: 'displayName', key: 'displayName' },
    {
      title: t('users.fields.roles'),
      dataIndex: 'roles',
      key: 'roles',
      render: (_, u) => <RoleTags roles={u.roles} />,
    },
    {
      title: t('people.fields.employeeNo'),
      dataIndex: 'employeeNo',
      key: 'employeeNo',
      responsive: ['lg'],
      render: (v: string | null) => v ?? t('common.none'),
    },
    {
      title: t('users.fields.locale'),
      dataIndex: 'locale',
      key: 'locale',
      responsive: ['xl'],
      render: (v: User['locale']) => t(`users.localeNames.${v}`),
    },
    { title: t('users.fields.state'), key: 'state', render: (_, u) => <UserState user={u} /> },
    {
      title: t('users.fields.createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      responsive: ['xl'],
      render: localTime,
    },
    {
      key: 'actions',
      fixed: 'right',
      render: (_, u) => (
        <Space size={0}>
          <Button
            type="link"
            size="small"
            icon={<EditOutlined />}
            onClick={() => setEditing(u)}
            data-testid="user-edit"
          >
            {t('common.actions.edit')}
          </Button>
          <Popconfirm
            title={t('users.actions.resetConfirm', { name: u.displayName })}
            onConfirm={() => reset(u)}
            okText={t('common.actions.ok')}
            cancelText={t('common.actions.cancel')}
          >
            <Button type="link" size="small" icon={<KeyOutlined />} data-testid="user-reset-password">
              {t('users.actions.resetPassword')}
            </Button>
          </Popconfirm>
          <ResetTotpButton user={u} onDone={list.reload} />
          {isLocked(u) && (
            <Popconfirm
              title={t('users.actions.unlockConfirm', { name: u.displayName })}
              onConfirm={() => unlock(u)}
              okText={t('common.actions.ok')}
              cancelText={t('common.actions.cancel')}
            >
              <Button type="link" size="small" icon={<UnlockOutlined />} data-testid="user-unlock">
                {t('users.actions.unlock')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="users-add">
            {t('users.add')}
          </Button>
        }
      />
      <div className="sw-toolbar sw-filters">
        <SearchBox
          value={list.get('q')}
          onSearch={(q) => list.update({ q })}
          placeholder={t('users.search')}
          data-testid="users-search"
        />
        <Select
          allowClear
          placeholder={t('users.roleFilter')}
          value={list.get('role')}
          onChange={(role?: string) => list.update({ role })}
          options={ROLES.map((r) => ({ value: r, label: t(`common.roles.${r}`) }))}
          style={{ minWidth: 160 }}
        />
      </div>
      <Table<User>
        columns={columns}
        onRow={(u) => ({ ...testId('user-row'), 'data-username': u.username }) as object}
        {...list.tableProps}
      />
      {editing && (
        <UserFormModal
          user={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={list.reload}
          onCreated={(name, password) => setShown({ name, password, reset: false })}
        />
      )}
      <PasswordModal shown={shown} onClose={() => setShown(null)} />
    </>
  );
}
