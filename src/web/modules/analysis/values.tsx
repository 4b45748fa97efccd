/** How values of the analysis basis read: units, small-n marks and hidden groups. */
import type { YearValue } from '../../../shared/api/analysis.ts';
import type { Lang } from '../../platform/i18n.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { analysisText } from './dictionary.ts';

export function formatMeasure(value: number, unit: string, lang: Lang): string {
  const locale = lang === 'sv' ? 'sv-SE' : 'en-GB';
  const digits = unit === 'sek' || unit === 'count' ? 0 : 1;
  const text = new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
  if (unit === 'percent') return `${text} %`;
  if (unit === 'sek') return `${text} kr`;
  return text;
}

export function YearCell({ value, unit }: { value: YearValue; unit: string }) {
  const t = useText(analysisText);
  const { lang } = useLang();
  if (value.value === null) {
    const why = value.status === 'suppressed' ? t.suppressed : value.status === 'confidential' ? t.confidential : t.missing;
    return <><span aria-hidden="true">{value.status === 'confidential' ? '..' : '–'}</span><span className="ds-sr-only">{why}</span></>;
  }
  return (
    <>
      {formatMeasure(value.value, unit, lang)}
      {value.status === 'uncertain' ? <><span aria-hidden="true">*</span><span className="ds-sr-only"> ({t.uncertain})</span></> : null}
    </>
  );
}

export function GroupCell({ group, unit }: { group: { value: number | null; organisers: number; suppressed: boolean }; unit: string }) {
  const t = useText(analysisText);
  const { lang } = useLang();
  if (group.suppressed || group.value === null) return <><span aria-hidden="true">–</span><span className="ds-sr-only">{t.smallGroup}</span></>;
  return <span title={t.organisersInGroup(group.organisers)}>{formatMeasure(group.value, unit, lang)}</span>;
}
