/** Access module of the web client: signing in with a demo persona, the role-based start, and the API keys. */
export { ApiKeysPage } from './api-keys-page.tsx';
export { SignInPage } from './sign-in-page.tsx';
export { StartPage } from './start-page.tsx';
