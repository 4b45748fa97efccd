/**
 * One figure of the volumes in a table cell: a Swedish number or percentage, or "–" with the reason
 * read out to screen readers (withheld for a small group, or nothing to take a share of).
 */
import type { VolumeFigure } from '../../../../shared/api/dialogue-volumes.ts';
import { formatNumber, formatShare } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { volumesText } from './dictionary.ts';

/** "–" for a withheld figure, "." (as in official statistics: cannot occur) for a share of nobody. */
export function Dash({ why, mark }: { why: string; mark: '–' | '.' }) {
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
