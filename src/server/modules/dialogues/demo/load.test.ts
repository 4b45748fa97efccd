/**
 * The staff who are demo personas are loaded as those personas' users (load.ts), so the history's
 * idea of them must agree with the persona list: same agency, office and kind of role.
 */
import { describe, expect, it } from 'vitest';
import { PERSONAS } from '../../demo/personas.ts';
import { createRandom } from '../../demo/random.ts';
import { demoIcalUid } from './load.ts';
import { buildStaff } from './staff.ts';

describe('demo staff and personas', () => {
  const { staff } = buildStaff(createRandom(20221).fork('staff'));

  it('has the three agency personas as staff, at the persona\'s agency and office', () => {
    const personas = staff.filter((s) => s.personaId);
    expect(personas.map((s) => s.personaId).sort()).toEqual(['ledare-skolverket', 'ledare-spsm', 'samordnare']);
    for (const s of personas) {
      const persona = PERSONAS.find((p) => p.id === s.personaId)!;
      const role = s.role === 'coordinator' ? 'coordinator' : `leader_${s.agency}`;
      expect({ name: s.name, agency: s.agency, officeCode: s.officeCode, role }).toEqual({
        name: persona.name, agency: persona.agency, officeCode: persona.officeCode, role: persona.role,
      });
    }
  });

  it('gives a meeting the same calendar UID in every load', () => {
    expect(demoIcalUid('mote-00042')).toBe('mote-00042@kvalitetsnav.demo');
  });
});
