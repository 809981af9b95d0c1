// npm run check:content — validates every file under content/; exits non-zero on any error.
import { formatFinding, readAllArticles } from '../lib/content/load';
import { checkPublishedIds, readPublishedIds } from '../lib/content/published-ids';
import { unitCount } from '../lib/content/stats';
import { checkEntityUse } from '../lib/entities/check';
import { buildEntityIndex } from '../lib/entities';
import { readEntities } from '../lib/entities/load';
import { ENTITY_TYPES } from '../lib/entities/schema';
import { getTranslator } from '../lib/i18n/server';
import { mentionCounts } from '../lib/reader/concordance';
import { renderArticle } from '../lib/reader/render-article';
import { readTimeline, timelineContext } from '../lib/timeline/load';

const { articles, findings } = readAllArticles();
const { entities, findings: entityFindings } = readEntities();
const index = buildEntityIndex(entities);
const t = await getTranslator('en');
const tally = checkEntityUse(articles, entities, (article) => mentionCounts(renderArticle(article, 'en', t, index)));
const timeline = readTimeline(timelineContext(articles, index.byId.keys()));
const published = readPublishedIds();
const idFindings = [...published.findings, ...checkPublishedIds(published.record, articles)];
const all = [...findings, ...entityFindings, ...tally.findings, ...timeline.findings, ...idFindings];

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
const errors = all.filter((finding) => finding.severity === 'error').length;
console.log(`check:content: ${articles.length} articles, ${entities.length} entities, ${errors} errors, ${all.length - errors} warnings`);
process.exit(errors ? 1 : 0);
