// Next's build id, made from the code rather than drawn at random. Next writes the build id into every
// page and payload, so a random one changes every file of every build and no cached artefact of the
// export (the precompressed files in .cache/compressed) could ever be reused. Derived from the code
// alone, it stays the same when only content changes: the client code is then the same too, which is
// all the id guards (a client router seeing another id reloads the page instead of navigating).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the site's code is: the source trees and the files that decide how they are built. */
export const CODE_INPUTS = ['app', 'components', 'lib', 'next.config.ts', 'package-lock.json', 'tsconfig.json'];

function files(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of the path (from `root`) and bytes of every file under `inputs`, in a stable order. */
export function filesFingerprint(root: string, inputs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => files(join(root, input)))) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('base64url');
}

/** A hash of every code file's path and bytes, as a build id (Next allows [A-Za-z0-9_-]). */
export function codeFingerprint(root = process.cwd()): string {
  return filesFingerprint(root, CODE_INPUTS).slice(0, 21);
}

/**
 * A hash of the content every article is read against — everything under the content directory but
 * the articles themselves: the entities, the lexicon, the timeline, the site's config. A change to any
 * of them may change any page, so the export plan (lib/build/plan.ts) treats it like a code change.
 */
export function knowledgeFingerprint(contentDirectory: string): string {
  const inputs = existsSync(contentDirectory) ? readdirSync(contentDirectory).filter((name) => name !== 'articles').sort() : [];
  return filesFingerprint(contentDirectory, inputs);
}
