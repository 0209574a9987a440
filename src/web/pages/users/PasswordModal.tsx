import { Modal, Typography } from 'antd';
import { useT } from '../../i18n';

/** An initial or reset password, shown once to be copied. */
export function PasswordModal({
  shown,
  onClose,
}: {
  shown: { name: string; password: string; reset: boolean } | null;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Modal
      open={!!shown}
      title={t('users.password.title')}
      onCancel={onClose}
      onOk={onClose}
      okText={t('common.actions.close')}
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
    >
      {shown && (
        <>
          <Typography.Paragraph>
            {t(shown.reset ? 'users.password.resetHint' : 'users.password.createdHint', { name: shown.name })}
          </Typography.Paragraph>
          <Typography.Paragraph
            copyable={{ text: shown.password }}
            className="sw-mono"
            style={{ fontSize: 20 }}
            data-testid="initial-password"
          >
            {shown.password}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
