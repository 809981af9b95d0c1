// npm run edit [-- --content <dir>] [--port N] — the translator's workbench: a local editing server
// on 127.0.0.1 (never another interface), over content/ or another content root. It prints the
// address to open, with the start-up token that every write must carry.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { content: { type: 'string', default: 'content' }, port: { type: 'string', default: '4321' } },
  strict: true,
});
const root = resolve(values.content);
if (!existsSync(resolve(root, 'articles'))) {
  console.error(`edit: ${root} has no articles/ folder: pass --content <content root>`);
  process.exit(2);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`edit: --port ${values.port} is not a port number`);
  process.exit(2);
}
// The loaders read their folder when imported: the content root is set before they are.
process.env.SONG_NGU_CONTENT_DIR = root;
const { startWorkbench } = await import('../lib/workbench/server/start');
const token = process.env.SONG_NGU_WORKBENCH_TOKEN?.trim() || randomBytes(24).toString('base64url');
const { url, translator } = await startWorkbench({ root, port, token });
console.log(`workbench: ${root}`);
console.log(`machine drafts: ${translator ?? 'off (set SONG_NGU_MT_URL to a LibreTranslate server)'}`);
console.log(`open ${url}`);
