/**
 * Kolada KPIs the import knows, each mapped to a catalogue measure and the school form it describes.
 * Kolada reports per municipality, so its values belong to the municipal organiser. The ids come
 * from public lists of Kolada's education KPIs; check them against Kolada's own `/kpi/{id}` metadata
 * (title, and "kommunal regi" rather than "hemkommun" where the organiser is meant) before relying on
 * them in production, and add a row here for each further KPI to import.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';

export interface KoladaKpi {
  measureKey: string;
  schoolForm: SchoolForm;
  /** Kolada's title, for the reader of this table. */
  title: string;
}

export const KOLADA_KPIS: Readonly<Record<string, KoladaKpi>> = {
  N11008: { measureKey: 'cond.kostnad-per-barn', schoolForm: 'forskola', title: 'Kostnad förskola, kr/inskrivet barn' },
  N11102: { measureKey: 'ind.fsk.barn-per-arsarbetare', schoolForm: 'forskola', title: 'Barn per årsarbetare, förskola' },
  N11701: { measureKey: 'ind.fsk.barngruppsstorlek', schoolForm: 'forskola', title: 'Barn per barngrupp i förskola, antal' },
  N15005: { measureKey: 'cond.kostnad-per-elev', schoolForm: 'grundskola', title: 'Kostnad grundskola, kr/elev' },
  N15030: { measureKey: 'cond.elever-per-larare', schoolForm: 'grundskola', title: 'Elever/lärare (årsarbetare) i grundskolan, kommunal regi, antal' },
  N17005: { measureKey: 'cond.kostnad-per-elev', schoolForm: 'gymnasieskola', title: 'Kostnad gymnasieskola, kr/elev' },
};
