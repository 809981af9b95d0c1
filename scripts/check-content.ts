// npm run check:content — validates every file under content/; exits non-zero on any error.
import { formatFinding, readAllArticles } from '../lib/content/load';

const { articles, findings } = readAllArticles();
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.length - errors;
for (const article of articles) {
  const units = article.structure.blocks.reduce((sum, block) => sum + block.units.length, 0);
  const translated = article.structure.blocks.reduce((sum, block) => sum + block.units.filter((unit) => unit.en !== null).length, 0);
  console.log(
    `${article.file}: ${article.meta.status}, ${article.structure.blocks.length} blocks, ${units} units (${translated} translated), ${article.structure.notes.length} editorial notes`,
  );
}
console.log(`check:content: ${articles.length} articles, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
