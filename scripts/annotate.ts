// npm run annotate -- <article.md> [--json]
// Prints what the site will render for an article, draft or published: per unit its mentions and
// words in both languages, the lexicon coverage, the stretches no entry covers (in context) and the
// capitalised names no entity matched — the editor's to-do list. --json prints the same as JSON, in
// the shape of the open-data article file (units[].vi|en.{text, annotations, words}) plus those lists.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseArticle, analyseBody } from '../lib/article/analyse';
import { annotationReport, type AnnotationReport } from '../lib/article/annotation-report';
import { parseMarkdown } from '../lib/article/parse';
import { FRONTMATTER, formatFinding, readArticle } from '../lib/content/load';
import { getEntityIndex } from '../lib/entities';
import { getLexicon } from '../lib/lexicon/load';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('usage: npm run annotate -- <article.md> [--json]');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(1);
}
const source = readFileSync(file, 'utf8');
const context = { entities: getEntityIndex(), lexicon: getLexicon() };
const { article, findings } = readArticle(file, source);
let report: AnnotationReport;
if (article) report = annotationReport(analyseArticle(article, context));
else {
  // A fresh draft whose frontmatter is not complete yet: its body is analysed all the same.
  for (const finding of findings) console.error(formatFinding(finding));
  const slug = basename(file).replace(/\.md$/, '');
  const units = analyseBody(parseMarkdown(source.replace(FRONTMATTER, '')), context, slug, file).flatMap((block) => block.units);
  report = annotationReport({ slug, units });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const unit of report.units) {
    console.log(`${unit.id}  ${unit.vi.text}`);
    const words = unit.vi.words?.map((word) => (word.lexicon === null ? `[${word.text}?]` : word.text)).join(' · ');
    if (words) console.log(`    words: ${words}`);
    for (const cell of [unit.vi, unit.en]) {
      if (cell?.annotations.length) console.log(`    mentions: ${cell.annotations.map((mention) => `${mention.text} → ${mention.entity}`).join('; ')}`);
    }
  }
  const { coverage } = report;
  console.log(`\ncoverage: ${coverage.percent.toFixed(2)}% (${coverage.covered} of ${coverage.words} words; ${coverage.uncovered} not in the lexicon)`);
  for (const stretch of report.uncovered) console.log(`  not in the lexicon: "${stretch.text}" (${stretch.unit}: ${stretch.context})`);
  for (const name of report.unlinkedNames) console.log(`  no entity: "${name.name}" (${name.lang}, ${name.count}×: ${name.units.join(', ')})`);
}
