/** Messaging module of the web client: the outbox. */
export { OutboxPage } from './outbox-page.tsx';
