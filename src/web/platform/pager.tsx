/** "Visar 1–25 av 2 803" with previous and next; the count is a live region so changes are announced. */
import { Button } from '@digdir/designsystemet-react';
import { platformText } from './dictionary.ts';
import { formatNumber } from './format.ts';
import { useLang, useText } from './i18n.tsx';
import { LiveStatus, Loading } from './status.tsx';

export interface PageWindow {
  offset: number;
  limit: number;
  total: number;
}

/** The "from–to of total" text, or the no-results text. */
export function useRangeText(): (window: PageWindow) => string {
  const t = useText(platformText);
  const { lang } = useLang();
  return ({ offset, limit, total }) => {
    if (total === 0) return t.noResults;
    const to = Math.min(offset + limit, total);
    return t.showing(formatNumber(offset + 1, lang), formatNumber(to, lang), formatNumber(total, lang));
  };
}

/** Announces loading, then the range shown. */
export function ResultStatus({ window, loading, loadingLabel }: { window: PageWindow | undefined; loading: boolean; loadingLabel: string }) {
  const rangeText = useRangeText();
  return (
    <LiveStatus className="result-status">
      {loading || !window ? <Loading label={loadingLabel} /> : rangeText(window)}
    </LiveStatus>
  );
}

interface PagerProps {
  window: PageWindow;
  onPage: (page: number) => void;
}

export function Pager({ window, onPage }: PagerProps) {
  const t = useText(platformText);
  const { lang } = useLang();
  const page = Math.floor(window.offset / window.limit) + 1;
  const pages = Math.max(1, Math.ceil(window.total / window.limit));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t.pagerLabel} className="pager">
      <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.previousPage}
      </Button>
      <span className="pager-position">{t.pageOf(formatNumber(page, lang), formatNumber(pages, lang))}</span>
      <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.nextPage}
      </Button>
    </nav>
  );
}
