/**
 * Invented but well-formed organisation numbers. The first digits follow the real legal-form groups
 * (2 public bodies and faith communities, 5 limited companies, 7 economic associations, 8 non-profit
 * associations and foundations, 9 partnerships) so that the demo looks right to people who know
 * the registers; the remaining digits are drawn at random and end in a correct Luhn check digit.
 */
import { luhnCheckDigit, orgNumberProblem } from '../../../shared/org-number.ts';
import type { OrganiserKind } from '../../../shared/organiser.ts';
import type { Random } from './random.ts';

/** Leading digits per legal form; the generator fills the rest of the first nine digits. */
const PREFIXES: Record<OrganiserKind, readonly string[]> = {
  kommun: ['212000'],
  region: ['232100'],
  stat: ['202100'],
  aktiebolag: ['5560', '5565', '5567', '5568', '5569', '5590', '5591', '5592', '5593', '5594'],
  ekonomisk_forening: ['7164', '7696', '7697', '7698', '7699'],
  ideell_forening: ['8020', '8024', '8025', '8026', '8027'],
  stiftelse: ['8020', '8170', '8175', '8177'],
  trossamfund: ['2520', '2521', '2522'],
  ovrig: ['9164', '9696', '9697', '9698'],
};

export interface OrgNumberAllocator {
  /** A new, valid organisation number (ten digits, no hyphen) not handed out before. */
  next(kind: OrganiserKind): string;
}

export function createOrgNumberAllocator(random: Random): OrgNumberAllocator {
  const used = new Set<string>();
  return {
    next(kind) {
      for (;;) {
        const prefix = random.pick(PREFIXES[kind]);
        let body = prefix;
        while (body.length < 9) body += String(random.int(0, 9));
        const value = body + String(luhnCheckDigit(body));
        if (used.has(value) || orgNumberProblem(value) !== null) continue;
        used.add(value);
        return value;
      }
    },
  };
}
