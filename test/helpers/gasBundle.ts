/**
 * Loads the BUILT dist/sheets/Code.js the way Apps Script runs it: one global
 * scope holding only Apps Script's services (mocked, with their real limits)
 * and a 30 s limit on every call. Arguments are copied into the sandbox's
 * realm first, as Sheets would hand them over, and results copied back out so
 * tests can compare them with plain equality.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const BUNDLE_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'sheets', 'Code.js');

/** Apps Script's documented limits. */
export const GAS_LIMITS = {
  cacheKeyChars: 250,
  cacheValueBytes: 100 * 1024,
  cacheMaxTtlSeconds: 21600,
  propertyValueBytes: 9 * 1024,
  propertiesTotalBytes: 500 * 1024,
  callTimeoutMs: 30_000,
} as const;

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

export class MockCache {
  readonly entries = new Map<string, string>();
  puts = 0;

  get(key: string): string | null {
    this.checkKey(key);
    return this.entries.get(key) ?? null;
  }

  getAll(keys: string[]): Record<string, string> {
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, ttlSeconds = 600): void {
    this.checkKey(key);
    if (typeof value !== 'string') throw new Error('Cache values must be strings');
    if (bytes(value) > GAS_LIMITS.cacheValueBytes)
      throw new Error(`Argument too large: value (${bytes(value)} bytes > 100 KB)`);
    if (ttlSeconds > GAS_LIMITS.cacheMaxTtlSeconds) throw new Error('Cache expiration must be at most 21600 s');
    this.puts++;
    this.entries.set(key, value);
  }

  putAll(values: Record<string, string>, ttlSeconds?: number): void {
    for (const [key, value] of Object.entries(values)) this.put(key, value, ttlSeconds);
  }

  remove(key: string): void {
    this.checkKey(key);
    this.entries.delete(key);
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }

  private checkKey(key: string): void {
    if (typeof key !== 'string' || key.length === 0) throw new Error('Cache keys must be non-empty strings');
    if (key.length > GAS_LIMITS.cacheKeyChars)
      throw new Error(`Argument too large: key (${key.length} characters > 250)`);
  }
}

export class MockProperties {
  readonly values = new Map<string, string>();

  getProperty(key: string): string | null {
    return this.values.get(key) ?? null;
  }

  setProperty(key: string, value: string): this {
    if (bytes(value) > GAS_LIMITS.propertyValueBytes) throw new Error('Argument too large: property value > 9 KB');
    this.values.set(key, String(value));
    const total = [...this.values].reduce((sum, [k, v]) => sum + bytes(k) + bytes(v), 0);
    if (total > GAS_LIMITS.propertiesTotalBytes) {
      this.values.delete(key);
      throw new Error('Properties storage is full (500 KB)');
    }
    return this;
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.values);
  }

  deleteProperty(key: string): this {
    this.values.delete(key);
    return this;
  }
}

/** Apps Script returns digests as signed bytes. */
function computeDigest(algorithm: string, value: string): number[] {
  const names: Record<string, string> = { MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_512: 'sha512' };
  const digest = createHash(names[algorithm] ?? 'sha256')
    .update(value, 'utf8')
    .digest();
  return [...digest].map((byte) => (byte > 127 ? byte - 256 : byte));
}

/**
 * In a node:vm context every global name lookup goes through the sandbox's
 * interceptors, which makes `Math.exp` in a hot loop ~10× slower than in
 * Apps Script's (or Node's) V8. Script-scope bindings of the same built-in
 * objects skip the interceptor; the objects, and so the results, are the same.
 */
const BUILTIN_BINDINGS = [
  'Math',
  'Number',
  'Object',
  'Array',
  'String',
  'Boolean',
  'Error',
  'TypeError',
  'RangeError',
  'JSON',
  'Date',
  'RegExp',
  'Map',
  'Set',
  'Symbol',
  'parseFloat',
  'parseInt',
  'isFinite',
  'isNaN',
]
  .map((name) => `const ${name} = globalThis.${name};`)
  .join('\n');

export interface GasBundle {
  /** Calls a top-level function of the bundle with a 30 s limit, as Sheets would. */
  call(name: string, ...args: unknown[]): unknown;
  /** True when `name` is a top-level function declaration in the sandbox. */
  hasGlobalFunction(name: string): boolean;
  code: string;
  cache: MockCache;
  properties: MockProperties;
  logs: string[];
}

export interface LoadOptions {
  timeoutMs?: number;
  /** More Apps Script services for the global scope (SpreadsheetApp, HtmlService, Charts mocks). */
  services?: Record<string, unknown>;
}

export function loadGasBundle(path = BUNDLE_PATH, options: LoadOptions = {}): GasBundle {
  const timeout = options.timeoutMs ?? GAS_LIMITS.callTimeoutMs;
  const code = readFileSync(path, 'utf8');
  const cache = new MockCache();
  const properties = new MockProperties();
  const logs: string[] = [];
  const log = (...parts: unknown[]): void => {
    logs.push(parts.map(String).join(' '));
  };
  const sandbox = {
    CacheService: { getScriptCache: () => cache, getDocumentCache: () => cache, getUserCache: () => cache },
    PropertiesService: {
      getScriptProperties: () => properties,
      getDocumentProperties: () => properties,
      getUserProperties: () => properties,
    },
    Utilities: {
      DigestAlgorithm: { MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_512: 'SHA_512' },
      computeDigest,
      base64Encode: (data: string | number[]) =>
        Buffer.from(typeof data === 'string' ? data : data.map((b) => b & 255)).toString('base64'),
      sleep: () => undefined,
    },
    Logger: { log },
    console: { log, info: log, warn: log, error: log },
    ...options.services,
  };
  const context = vm.createContext(sandbox);
  vm.runInContext(BUILTIN_BINDINGS, context);
  // Loading runs under Apps Script's own limit: a shortened `timeoutMs` is for the call under test, and a busy
  // machine can take more than a few milliseconds just to evaluate the bundle's top level.
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context, { timeout: GAS_LIMITS.callTimeoutMs });
  // Copies a value into the sandbox's realm (arrays and dates), as Sheets' own objects would be.
  vm.runInContext(
    `globalThis.__intoRealm = function into(v) {
    if (Array.isArray(v)) return v.map(into);
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date(v.getTime());
    return v;
  };`,
    context,
  );
  const globals = context as Record<string, unknown>;
  return {
    call(name, ...args) {
      globals.__pending = { name, args };
      let result: unknown;
      try {
        result = vm.runInContext('globalThis[__pending.name].apply(null, __intoRealm(__pending.args))', context, {
          timeout,
        });
      } catch (error) {
        // The sandbox's Error is another realm's: rethrow as ours, message intact (what Sheets shows on #ERROR!).
        throw new Error((error as { message?: unknown }).message as string);
      }
      return result !== null && typeof result === 'object' ? structuredClone(result) : result;
    },
    hasGlobalFunction: (name) => vm.runInContext(`typeof ${name} === 'function'`, context) === true,
    code,
    cache,
    properties,
    logs,
  };
}
