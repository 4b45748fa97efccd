/**
 * One figure of the volumes in a table cell: a Swedish number or percentage, or "–" with the reason
 * read out to screen readers (withheld for a small group, or nothing to take a share of).
 */
import type { VolumeFigure } from '../../../../shared/api/dialogue-volumes.ts';
import { formatNumber } from '../../../platform/format.ts';
import { useLang, useText, type Lang } from '../../../platform/i18n.tsx';
import { volumesText } from './dictionary.ts';

const locales: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const shareFormats = new Map<Lang, Intl.NumberFormat>();

/** 0.802 → "80,2 %" (Swedish, no-break space before the sign) or "80.2%" (English). */
export function formatShare(value: number, lang: Lang = 'sv'): string {
  let format = shareFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    shareFormats.set(lang, format);
  }
  return format.format(value);
}

/** "–" for a withheld figure, "." (as in official statistics: cannot occur) for a share of nobody. */
function Dash({ why, mark }: { why: string; mark: '–' | '.' }) {
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="ds-sr-only">{why}</span>
    </>
  );
}

function useWhy(minGroupSize: number): (figure: VolumeFigure) => string {
  const t = useText(volumesText);
  const { lang } = useLang();
  return (figure) => (figure.suppressed ? t.suppressedCell(formatNumber(minGroupSize, lang)) : t.notApplicable);
}

export function Count({ figure, minGroupSize }: { figure: VolumeFigure; minGroupSize: number }) {
  const { lang } = useLang();
  const why = useWhy(minGroupSize);
  return figure.value === null ? <Dash why={why(figure)} mark={figure.suppressed ? '–' : '.'} /> : <>{formatNumber(figure.value, lang)}</>;
}

export function Share({ figure, minGroupSize }: { figure: VolumeFigure; minGroupSize: number }) {
  const { lang } = useLang();
  const why = useWhy(minGroupSize);
  return figure.value === null ? <Dash why={why(figure)} mark={figure.suppressed ? '–' : '.'} /> : <>{formatShare(figure.value, lang)}</>;
}

/** "174 (80,2 %)"; the count alone when there is no share to show (a withheld count withholds its share too). */
export function CountShare({ count, share, minGroupSize }: { count: VolumeFigure; share: VolumeFigure; minGroupSize: number }) {
  const t = useText(volumesText);
  const { lang } = useLang();
  if (count.value === null || share.value === null) return <Count figure={count} minGroupSize={minGroupSize} />;
  return <>{t.countWithShare(formatNumber(count.value, lang), formatShare(share.value, lang))}</>;
}
