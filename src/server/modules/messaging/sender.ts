/**
 * Delivers the outbox through SMTP (nodemailer) when SMTP_URL is set. Messages wait in the table, so
 * a restart loses nothing; a failed attempt is retried with back-off and marked failed after the
 * last one. Without SMTP the messages stay queued and administrators see them in the outbox.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Database } from '../../platform/db/database.ts';
import { claimDue, markAttemptFailed, markSent } from './repository.ts';

const MAX_ATTEMPTS = 5;
const BATCH = 20;
const LEASE_MS = 2 * 60_000;
const backoffMs = (attempt: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempt);

export interface MailTransport {
  sendMail(message: {
    from: string; to: { name: string; address: string }; subject: string; text: string;
    icalEvent?: { method: string; filename: string; content: string };
  }): Promise<unknown>;
}

export const smtpTransport = (url: string): Transporter => nodemailer.createTransport(url);

/** Sends what is due now; answers how many were sent and how many failed. */
export async function deliverDue(db: Database, transport: MailTransport, from: string, now = new Date()): Promise<{ sent: number; failed: number }> {
  const result = { sent: 0, failed: 0 };
  // No transaction is held open while talking to the mail server: the claim leases the rows instead.
  const claimed = await db.transaction((tx) => claimDue(tx, now, new Date(now.getTime() + LEASE_MS), BATCH));
  for (const message of claimed) {
    try {
      await transport.sendMail({
        from, to: { name: message.toName, address: message.toAddress }, subject: message.subject, text: message.bodyText,
        ...(message.calendar ? { icalEvent: message.calendar } : {}),
      });
      await db.transaction((tx) => markSent(tx, message.id, new Date()));
      result.sent += 1;
    } catch (error) {
      const attempt = message.attempts + 1;
      const retryAt = attempt < MAX_ATTEMPTS ? new Date(now.getTime() + backoffMs(attempt)) : null;
      await db.transaction((tx) => markAttemptFailed(tx, message.id, error instanceof Error ? error.message : String(error), retryAt));
      result.failed += 1;
    }
  }
  return result;
}

/** Polls the outbox while the application runs. */
export class MailSender {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private readonly db: Database;
  private readonly transport: MailTransport;
  private readonly from: string;
  private readonly intervalMs: number;

  constructor(db: Database, transport: MailTransport, from: string, intervalMs = 5_000) {
    this.db = db;
    this.transport = transport;
    this.from = from;
    this.intervalMs = intervalMs;
  }

  start(onError: (error: unknown) => void): void {
    const tick = () => {
      this.running = deliverDue(this.db, this.transport, this.from).catch(onError).finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.intervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
