/** Access module of the web client: signing in with a demo persona and the role-based start. */
export { SignInPage } from './sign-in-page.tsx';
export { StartPage } from './start-page.tsx';
