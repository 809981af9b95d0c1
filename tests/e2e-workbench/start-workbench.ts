// The workbench as the Playwright tests meet it: a temporary copy of content/ with the fixture
// drafts of tests/fixtures/workbench/articles added (the repository's content is never touched), a
// fake LibreTranslate server, and the workbench on WORKBENCH_PORT with a fixed test token.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeLibreTranslate } from './fake-libretranslate';
import { workbenchContentRoot, WORKBENCH_MT_PORT, WORKBENCH_PORT, WORKBENCH_TOKEN } from './settings';

const root = workbenchContentRoot();
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync(join(process.cwd(), 'content'), root, { recursive: true });
cpSync(join(process.cwd(), 'tests/fixtures/workbench/articles'), join(root, 'articles'), { recursive: true });

const fake = createFakeLibreTranslate();
await new Promise<void>((resolve) => fake.listen(WORKBENCH_MT_PORT, '127.0.0.1', resolve));
process.env.SONG_NGU_MT_URL = `http://127.0.0.1:${WORKBENCH_MT_PORT}/`;
process.env.SONG_NGU_CONTENT_DIR = root;
const { startWorkbench } = await import('../../lib/workbench/server/start');
const { url } = await startWorkbench({ root, port: WORKBENCH_PORT, token: WORKBENCH_TOKEN });
console.log(`workbench for the tests: ${url} over ${root}`);
