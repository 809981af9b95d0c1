// npm start — the server is scripts/serve.ts (typed, tested in tests/unit/server*.test.ts); this
// entry point stays so that `node scripts/serve.mjs` (npm start, Playwright, the benchmarks) keeps working.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('./serve.ts', import.meta.url);
await main();
