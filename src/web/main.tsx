import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { queryClient } from './query/client';
import { bindMessages } from './feedback';
import { I18nProvider, loadMessages, startLocale } from './i18n';
import { AppRoutes } from './routes';
import { SessionProvider } from './session';
import './styles.css';

/** Lets code outside components (the error helper) show antd messages with the app's theme. */
function MessageBinder() {
  const { message } = AntApp.useApp();
  useEffect(() => bindMessages(message), [message]);
  return null;
}

// The first render needs the current language's messages (their own chunk, see i18n.tsx).
await loadMessages(startLocale());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <AntApp>
        <MessageBinder />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <AppRoutes />
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </I18nProvider>
  </StrictMode>,
);
