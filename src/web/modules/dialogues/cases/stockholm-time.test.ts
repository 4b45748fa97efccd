import { describe, expect, it } from 'vitest';
import { stockholmInstant } from './stockholm-time.ts';

describe('Swedish meeting times', () => {
  it('gives winter and summer times their own offsets', () => {
    expect(stockholmInstant('2031-03-04', '09:00')).toBe('2031-03-04T09:00:00+01:00');
    expect(stockholmInstant('2031-06-10', '13:30')).toBe('2031-06-10T13:30:00+02:00');
    expect(new Date(stockholmInstant('2031-06-10', '13:30')).toISOString()).toBe('2031-06-10T11:30:00.000Z');
  });
});
