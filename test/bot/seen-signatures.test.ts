/** The in-memory replay store alone: the 5-minute window, future timestamps, and what it does when full. */
import { describe, expect, it } from 'vitest';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';

describe('SeenSignatures', () => {
  it('refuses a signature seen within the window and forgets it once the timestamp is stale', () => {
    let now = 1_700_000_000_000;
    const seen = new SeenSignatures({ now: () => now });
    const ts = now / 1000;
    expect(seen.remember('v0=aa', ts)).toBe('first');
    expect(seen.remember('v0=aa', ts)).toBe('replay');
    now += 299_000;
    expect(seen.remember('v0=aa', ts)).toBe('replay');
    now += 2_000; // 301 s later: Bolt rejects the timestamp as stale anyway, so the entry can go
    expect(seen.remember('v0=bb', now / 1000)).toBe('first');
    expect(seen.size).toBe(2); // the stale entry goes only when room is needed
  });

  it('keeps a future-dated signature until that timestamp is stale too', () => {
    let now = 1_700_000_000_000;
    const seen = new SeenSignatures({ now: () => now });
    const future = now / 1000 + 200;
    expect(seen.remember('v0=ff', future)).toBe('first');
    now += 450_000; // past now+300, but the timestamp is only 250 s old
    expect(seen.remember('v0=ff', future)).toBe('replay');
  });

  it('when full, refuses new requests (503) rather than forget one of the window; room returns as entries go stale', () => {
    let now = 1_700_000_000_000;
    const seen = new SeenSignatures({ capacity: 3, now: () => now });
    for (const key of ['a', 'b', 'c']) expect(seen.remember(key, now / 1000)).toBe('first');
    expect(seen.remember('d', now / 1000)).toBe('full');
    expect(seen.refusedFull).toBe(1);
    // Nothing was forgotten: every request of the window is still refused as a replay.
    for (const key of ['a', 'b', 'c']) expect(seen.remember(key, now / 1000)).toBe('replay');
    now += 301_000;
    expect(seen.remember('d', now / 1000)).toBe('first');
    expect(seen.size).toBe(1);
  });

  it('claim() is the same through the store interface (expiry = timestamp + 300 s)', async () => {
    const now = 1_700_000_000_000;
    const seen = new SeenSignatures({ now: () => now });
    expect(await seen.claim('k', now / 1000 + 300)).toBe('first');
    expect(await seen.claim('k', now / 1000 + 300)).toBe('replay');
  });
});
