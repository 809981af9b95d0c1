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

/** A hash of every code file's path and bytes, as a build id (Next allows [A-Za-z0-9_-]). */
export function codeFingerprint(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const file of CODE_INPUTS.flatMap((input) => files(join(root, input)))) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('base64url').slice(0, 21);
}
