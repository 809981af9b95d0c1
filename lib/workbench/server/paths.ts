// Where the workbench may write: only files under the content root, named by plain segments (no
// `..`, no separators, no absolute paths, no NUL), and never through a symlink that leads out of it.
import 'server-only';
import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export class PathError extends Error {
  override name = 'PathError';
}

const SEGMENT = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;

function inside(root: string, path: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}

/** The path of `segments` under `root`, or a PathError. */
export function contentPath(root: string, segments: readonly string[]): string {
  for (const segment of segments) {
    if (!SEGMENT.test(segment) || segment.includes('..')) throw new PathError(`"${segment}" is not a plain file or folder name`);
  }
  const realRoot = realpathSync(root);
  const path = join(realRoot, ...segments);
  if (!inside(realRoot, path)) throw new PathError('outside the content root');
  // Every existing step must stay inside once symlinks are resolved, and the file itself is no symlink.
  let step = realRoot;
  for (const segment of segments) {
    step = join(step, segment);
    if (!existsSync(step)) break;
    if (!inside(realRoot, realpathSync(step))) throw new PathError(`${segment} leads outside the content root`);
  }
  if (existsSync(path) && lstatSync(path).isSymbolicLink()) throw new PathError('a symlink is never written through');
  return path;
}
