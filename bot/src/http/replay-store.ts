/**
 * Where verified requests are remembered for the 5-minute window, so a second
 * delivery of the same request is refused. One process: SeenSignatures (in
 * memory, the default). Several replicas behind a load balancer: RedisReplayStore
 * (REDIS_URL), so a replay is refused whichever replica it reaches.
 */
export const WINDOW_SECONDS = 5 * 60;

/**
 * - `first`: not seen inside the window; now remembered until `expiresAtSeconds`.
 * - `replay`: seen before: refuse (401).
 * - `full`: the store cannot remember it without forgetting another request of the window: refuse (503).
 * - `unavailable`: the store could not answer in time (Redis down): refuse (503), fail closed.
 */
export type ClaimResult = 'first' | 'replay' | 'full' | 'unavailable';

export interface ReplayStore {
  /** Atomically remembers `key` through the second `expiresAtSeconds` (Unix seconds) unless it is already there. */
  claim(key: string, expiresAtSeconds: number): Promise<ClaimResult>;
  close(): Promise<void>;
}
