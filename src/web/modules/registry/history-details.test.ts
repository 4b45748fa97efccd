import { describe, expect, it } from 'vitest';
import { describeDetails } from './history-details.ts';

describe('audit details as text', () => {
  it('lists plain values as key: value pairs in their order', () => {
    expect(describeDetails({ name: 'Karin Åström', validTo: '2026-11-23', count: 3, ok: true })).toBe(
      'name: Karin Åström; validTo: 2026-11-23; count: 3; ok: true',
    );
  });

  it('unfolds a change set into from → to per field', () => {
    expect(describeDetails({ changes: { status: { from: 'active', to: 'dormant' }, concern: { from: null, to: 'Koncern AB' } }, source: 'csv' })).toBe(
      'status: active → dormant; concern: – → Koncern AB; source: csv',
    );
  });

  it('writes other nested values as JSON and missing ones as a dash', () => {
    expect(describeDetails({ ids: [1, 2], concern: null })).toBe('ids: [1,2]; concern: –');
  });

  it('is empty for no details', () => {
    expect(describeDetails({})).toBe('');
  });
});
