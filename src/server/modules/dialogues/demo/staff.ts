/**
 * The dialogue leaders and coordinators: fixed pairs (one Skolverket and one SPSM leader at the same
 * office), growing from 20 pairs at the start in August 2022 to 28 in 2025, plus two coordinators per
 * agency, about 30 people per agency in 2025. The demo personas Karin Lindqvist and Johan Bergström
 * are the first pair at Göteborg; Maria Ekholm is Skolverket's coordinator at Solna.
 */
import type { DialogueAgency } from '../../../../shared/dialogues.ts';
import type { OfficeCode } from '../../../../shared/offices.ts';
import { personName, slug } from '../../demo/names.ts';
import { PERSONAS } from '../../demo/personas.ts';
import type { Random } from '../../demo/random.ts';
import { dayOf } from './calendar.ts';
import type { LeaderTeam, StaffMember } from './types.ts';

/** New pairs per office and start date, roughly by each area's dialogues; with its coordinators Solna, the head office, has the most staff. */
const TEAM_PLAN: { from: string; teams: Partial<Record<OfficeCode, number>> }[] = [
  { from: '2022-08-15', teams: { solna: 5, orebro: 5, goteborg: 4, malmo: 3, harnosand: 2, lulea: 1 } },
  { from: '2023-01-09', teams: { solna: 1, orebro: 1, goteborg: 1, malmo: 1 } },
  { from: '2024-09-02', teams: { solna: 1, orebro: 1, malmo: 1, lulea: 1 } },
];

const COORDINATORS: { agency: DialogueAgency; officeCode: OfficeCode }[] = [
  { agency: 'skolverket', officeCode: 'solna' },
  { agency: 'skolverket', officeCode: 'goteborg' },
  { agency: 'spsm', officeCode: 'solna' },
  { agency: 'spsm', officeCode: 'orebro' },
];

const LOAD_WINDOW_DAYS = 183;

const persona = (id: string) => PERSONAS.find((p) => p.id === id)!;
const DOMAIN: Record<DialogueAgency, string> = { skolverket: 'skolverket.example', spsm: 'spsm.example' };

export interface Staffing { staff: StaffMember[]; teams: LeaderTeam[] }

export function buildStaff(random: Random): Staffing {
  const taken = new Set(PERSONAS.map((p) => p.name));
  const freshName = (): string => {
    let name = personName(random);
    while (taken.has(name)) name = personName(random);
    taken.add(name);
    return name;
  };
  const staff: StaffMember[] = [];
  const counters: Record<DialogueAgency, number> = { skolverket: 0, spsm: 0 };
  const member = (agency: DialogueAgency, officeCode: OfficeCode, role: StaffMember['role'], activeFrom: string, personaId: string | null, teamKey: string | null) => {
    const name = personaId ? persona(personaId).name : freshName();
    const key = `${role === 'leader' ? 'ledare' : 'samordnare'}-${agency === 'skolverket' ? 'sv' : 'spsm'}-${String(++counters[agency]).padStart(2, '0')}`;
    const email = personaId ? `${personaId}@demo.kvalitetsnav.example` : `${slug(name, '.')}@${DOMAIN[agency]}`;
    staff.push({ key, name, email, agency, officeCode, role, personaId, activeFrom, teamKey });
    return key;
  };

  const teams: LeaderTeam[] = [];
  const perOffice = new Map<OfficeCode, number>();
  for (const stage of TEAM_PLAN) {
    for (const [office, count] of Object.entries(stage.teams) as [OfficeCode, number][]) {
      for (let i = 0; i < count; i++) {
        const number = (perOffice.get(office) ?? 0) + 1;
        perOffice.set(office, number);
        const key = `par-${office}-${number}`;
        const personas = office === 'goteborg' && number === 1;
        teams.push({
          key, officeCode: office, activeFrom: stage.from,
          skolverketKey: member('skolverket', office, 'leader', stage.from, personas ? 'ledare-skolverket' : null, key),
          spsmKey: member('spsm', office, 'leader', stage.from, personas ? 'ledare-spsm' : null, key),
        });
      }
    }
  }
  COORDINATORS.forEach((c, i) => member(c.agency, c.officeCode, 'coordinator', TEAM_PLAN[0]!.from, i === 0 ? 'samordnare' : null, null));
  return { staff, teams };
}

/**
 * Gives each new dialogue to the active pair of the office with the fewest dialogues given out in the
 * last half year (a pair that has just started takes its share, not every new dialogue).
 */
export function createTeamPicker(teams: readonly LeaderTeam[]): (officeCode: OfficeCode, day: number) => LeaderTeam {
  const given = new Map<string, number[]>(teams.map((t) => [t.key, []]));
  const load = (key: string, day: number) => given.get(key)!.filter((d) => d > day - LOAD_WINDOW_DAYS).length;
  return (officeCode, day) => {
    const active = teams.filter((t) => t.officeCode === officeCode && dayOf(t.activeFrom) <= day);
    if (active.length === 0) throw new Error(`Inget aktivt dialogpar vid kontoret ${officeCode}.`);
    let best = active[0]!;
    for (const t of active) if (load(t.key, day) < load(best.key, day)) best = t;
    given.get(best.key)!.push(day);
    return best;
  };
}
