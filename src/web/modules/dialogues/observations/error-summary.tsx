/**
 * An error summary for a form the user just tried to send: it takes focus, lists each problem and
 * moves focus to the field when a problem is chosen. The links do not change the address: the
 * survey page keeps its signed link after `#`, which a fragment link would overwrite.
 */
import { Alert, Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';

export interface SummaryProblem {
  /** The id of the control to move focus to. */
  targetId: string;
  message: string;
}

interface Props {
  heading: string;
  problems: readonly SummaryProblem[];
  /** Raised on every attempt, so that a repeated attempt moves focus to the summary again. */
  attempt: number;
  /** One below the heading of the section the form is in. */
  level?: 2 | 3 | 4;
}

export function ErrorSummary({ heading, problems, attempt, level = 2 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [attempt, problems.length]);
  if (problems.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-summary">
      <Alert data-color="danger">
        <Heading level={level} data-size="xs">{heading}</Heading>
        <ul>
          {problems.map((p) => (
            <li key={`${p.targetId}-${p.message}`}>
              <a href={`#${p.targetId}`} onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(p.targetId);
                target?.scrollIntoView({ block: 'center' });
                target?.focus();
              }}>{p.message}</a>
            </li>
          ))}
        </ul>
      </Alert>
    </div>
  );
}
