import { App as AntApp } from 'antd';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { bindMessages } from './feedback';
import { I18nProvider } from './i18n';
import { AppRoutes } from './routes';
import { SessionProvider } from './session';
import './styles.css';

/** Lets code outside components (the error helper) show antd messages with the app's theme. */
function MessageBinder() {
  const { message } = AntApp.useApp();
  useEffect(() => bindMessages(message), [message]);
  return null;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <AntApp>
        <MessageBinder />
        <BrowserRouter>
          <SessionProvider>
            <AppRoutes />
          </SessionProvider>
        </BrowserRouter>
      </AntApp>
    </I18nProvider>
  </StrictMode>,
);
