/**
 * The frame of one page: its document title, its single h1, and focus moved to that h1 after an
 * in-app navigation so that keyboard and screen-reader users start reading at the new content.
 */
import { Heading } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { platformText } from './dictionary.ts';
import { useText } from './i18n.tsx';

// The first page of a visit keeps the browser's own starting point, so the skip link comes first.
let lastPath: string | null = null;

export function usePageTitle(title: string): void {
  const { appName } = useText(platformText);
  useEffect(() => {
    document.title = title === appName ? appName : `${title} – ${appName}`;
  }, [title, appName]);
}

interface PageProps {
  title: string;
  /** Shown as the h1 when it differs from the document title (e.g. with a tag beside it). */
  heading?: ReactNode;
  /** Short text right under the h1. */
  lead?: ReactNode;
  children?: ReactNode;
}

export function Page({ title, heading, lead, children }: PageProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  usePageTitle(title);

  useEffect(() => {
    // Move focus on a new path, or when the element that had it went away (a loading page replaced).
    const focusLost = document.activeElement === null || document.activeElement === document.body;
    if (lastPath !== null && (lastPath !== pathname || focusLost)) headingRef.current?.focus();
    lastPath = pathname;
  }, [pathname]);

  return (
    <div className="page">
      <Heading level={1} data-size="lg" ref={headingRef} tabIndex={-1} className="page-heading">
        {heading ?? title}
      </Heading>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </div>
  );
}
