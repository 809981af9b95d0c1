// npm run check:html — the Nu Html Checker (vnu.jar from the vnu-jar package, run with the
// machine's Java) over every exported page, errors only. Exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const out = process.env.SONG_NGU_OUT_DIR ?? 'out';
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', out], { encoding: 'utf8' });
if (run.error) {
  console.error(`check:html needs Java (${run.error.message}). On Debian: sudo apt-get install -y default-jre-headless`);
  process.exit(1);
}
const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.trim());
for (const line of errors) console.log(line);
const pages = spawnSync('find', [out, '-name', '*.html'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean).length;
console.log(`check:html: ${pages} pages, ${errors.length} errors`);
process.exit(errors.length || run.status ? 1 : 0);
