// npm run check:content — validates every file under content/; exits non-zero on any error.
import { readFileSync } from 'node:fs';
import { readContentConfig } from '../lib/content/config';
import { formatFinding, readAllArticles, type FileFinding } from '../lib/content/load';
import { checkPublishedIds, readPublishedIds } from '../lib/content/published-ids';
import { unitCount } from '../lib/content/stats';
import { checkEntityUse } from '../lib/entities/check';
import { draftTodos } from '../lib/ingest/draft-todos';
import { buildEntityIndex } from '../lib/entities';
import { readEntities } from '../lib/entities/load';
import { ENTITY_TYPES } from '../lib/entities/schema';
import type { AnalysisContext } from '../lib/article/analyse';
import { analyseCached } from '../lib/article/analysis-cache';
import { mentionCounts } from '../lib/article/concordance';
import { articleCoverage, coverageFinding } from '../lib/lexicon/coverage';
import { buildLexiconIndex, readLexicon } from '../lib/lexicon/load';
import { readTimeline, timelineContext } from '../lib/timeline/load';
import { articleQaFindings } from '../lib/qa/article-findings';

const { articles, findings, skipped } = readAllArticles();
const { entities, findings: entityFindings } = readEntities();
const index = buildEntityIndex(entities);
const lexiconContent = readLexicon();
// The lexicon index is built only if an analysis is not in the build cache (lib/article/analysis-cache.ts).
let context: AnalysisContext | undefined;
const analysisContext = () => (context ??= { entities: index, lexicon: buildLexiconIndex(lexiconContent.entries, lexiconContent.overrides) });
// Each article is analysed once; the mention tally and the lexicon coverage both read the analysis.
const analysed = new Map(articles.map((article) => [article, analyseCached(article, analysisContext)]));
const analysisOf = (article: (typeof articles)[number]) => analysed.get(article) ?? analyseCached(article, analysisContext);
const tally = checkEntityUse(articles, entities, (article) => mentionCounts(analysisOf(article)));
const timeline = readTimeline(timelineContext(articles, index.byId.keys()));
const published = readPublishedIds();
const idFindings = [...published.findings, ...checkPublishedIds(published.record, articles)];
// The quality checks the workbench runs as the translator types (lib/qa): errors in a published article.
const qaFindings = articles.flatMap((article) => articleQaFindings(analysisOf(article), index.byId, readFileSync(article.file, 'utf8')));
const all = [...findings, ...entityFindings, ...tally.findings, ...timeline.findings, ...idFindings, ...lexiconContent.findings, ...qaFindings];

for (const finding of all) console.log(formatFinding(finding));
for (const article of articles) {
  const translated = article.structure.blocks.reduce((sum, block) => sum + block.units.filter((unit) => unit.en !== null).length, 0);
  console.log(
    `${article.file}: ${article.meta.status}, ${article.structure.blocks.length} blocks, ${unitCount(article.structure)} units (${translated} translated), ` +
      `${article.structure.notes.length} editorial notes, ${tally.perArticle.get(article.meta.slug) ?? 0} entity mentions`,
  );
  // A draft gets its to-do list: what to write, and where, before `status: published`.
  const pending = article.structure.blocks.reduce((sum, block) => sum + block.units.filter((unit) => unit.en === null).length, 0);
  for (const todo of draftTodos(article.meta, readFileSync(article.file, 'utf8'), pending)) console.log(`${article.file}:${todo.line}: to do: ${todo.message}`);
}
for (const file of skipped) console.log(`${file}: draft skipped: left out of the build until the warnings above are fixed`);
const byType = ENTITY_TYPES.map((type) => `${type} ${entities.filter((entity) => entity.type === type).length}`).join(', ');
console.log(`entities: ${entities.length} (${byType}); ${tally.unused.length} not mentioned by any article yet${process.argv.includes('--unused') ? '' : ' (--unused lists them)'}`);
if (process.argv.includes('--unused')) for (const id of tally.unused) console.log(`  content/entities/${id}.yaml: no article mentions ${id}`);
console.log(`timeline: ${timeline.events.length} events`);

// Lexicon coverage: the Vietnamese word tokens of the headlines and bodies (outside entity mentions)
// that an entry covers as a whole word. A published article below the minimum in content/config.yaml
// fails, with each uncovered stretch in its sentence; a draft's gaps are warnings.
const contentConfig = readContentConfig();
const { minimumCoverage } = contentConfig.config.lexicon;
const coverageFindings: FileFinding[] = [...contentConfig.findings];
let covered = 0;
const uncovered = new Map<string, string[]>();
for (const article of articles) {
  const analysis = analysisOf(article);
  const result = articleCoverage(analysis);
  const finding = coverageFinding(analysis, minimumCoverage);
  if (finding) coverageFindings.push(finding);
  covered += result.covered;
  for (const { syllable, unit } of result.uncovered) {
    const key = syllable.toLocaleLowerCase('vi');
    uncovered.set(key, [...(uncovered.get(key) ?? []), `${article.meta.slug}#${unit}`]);
  }
}
const uncoveredTokens = [...uncovered.values()].reduce((sum, places) => sum + places.length, 0);
for (const [syllable, places] of uncovered) console.log(`lexicon: warning: no entry covers "${syllable}" (${places.slice(0, 3).join(', ')}${places.length > 3 ? ', …' : ''})`);
const percent = covered + uncoveredTokens ? ((100 * covered) / (covered + uncoveredTokens)).toFixed(2) : '100.00';
console.log(`lexicon: ${lexiconContent.entries.length} entries, ${lexiconContent.overrides.length} segmentation overrides; coverage ${percent}% (${covered} of ${covered + uncoveredTokens} word tokens)`);
for (const finding of coverageFindings) console.log(formatFinding(finding));
const everything = [...all, ...coverageFindings];
const errors = everything.filter((finding) => finding.severity === 'error').length;
console.log(`check:content: ${articles.length} articles, ${entities.length} entities, ${errors} errors, ${everything.length - errors} warnings`);
process.exit(errors ? 1 : 0);
