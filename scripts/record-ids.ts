// npm run record:ids — adds the ids of every published article to content/published-ids.json, so
// that check:content can keep shared links from breaking. Run it when an article is published.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readAllArticles } from '../lib/content/load';
import { PUBLISHED_IDS_FILE, readPublishedIds, recordPublishedIds } from '../lib/content/published-ids';

const { articles } = readAllArticles();
const { record, findings } = readPublishedIds();
if (findings.length) {
  for (const finding of findings) console.error(`${finding.file}:${finding.line}: ${finding.message}`);
  process.exit(1);
}
const next = recordPublishedIds(record, articles);
writeFileSync(PUBLISHED_IDS_FILE, `${JSON.stringify(next, null, 2)}\n`);
const count = Object.values(next).reduce((sum, ids) => sum + ids.length, 0);
console.log(`record:ids: ${count} ids of ${Object.keys(next).length} articles in ${relative(process.cwd(), PUBLISHED_IDS_FILE)}`);
