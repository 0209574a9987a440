import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { showError, showSuccess } from '../feedback';
import { useT } from '../i18n';
import { SECOND_STEP_ROLES } from '../../common/roles';
import { useSession } from '../session';

export function UserMenu({ compact }: { compact: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { me, logout } = useSession();
  if (!me) return null;

  const onClick = async ({ key }: { key: string }) => {
    if (key === 'password' || key === 'security') {
      navigate(key === 'password' ? '/change-password' : '/security');
      return;
    }
    try {
      await logout();
      showSuccess(t('common.userMenu.loggedOut'));
      navigate('/login');
    } catch (err) {
      showError(err);
    }
  };

  const items = [
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="user-menu-password">{t('common.userMenu.changePassword')}</span>,
    },
    // The second sign-in step is offered to the accounts that hold the most (SPEC §1: admin, HR).
    ...(me.roles.some((r) => SECOND_STEP_ROLES.includes(r))
      ? [
          {
            key: 'security',
            icon: <SafetyOutlined />,
            label: <span data-testid="user-menu-security">{t('common.userMenu.security')}</span>,
          },
        ]
      : []),
    { type: 'divider' as const },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: <span data-testid="user-menu-logout">{t('common.userMenu.logout')}</span>,
    },
  ];

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" style={{ paddingInline: 8 }}>
        <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1f6feb' }} />
        {!compact && <span data-testid="user-name">{me.name}</span>}
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
