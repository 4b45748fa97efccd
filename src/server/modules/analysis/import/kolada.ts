/**
 * Kolada data answers (`/data/kpi/…`): `values` is a list of { kpi, municipality (or ou), period,
 * values: [{ gender T/K/M, count, status, value }] }. Only the total (gender T) is read. A
 * municipality's value belongs to the municipal organiser of that municipality; the country (`0000`)
 * and organisational units (`ou`, from `/oudata`) are skipped and counted. KPI ids are mapped to
 * catalogue measures by kolada-kpis.ts. Kolada's `count` is the number of observations behind a
 * value, not of children or pupils, so it is not used as n. Rows marked `isdeleted` are left out.
 */
import { jsonPlace, type ProblemLog } from '../../registry/import/problems.ts';
import { markerChoices, parseMarker, parseYear, shown } from './fields.ts';
import { isObj } from './json.ts';
import { KOLADA_KPIS } from './kolada-kpis.ts';
import type { ReaderInput, ReaderOutput, ValueField } from './types.ts';

const COUNTRY = '0000';

export function readKolada(root: unknown, input: ReaderInput, out: ReaderOutput): void {
  const { log } = input;
  const list = Array.isArray(root) ? root : isObj(root) && Array.isArray(root.values) ? root.values : null;
  const prefix = Array.isArray(root) ? '' : 'values';
  if (list === null) {
    log.add(jsonPlace('values'), 'väntade en lista "values" med Koladas värden');
    return;
  }
  if (list.length === 0) log.add(jsonPlace(prefix), 'svaret innehåller inga värden');
  const reportedKpis = new Set<string>();
  list.forEach((entry: unknown, i: number) => {
    const path = `${prefix}[${i}]`;
    if (!isObj(entry)) return void log.add(jsonPlace(path), 'väntade ett objekt med "kpi", "municipality", "period" och "values"');
    if (entry.isdeleted === true) return;
    const kpi = typeof entry.kpi === 'string' ? entry.kpi.trim() : '';
    if (kpi === '') return void log.add(jsonPlace(`${path}.kpi`), 'nyckeltalets id ("kpi") saknas');
    if (typeof entry.ou === 'string' && entry.ou.trim() !== '') {
      out.skippedUnits++;
      return;
    }
    const municipality = typeof entry.municipality === 'string' ? entry.municipality.trim() : '';
    if (municipality === COUNTRY) {
      out.skippedCountry++;
      return;
    }
    const mapping = KOLADA_KPIS[kpi];
    if (!mapping) {
      if (!reportedKpis.has(kpi)) {
        reportedKpis.add(kpi);
        log.add(jsonPlace(`${path}.kpi`), `nyckeltalet ${shown(kpi)} motsvarar inget mått i kvalitetssystemet; kända nyckeltal är`
          + ` ${Object.keys(KOLADA_KPIS).join(', ')}`);
      }
      return;
    }
    if (!/^\d{4}$/.test(municipality)) {
      return void log.add(jsonPlace(`${path}.municipality`), `kommunkoden ska ha fyra siffror (${shown(String(entry.municipality ?? ''))})`);
    }
    const year = parseYear(String(entry.period ?? ''));
    if (year === undefined) return void log.add(jsonPlace(`${path}.period`), `perioden ska vara ett år (${shown(String(entry.period ?? ''))})`);
    const total = totalValue(entry.values, `${path}.values`, log);
    if (!total) return;
    const places: Record<ValueField, string> = {
      organiser: `${path}.municipality`, schoolForm: `${path}.kpi`, measure: `${path}.kpi`, year: `${path}.period`,
      value: `${total.path}.value`, n: `${total.path}.count`, row: path,
    };
    out.rows.push({
      organiser: { kind: 'municipality', code: municipality },
      schoolForm: mapping.schoolForm,
      measureKey: mapping.measureKey,
      year,
      value: total.value,
      status: total.status,
      n: null,
      at: (field) => jsonPlace(places[field]),
    });
  });
}

/** The gender-T entry of `values`, or undefined after logging why there is none. */
function totalValue(raw: unknown, path: string, log: ProblemLog) {
  if (!Array.isArray(raw)) return void log.add(jsonPlace(path), 'väntade en lista med värden per kön');
  const index = raw.findIndex((v) => isObj(v) && v.gender === 'T');
  if (index < 0) return void log.add(jsonPlace(path), 'värdet för totalt (gender "T") saknas');
  const entry = raw[index] as Record<string, unknown>;
  const at = `${path}[${index}]`;
  const status = typeof entry.status === 'string' ? entry.status.trim() : '';
  const marker = parseMarker(status);
  if (entry.value === null || entry.value === undefined) return { path: at, value: null, status: marker ?? ('.' as const) };
  if (typeof entry.value !== 'number' || !Number.isFinite(entry.value)) {
    return void log.add(jsonPlace(`${at}.value`), `värdet ska vara ett tal eller null (${shown(String(entry.value))})`);
  }
  // A marker wins over a number: a suppressed value is never stored, nor turned into zero.
  if (marker) return { path: at, value: null, status: marker };
  if (/^[.-]+$/.test(status)) {
    return void log.add(jsonPlace(`${at}.status`), `okänd markering ${shown(status)}; kända markeringar är ${markerChoices}`);
  }
  return { path: at, value: entry.value, status: null };
}
