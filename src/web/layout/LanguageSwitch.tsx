import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { api } from '../api';
import { showError } from '../feedback';
import { useI18n } from '../i18n';
import { useSession } from '../session';

/** One click between 中文 and English; remembered in the profile once signed in. */
export function LanguageSwitch({ light = false }: { light?: boolean }) {
  const { locale, setLocale, t } = useI18n();
  const { me } = useSession();

  const toggle = async () => {
    const next = locale === 'zh-CN' ? 'en-US' : 'zh-CN';
    setLocale(next);
    if (me) {
      try {
        await api.auth.setLocale(next);
      } catch (err) {
        showError(err);
      }
    }
  };

  return (
    <Button
      type="text"
      icon={<GlobalOutlined />}
      onClick={toggle}
      title={t('common.lang.switchHint')}
      data-testid="lang-switch"
      style={light ? { color: '#fff' } : undefined}
    >
      {t('common.lang.switchTo')}
    </Button>
  );
}
