// A cache of build artefacts (PNG cards, …) that survives between builds, under `.cache/` (gitignored;
// CI caches and deploy hosts can keep it). An entry is found by a key that hashes everything its
// bytes depend on: its own input and the renderer's fingerprint (template source, font files,
// library versions), so a changed input or renderer is a different key and never a stale hit.
//
// Each entry is one file, written to a temporary name and renamed into place (a reader never sees
// half an entry): a header (magic, length, sha256 of the body) then the body. A read checks all three;
// an entry that fails (truncated, overwritten, flipped bits) counts as corrupt and is rebuilt.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAGIC = Buffer.from('SNC1');
const HEADER_BYTES = MAGIC.length + 4 + 32;

/** The key of an entry: sha256 over the parts, each length-prefixed so that ("ab","c") ≠ ("a","bc"). */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    hash.update(length).update(bytes);
  }
  return hash.digest('hex');
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest();

/** The file's bytes: header then body. */
export function encodeEntry(body: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([MAGIC, length, sha256(body), body]);
}

/** The body, or undefined if the bytes are not a whole, intact entry. */
export function decodeEntry(file: Buffer): Buffer | undefined {
  if (file.length < HEADER_BYTES || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const length = file.readUInt32BE(MAGIC.length);
  const body = file.subarray(HEADER_BYTES);
  if (body.length !== length) return undefined;
  return sha256(body).equals(file.subarray(MAGIC.length + 4, HEADER_BYTES)) ? body : undefined;
}

export type Lookup = { status: 'hit'; body: Buffer } | { status: 'miss' | 'corrupt' };

export interface CacheStats {
  hits: number;
  misses: number;
  corrupt: number;
}

export class ContentStore {
  readonly stats: CacheStats = { hits: 0, misses: 0, corrupt: 0 };

  /** `directory` holds one namespace of entries (e.g. `.cache/cards`). */
  constructor(readonly directory: string) {}

  pathOf(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`not a cache key: ${key}`);
    return join(this.directory, key.slice(0, 2), key);
  }

  get(key: string): Lookup {
    let file: Buffer;
    try {
      file = readFileSync(this.pathOf(key));
    } catch {
      this.stats.misses += 1;
      return { status: 'miss' };
    }
    const body = decodeEntry(file);
    if (!body) {
      this.stats.corrupt += 1;
      rmSync(this.pathOf(key), { force: true });
      return { status: 'corrupt' };
    }
    this.stats.hits += 1;
    return { status: 'hit', body };
  }

  put(key: string, body: Uint8Array): void {
    const path = this.pathOf(key);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temporary, encodeEntry(body));
    renameSync(temporary, path);
  }

  /** Removes every entry not in `used` (what this build asked for), so the cache does not grow forever. */
  prune(used: ReadonlySet<string>): number {
    if (!existsSync(this.directory)) return 0;
    let removed = 0;
    for (const file of readdirSync(this.directory, { recursive: true, encoding: 'utf8' })) {
      const key = file.split(/[\\/]/).at(-1) ?? '';
      if (!/^[0-9a-f]{64}(\..*\.tmp)?$/.test(key) || used.has(key)) continue;
      rmSync(join(this.directory, file), { force: true });
      removed += 1;
    }
    return removed;
  }
}
