/** Entry point of the web client: styles, language, session, routes. */
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './platform/layout.css';
import './platform/components.css';
import './modules/access/access.css';
import './modules/registry/registry.css';
import './modules/catalogue/catalogue.css';
import './modules/selfassessment/selfassessment.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { AuthProvider } from './platform/auth.tsx';
import { LanguageProvider } from './platform/i18n.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <LanguageProvider>
      <AuthProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AuthProvider>
    </LanguageProvider>
  </StrictMode>,
);
