import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/access.ts';
import { ActorCache } from './actor-cache.ts';

const actor: Actor = { userId: 'u1', name: 'Eva Björk', role: 'admin', agency: 'skolverket', organiserId: null };

describe('remembered actors', () => {
  it('asks once within the time, again after it, and never past the token\'s own expiry', async () => {
    const cache = new ActorCache({ ttlMs: 1_000, maxEntries: 10 });
    let loads = 0;
    const load = async () => { loads += 1; return { actor, expiresAt: new Date(1_500) }; };
    expect(await cache.get('k', load, 0)).toBe(actor);
    expect(await cache.get('k', load, 999)).toBe(actor);
    expect(loads).toBe(1);
    await cache.get('k', load, 1_000);
    expect(loads).toBe(2);
    // Remembered until 1 500 (the expiry), not 2 000.
    await cache.get('k', load, 1_500);
    expect(loads).toBe(3);
  });

  it('forgets a token at once, and remembers that a token stands for nobody', async () => {
    const cache = new ActorCache({ ttlMs: 1_000, maxEntries: 10 });
    let loads = 0;
    const nobody = async () => { loads += 1; return { actor: null }; };
    expect(await cache.get('x', nobody, 0)).toBeNull();
    expect(await cache.get('x', nobody, 10)).toBeNull();
    expect(loads).toBe(1);
    cache.forget('x');
    await cache.get('x', nobody, 20);
    expect(loads).toBe(2);
  });
});
