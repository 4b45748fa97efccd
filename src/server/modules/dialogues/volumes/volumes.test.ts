/**
 * Counting the yearly volumes from a handful of invitations: how answers are classed, which year
 * each figure falls in, the municipalities not reached, and which figures are withheld for a
 * minimum group size (here 3, so that small inputs show every rule).
 */
import { describe, expect, it } from 'vitest';
import type { InvitationRow } from './repository.ts';
import { computeVolumes, type VolumeInputs } from './volumes.ts';

let serial = 0;
const invitation = (over: Partial<InvitationRow>): InvitationRow => ({
  organiserId: `o${++serial}`, kind: 'aktiebolag', sizeClass: 'small', municipalityCode: '0114', declineReason: null,
  invitedOn: '2023-03-01', acceptedOn: null, declinedOn: null, noAnswerOn: null, withdrawnOn: null, tookPart: false, ...over,
});

const inputs = (): VolumeInputs => {
  serial = 0;
  return {
    invitations: [
      ...Array.from({ length: 4 }, () => invitation({ acceptedOn: '2023-03-02', tookPart: true })),
      invitation({ acceptedOn: '2023-03-05' }),
      invitation({ declinedOn: '2023-03-04', declineReason: 'lack_of_resources' }),
      invitation({ noAnswerOn: '2023-03-25', declineReason: 'no_answer' }),
      invitation({ withdrawnOn: '2023-03-10' }),
      invitation({ kind: 'kommun', sizeClass: 'large', municipalityCode: '0115', invitedOn: '2024-09-01', acceptedOn: '2024-09-02', tookPart: true }),
      invitation({ invitedOn: '2024-10-01' }),
    ],
    physicalByYear: new Map([[2023, 4], [2024, 2]]),
    municipalities: [
      { code: '0114', municipalOrganiserId: 'kommun-0114' },
      { code: '0115', municipalOrganiserId: 'o9' },
      { code: '0117', municipalOrganiserId: 'kommun-0117' },
    ],
  };
};

describe('computeVolumes', () => {
  const v = computeVolumes(inputs(), { today: '2024-11-24', minGroupSize: 3 });
  const y2023 = v.years.find((y) => y.year === 2023)!;
  const y2024 = v.years.find((y) => y.year === 2024)!;

  it('has a row per year from the first invitation to this year, this year incomplete, and the complete years together', () => {
    expect(v.years.map((y) => [y.year, y.complete])).toEqual([[2023, true], [2024, false]]);
    expect(v.summary).toMatchObject({ fromYear: 2023, toYear: 2023, organisersInvited: { value: 8 } });
  });

  it('classes each invitation once: accepted, declined or never answered (with the reason), withdrawn, awaiting', () => {
    expect(y2023.organisersInvited).toEqual({ value: 8, suppressed: false });
    expect(y2023.physicalHeld).toEqual({ value: 4, suppressed: false });
    expect(y2023.answers.accepted).toEqual({ count: { value: 5, suppressed: false }, share: { value: 5 / 8, suppressed: false } });
    // Two declined (one never answered): fewer than three, so neither the count nor its share is shown.
    expect(y2023.answers.declined).toEqual({ count: { value: null, suppressed: true }, share: { value: null, suppressed: true } });
    expect(y2023.answers.declineReasons.find((r) => r.reason === 'other')).toEqual({ reason: 'other', count: { value: 0, suppressed: false }, share: { value: null, suppressed: true } });
    expect(y2023.answers.withdrawnBeforeAnswer.count.suppressed).toBe(true);
    expect(y2023.answers.awaitingAnswer.count).toEqual({ value: 0, suppressed: false });
  });

  it('counts participation per group and size class, withholding groups below the minimum', () => {
    expect(y2023.participation.all).toEqual({ invited: { value: 8, suppressed: false }, tookPart: { value: 4, suppressed: false }, share: { value: 0.5, suppressed: false } });
    const municipal = y2024.participation.byGroup.find((g) => g.group === 'municipal')!;
    expect(municipal).toEqual({ group: 'municipal', invited: { value: null, suppressed: true }, tookPart: { value: null, suppressed: true }, share: { value: null, suppressed: true } });
    const otherPublic = y2023.participation.byGroup.find((g) => g.group === 'other_public')!;
    expect(otherPublic.share).toEqual({ value: null, suppressed: false });
  });

  it('counts municipalities not reached by the end of each year (or today)', () => {
    expect(y2023.municipalities.countedOn).toBe('2023-12-31');
    expect(y2024.municipalities.countedOn).toBe('2024-11-24');
    // 0117 is never reached, 0115 not until its municipality (o9) was invited in 2024; in 0114 private organisers accepted.
    const strictOf = (y: typeof y2023) => y.municipalities.noneOffered;
    expect([strictOf(y2023), strictOf(y2024)].map((f) => f.suppressed)).toEqual([true, true]);
    const loose = computeVolumes(inputs(), { today: '2024-11-24', minGroupSize: 1 });
    expect(loose.years.map((y) => [y.municipalities.notReached.value, y.municipalities.noneOffered.value])).toEqual([[2, 2], [1, 1]]);
  });
});
