/** The replay cache alone: the 5-minute window, future timestamps, and its bound. */
import { describe, expect, it } from 'vitest';
import { SeenSignatures } from '../../bot/src/http/seen-signatures.js';

describe('SeenSignatures', () => {
  it('refuses a signature seen within the window and forgets it once the timestamp is stale', () => {
    let now = 1_700_000_000_000;
    const seen = new SeenSignatures({ now: () => now });
    const ts = now / 1000;
    expect(seen.remember('v0=aa', ts)).toBe(true);
    expect(seen.remember('v0=aa', ts)).toBe(false);
    now += 299_000;
    expect(seen.remember('v0=aa', ts)).toBe(false);
    now += 2_000; // 301 s later: Bolt rejects the timestamp as stale anyway, so the entry can go
    expect(seen.remember('v0=bb', now / 1000)).toBe(true);
    expect(seen.size).toBe(1);
  });

  it('keeps a future-dated signature until that timestamp is stale too', () => {
    let now = 1_700_000_000_000;
    const seen = new SeenSignatures({ now: () => now });
    const future = now / 1000 + 200;
    expect(seen.remember('v0=ff', future)).toBe(true);
    now += 450_000; // past now+300, but the timestamp is only 250 s old
    expect(seen.remember('v0=ff', future)).toBe(false);
  });

  it('stays within its capacity, dropping the oldest first', () => {
    const seen = new SeenSignatures({ capacity: 3, now: () => 1_700_000_000_000 });
    for (const signature of ['a', 'b', 'c', 'd']) seen.remember(signature, 1_700_000_000);
    expect(seen.size).toBe(3);
    expect(seen.evicted).toBe(1);
    expect(seen.remember('d', 1_700_000_000)).toBe(false);
    expect(seen.remember('a', 1_700_000_000)).toBe(true);
  });
});
