import { SafetyOutlined } from '@ant-design/icons';
import { Button, Popconfirm } from 'antd';
import { http } from '../../api';
import { showError, showSuccess } from '../../feedback';
import { useT } from '../../i18n';
import type { User } from '../../types';

// The administrator's recovery of a lost phone: turns a user's second sign-in step off (audited).
// Shown on the users page for an account whose `secondStep` is on.
export function ResetTotpButton({
  user,
  onDone,
}: {
  user: Pick<User, 'id' | 'displayName' | 'secondStep'>;
  onDone: () => void;
}) {
  const t = useT();
  if (!user.secondStep) return null;
  const reset = async () => {
    try {
      await http.post(`/users/${encodeURIComponent(user.id)}/reset-totp`, {});
      showSuccess(t('users.actions.totpReset', { name: user.displayName }));
      onDone();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Popconfirm title={t('users.actions.resetTotpConfirm', { name: user.displayName })} onConfirm={reset}>
      <Button type="link" size="small" icon={<SafetyOutlined />} data-testid="user-reset-totp">
        {t('users.actions.resetTotp')}
      </Button>
    </Popconfirm>
  );
}
