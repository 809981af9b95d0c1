// npm run check:content — validates every file under content/; exits non-zero on any error.
import { formatFinding, readAllArticles } from '../lib/content/load';
import { checkPublishedIds, readPublishedIds } from '../lib/content/published-ids';
import { unitCount } from '../lib/content/stats';
import { checkEntityUse } from '../lib/entities/check';
import { buildEntityIndex } from '../lib/entities';
import { readEntities } from '../lib/entities/load';
import { ENTITY_TYPES } from '../lib/entities/schema';
import { analyseArticle } from '../lib/article/analyse';
import { mentionCounts } from '../lib/article/concordance';
import { articleCoverage } from '../lib/lexicon/coverage';
import { buildLexiconIndex, readLexicon } from '../lib/lexicon/load';
import { readTimeline, timelineContext } from '../lib/timeline/load';

const { articles, findings } = readAllArticles();
const { entities, findings: entityFindings } = readEntities();
const index = buildEntityIndex(entities);
const lexiconContent = readLexicon();
const lexicon = buildLexiconIndex(lexiconContent.entries, lexiconContent.overrides);
// Each article is analysed once; the mention tally and the lexicon coverage both read the analysis.
const analysed = new Map(articles.map((article) => [article, analyseArticle(article, { entities: index, lexicon })]));
const analysisOf = (article: (typeof articles)[number]) => analysed.get(article) ?? analyseArticle(article, { entities: index, lexicon });
const tally = checkEntityUse(articles, entities, (article) => mentionCounts(analysisOf(article)));
const timeline = readTimeline(timelineContext(articles, index.byId.keys()));
const published = readPublishedIds();
const idFindings = [...published.findings, ...checkPublishedIds(published.record, articles)];
const all = [...findings, ...entityFindings, ...tally.findings, ...timeline.findings, ...idFindings, ...lexiconContent.findings];

for (const finding of all) console.log(formatFinding(finding));
for (const article of articles) {
  const translated = article.structure.blocks.reduce((sum, block) => sum + block.units.filter((unit) => unit.en !== null).length, 0);
  console.log(
    `${article.file}: ${article.meta.status}, ${article.structure.blocks.length} blocks, ${unitCount(article.structure)} units (${translated} translated), ` +
      `${article.structure.notes.length} editorial notes, ${tally.perArticle.get(article.meta.slug) ?? 0} entity mentions`,
  );
}
const byType = ENTITY_TYPES.map((type) => `${type} ${entities.filter((entity) => entity.type === type).length}`).join(', ');
console.log(`entities: ${entities.length} (${byType})`);
console.log(`timeline: ${timeline.events.length} events`);

// Lexicon coverage: every Vietnamese word token of the headlines and bodies outside entity mentions has an entry.
let covered = 0;
const uncovered = new Map<string, string[]>();
for (const article of articles) {
  const result = articleCoverage(analysisOf(article));
  covered += result.covered;
  for (const { syllable, unit } of result.uncovered) {
    const key = syllable.toLocaleLowerCase('vi');
    uncovered.set(key, [...(uncovered.get(key) ?? []), `${article.meta.slug}#${unit}`]);
  }
}
const uncoveredTokens = [...uncovered.values()].reduce((sum, places) => sum + places.length, 0);
for (const [syllable, places] of uncovered) console.log(`lexicon: warning: no entry covers "${syllable}" (${places.slice(0, 3).join(', ')}${places.length > 3 ? ', …' : ''})`);
const percent = covered + uncoveredTokens ? ((100 * covered) / (covered + uncoveredTokens)).toFixed(2) : '100.00';
console.log(`lexicon: ${lexicon.entries.length} entries, ${lexiconContent.overrides.length} segmentation overrides; coverage ${percent}% (${covered} of ${covered + uncoveredTokens} word tokens)`);
const errors = all.filter((finding) => finding.severity === 'error').length;
console.log(`check:content: ${articles.length} articles, ${entities.length} entities, ${errors} errors, ${all.length - errors} warnings`);
process.exit(errors ? 1 : 0);
