/** Loading, live announcements and error messages, the same on every page. */
import { Alert, Paragraph, Spinner } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { ApiError } from './api.ts';
import { platformText } from './dictionary.ts';
import { useText } from './i18n.tsx';

/**
 * A polite live region: result counts, loading and confirmations are announced without moving
 * focus. It must be on the page before its text changes, so render it always and vary the content.
 */
export function LiveStatus({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div role="status" className={className ?? 'live-status'}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }) {
  const t = useText(platformText);
  return (
    <span className="loading">
      <Spinner aria-hidden="true" data-size="sm" />
      <span>{label ?? t.loading}</span>
    </span>
  );
}

/** The Swedish (or English) message of a failure the client produced itself, else the server's. */
export function useErrorMessage(): (error: ApiError) => string {
  const t = useText(platformText);
  return (error) => {
    if (error.code === 'network') return t.networkError;
    if (error.code === 'unexpected_response') return t.unexpectedResponse(error.status);
    return error.message;
  };
}

interface ErrorAlertProps {
  error: ApiError;
  /** Replaces the message, e.g. a clearer text for a version conflict. */
  message?: ReactNode;
  /** Announce at once: for errors that answer something the user just did. */
  announce?: boolean;
  children?: ReactNode;
}

export function ErrorAlert({ error, message, announce, children }: ErrorAlertProps) {
  const t = useText(platformText);
  const messageOf = useErrorMessage();
  return (
    <Alert data-color="danger" role={announce ? 'alert' : undefined} className="error-alert">
      <Paragraph>{message ?? messageOf(error)}</Paragraph>
      {error.details.length > 0 ? (
        <ul className="error-details">
          {error.details.map((detail, index) => (
            <li key={`${detail.path}-${index}`}>
              {detail.line !== undefined ? `${t.line(detail.line)}, ` : ''}
              {detail.field ?? detail.path ? <strong>{detail.field ?? detail.path}: </strong> : null}
              {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
      {children}
    </Alert>
  );
}
