import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMeeting, formatDuration, overlaps, type LeaderMeeting, type ProposedMeeting } from './meeting-rules.ts';

const now = new Date('2026-03-01T12:00:00Z');
const digital: ProposedMeeting = {
  kind: 'pre_meeting', start: '2026-04-14T09:00:00+02:00', end: '2026-04-14T10:00:00+02:00', videoUrl: 'https://möte.example.se/abc-123',
};
const onSite: ProposedMeeting = {
  kind: 'physical', start: '2026-04-15T09:00:00+02:00', end: '2026-04-15T15:00:00+02:00', place: 'Kommunhuset, Tappström, Ekerö',
};
const check = (changes: Partial<ProposedMeeting>, leaderMeetings: LeaderMeeting[] = [], base = digital) =>
  checkMeeting({ meeting: { ...base, ...changes }, now, leaderMeetings });
const messages = (changes: Partial<ProposedMeeting>, leaderMeetings: LeaderMeeting[] = [], base = digital) =>
  check(changes, leaderMeetings, base).map((p) => `${p.path}: ${p.message}`);

describe('meeting rules', () => {
  it('accepts a digital meeting with a video link and an on-site dialogue with a place', () => {
    expect(check({})).toEqual([]);
    expect(check({}, [], onSite)).toEqual([]);
  });

  it('names the field of every problem in path and field', () => {
    const problems = check({ start: '2026-04-18T06:00:00+02:00', end: '2026-04-18T06:10:00+02:00', videoUrl: null });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) {
      expect(p.field).toBe(p.path);
      expect(['start', 'end', 'videoUrl', 'place']).toContain(p.path);
    }
  });

  describe('start, end and duration', () => {
    it('wants the end after the start', () => {
      expect(messages({ end: '2026-04-14T08:00:00+02:00' })).toEqual([
        'end: sluttiden (14 apr. 2026 kl. 08.00) måste vara senare än starttiden (14 apr. 2026 kl. 09.00)',
      ]);
      expect(messages({ end: digital.start })).toHaveLength(1);
    });

    it('wants at least 15 minutes and at most 8 hours', () => {
      expect(messages({ end: '2026-04-14T09:10:00+02:00' })).toEqual(['end: mötet är 10 minuter; ett möte måste vara minst 15 minuter']);
      expect(check({ end: '2026-04-14T09:15:00+02:00' })).toEqual([]);
      expect(check({ start: '2026-04-14T08:00:00+02:00', end: '2026-04-14T16:00:00+02:00' })).toEqual([]);
      expect(messages({ start: '2026-04-14T08:00:00+02:00', end: '2026-04-14T16:15:00+02:00' })).toEqual([
        'end: mötet är 8 timmar 15 minuter; ett möte får vara högst 8 timmar',
      ]);
    });

    it('refuses times it cannot read, and times without an offset', () => {
      const problems = messages({ start: '14/4 kl 9', end: '2026-04-14T10:00:00' });
      expect(problems).toEqual([
        'start: starttiden "14/4 kl 9" går inte att läsa; ange datum och tid med tidszon, till exempel 2026-04-14T09:00:00+02:00',
        'end: sluttiden "2026-04-14T10:00:00" går inte att läsa; ange datum och tid med tidszon, till exempel 2026-04-14T09:00:00+02:00',
      ]);
    });

    it('refuses a meeting in the past, not one that starts now', () => {
      const later = new Date('2026-04-14T07:30:00Z');
      expect(checkMeeting({ meeting: digital, now: later }).map((p) => p.message)).toEqual(['starttiden 14 apr. 2026 kl. 09.00 har redan passerat']);
      expect(checkMeeting({ meeting: digital, now: new Date('2026-04-14T07:00:00Z') })).toEqual([]);
    });
  });

  describe('days', () => {
    it('names the holiday', () => {
      expect(messages({ start: '2026-05-14T09:00:00+02:00', end: '2026-05-14T10:00:00+02:00' })).toEqual(['start: 14 maj 2026 är en helgdag (Kristi himmelsfärdsdag)']);
      expect(messages({ start: '2026-06-19T09:00:00+02:00', end: '2026-06-19T10:00:00+02:00' })).toEqual(['start: 19 juni 2026 är en helgdag (Midsommarafton)']);
      expect(messages({ start: '2026-04-06T09:00:00+02:00', end: '2026-04-06T10:00:00+02:00' })).toEqual(['start: 6 apr. 2026 är en helgdag (Annandag påsk)']);
    });

    it('refuses Saturdays and Sundays', () => {
      expect(messages({ start: '2026-04-18T09:00:00+02:00', end: '2026-04-18T10:00:00+02:00' })).toEqual(['start: 18 apr. 2026 är en lördag; möten bokas måndag–fredag']);
      expect(messages({ start: '2026-04-19T09:00:00+02:00', end: '2026-04-19T10:00:00+02:00' })).toEqual(['start: 19 apr. 2026 är en söndag; möten bokas måndag–fredag']);
    });

    it('judges the day by the Swedish calendar, whatever offset the time is given in', () => {
      // 23.00 UTC on 13 May is 01.00 on Kristi himmelsfärdsdag in Sweden.
      expect(messages({ start: '2026-05-13T23:00:00Z', end: '2026-05-14T00:00:00Z' })).toContain('start: 14 maj 2026 är en helgdag (Kristi himmelsfärdsdag)');
      // 07.00 in New York on a Friday is 13.00 the same Friday in Sweden.
      expect(check({ start: '2026-04-17T07:00:00-04:00', end: '2026-04-17T08:00:00-04:00' })).toEqual([]);
    });
  });

  describe('hours of the day', () => {
    it('keeps meetings within 07.00–19.00 Swedish time in summer and winter', () => {
      expect(check({ start: '2026-04-14T07:00:00+02:00', end: '2026-04-14T08:00:00+02:00' })).toEqual([]);
      expect(check({ start: '2026-04-14T18:00:00+02:00', end: '2026-04-14T19:00:00+02:00' })).toEqual([]);
      expect(check({ start: '2026-11-17T06:00:00Z', end: '2026-11-17T07:00:00Z' })).toEqual([]);
      expect(messages({ start: '2026-11-17T05:30:00Z', end: '2026-11-17T07:00:00Z' })).toEqual(['start: mötet börjar kl. 06.30; möten hålls mellan kl. 07.00 och 19.00 svensk tid']);
      expect(messages({ start: '2026-04-14T06:30:00+02:00', end: '2026-04-14T07:30:00+02:00' })).toEqual([
        'start: mötet börjar kl. 06.30; möten hålls mellan kl. 07.00 och 19.00 svensk tid',
      ]);
      expect(messages({ start: '2026-07-14T04:30:00Z', end: '2026-07-14T05:30:00Z' })).toEqual([
        'start: mötet börjar kl. 06.30; möten hålls mellan kl. 07.00 och 19.00 svensk tid',
      ]);
      expect(messages({ start: '2026-04-14T18:30:00+02:00', end: '2026-04-14T19:30:00+02:00' })).toEqual([
        'end: mötet slutar kl. 19.30; möten hålls mellan kl. 07.00 och 19.00 svensk tid',
      ]);
    });

    it('refuses a meeting that goes past midnight', () => {
      expect(messages({ start: '2026-04-14T18:00:00+02:00', end: '2026-04-15T01:00:00+02:00' })).toEqual([
        'end: mötet slutar 15 apr. 2026 kl. 01.00; möten hålls mellan kl. 07.00 och 19.00 svensk tid och slutar samma dag som de börjar',
      ]);
    });
  });

  describe('place and video link', () => {
    it('wants an https video link for a digital meeting', () => {
      expect(messages({ videoUrl: null })).toEqual(['videoUrl: ett digitalt möte behöver en videolänk (https://…)']);
      expect(messages({ videoUrl: '   ' })).toEqual(['videoUrl: ett digitalt möte behöver en videolänk (https://…)']);
      for (const kind of ['intro', 'feedback'] as const) expect(check({ kind, videoUrl: undefined })).toHaveLength(1);
      for (const bad of ['http://meet.example.se/abc', 'meet.example.se/abc', 'https://', 'https://localhost/x', 'javascript:alert(1)']) {
        expect(messages({ videoUrl: bad })).toEqual(['videoUrl: videolänken måste vara en fullständig adress som börjar med https://']);
      }
    });

    it('wants a place for the on-site dialogue', () => {
      expect(messages({ place: '' }, [], onSite)).toEqual(['place: dialogen på plats behöver en plats, till exempel en adress']);
      expect(messages({ place: 'Kommunhuset', videoUrl: 'http://x.example.se' }, [], onSite)).toEqual([
        'videoUrl: videolänken måste vara en fullständig adress som börjar med https://',
      ]);
    });

    it('wants a place or a video link for the follow-up meeting', () => {
      const followUp: ProposedMeeting = { ...digital, kind: 'follow_up', videoUrl: null };
      expect(messages({}, [], followUp)).toEqual(['place: ange en plats eller en videolänk för mötet']);
      expect(check({ place: 'Kommunhuset' }, [], followUp)).toEqual([]);
      expect(check({ videoUrl: 'https://meet.example.se/x' }, [], followUp)).toEqual([]);
    });
  });

  describe('overlap with the leaders\' other meetings', () => {
    const ekero: LeaderMeeting = { id: 'm-1', start: '2026-04-14T09:00:00+02:00', end: '2026-04-14T10:00:00+02:00', label: 'Förmöte, Ekerö kommun' };
    const solna: LeaderMeeting = { id: 'm-2', start: '2026-04-14T08:00:00+02:00', end: '2026-04-14T09:45:00+02:00', label: 'Introduktionsmöte, Solna stad' };

    it('names each overlapping meeting and its time, earliest first', () => {
      expect(messages({ start: '2026-04-14T09:30:00+02:00', end: '2026-04-14T10:30:00+02:00' }, [ekero, solna])).toEqual([
        'start: krockar med Introduktionsmöte, Solna stad 14 apr. 2026 kl. 08.00–09.45',
        'start: krockar med Förmöte, Ekerö kommun 14 apr. 2026 kl. 09.00–10.00',
      ]);
    });

    it('lets a meeting start when another ends', () => {
      expect(check({ start: '2026-04-14T10:00:00+02:00', end: '2026-04-14T11:00:00+02:00' }, [ekero])).toEqual([]);
      expect(check({ start: '2026-04-14T08:00:00+02:00', end: '2026-04-14T09:00:00+02:00' }, [ekero])).toEqual([]);
    });

    it('does not let a moved meeting collide with itself', () => {
      expect(check({ id: 'm-1', start: '2026-04-14T09:30:00+02:00', end: '2026-04-14T10:30:00+02:00' }, [ekero])).toEqual([]);
    });

    it('finds an overlap given in another offset', () => {
      const utc: LeaderMeeting = { ...ekero, start: '2026-04-14T07:00:00Z', end: '2026-04-14T08:00:00Z' };
      expect(check({}, [utc])).toHaveLength(1);
    });
  });

  it('writes durations in Swedish', () => {
    expect(formatDuration(1)).toBe('1 minut');
    expect(formatDuration(10)).toBe('10 minuter');
    expect(formatDuration(60)).toBe('1 timme');
    expect(formatDuration(90)).toBe('1 timme 30 minuter');
    expect(formatDuration(480)).toBe('8 timmar');
    expect(formatDuration(0)).toBe('0 minuter');
  });
});

// Intervals on one working day, in five-minute steps between 07.00 and 19.00 Swedish summer time.
const dayStart = Date.parse('2026-04-14T05:00:00Z');
const slot = fc.tuple(fc.integer({ min: 0, max: 144 }), fc.integer({ min: 1, max: 144 }))
  .map(([from, length]) => ({ from, to: Math.min(144, from + length) }))
  .filter(({ from, to }) => from < to);
const at = (step: number) => new Date(dayStart + step * 5 * 60_000);
const interval = (s: { from: number; to: number }) => ({ start: at(s.from), end: at(s.to) });
const iso = (d: Date) => d.toISOString();

describe('overlap (properties)', () => {
  it('is symmetric', () => {
    fc.assert(fc.property(slot, slot, (a, b) => overlaps(interval(a), interval(b)) === overlaps(interval(b), interval(a))));
  });

  it('is true exactly when the intervals share a moment', () => {
    fc.assert(fc.property(slot, slot, (a, b) => {
      let shared = false;
      for (let step = 0; step < 144; step += 1) if (step >= a.from && step < a.to && step >= b.from && step < b.to) shared = true;
      return overlaps(interval(a), interval(b)) === shared;
    }));
  });

  it('is never true for meetings that touch (end = start), always for a meeting and itself', () => {
    fc.assert(fc.property(slot, fc.integer({ min: 1, max: 144 }), (a, length) => {
      const next = { from: a.to, to: a.to + length };
      expect(overlaps(interval(a), interval(next))).toBe(false);
      expect(overlaps(interval(next), interval(a))).toBe(false);
      expect(overlaps(interval(a), interval(a))).toBe(true);
    }));
  });

  it('gives one problem per overlapping meeting, and the same verdict whichever of two is proposed', () => {
    fc.assert(fc.property(slot, fc.array(slot, { maxLength: 6 }), (proposed, others) => {
      const leaderMeetings = others.map((o, i) => ({ id: `m-${i}`, start: iso(at(o.from)), end: iso(at(o.to)), label: `Möte ${i}` }));
      const meeting: ProposedMeeting = { kind: 'intro', start: iso(at(proposed.from)), end: iso(at(proposed.to)), videoUrl: 'https://meet.example.se/a' };
      const clashes = checkMeeting({ meeting, now, leaderMeetings }).filter((p) => p.message.startsWith('krockar med'));
      expect(clashes).toHaveLength(others.filter((o) => overlaps(interval(proposed), interval(o))).length);

      for (const [i, other] of leaderMeetings.entries()) {
        const reverse = checkMeeting({
          meeting: { kind: 'intro', start: other.start, end: other.end, videoUrl: 'https://meet.example.se/b' },
          now,
          leaderMeetings: [{ id: 'p', start: meeting.start, end: meeting.end, label: 'Föreslaget' }],
        }).filter((p) => p.message.startsWith('krockar med'));
        const forward = clashes.some((p) => p.message.startsWith(`krockar med Möte ${i} `));
        expect(reverse.length === 1).toBe(forward);
      }
    }));
  });
});
