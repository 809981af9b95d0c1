// The workbench's content operations over one content root: reading an article into the view the
// browser edits (through the site's own loaders and analysis), and every write — a unit, a
// frontmatter value, waivers, a machine draft, an entity, a lexicon entry, publishing. Each write
// checks the file's hash first (a file changed on disk since the browser loaded it is never
// overwritten), re-reads what it wrote with the site's reader, and puts the old text back if the
// result has errors the old one did not have.
import 'server-only';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { annotationReport } from '../../article/annotation-report';
import { analyseArticle } from '../../article/analyse';
import type { AnalysedArticle, Cell, Unit } from '../../article/model';
import type { UnitStatus } from '../../article/structure';
import { readArticle, type Article } from '../../content/load';
import { readPublishedIds, recordPublishedIds } from '../../content/published-ids';
import { parseYaml } from '../../content/yaml';
import { buildEntityIndex, type EntityIndex } from '../../entities';
import { readEntities } from '../../entities/load';
import { entitySchema, type Entity } from '../../entities/schema';
import { buildLexiconIndex, readLexicon, type LexiconIndex } from '../../lexicon/load';
import { letterOf, lexiconFiles, mergeEntries } from '../../lexicon/merge';
import { wordKey } from '../../lexicon/normalize';
import { lexiconEntrySchema, type LexiconEntry, type SegmentationOverride } from '../../lexicon/schema';
import { senseText } from '../../lexicon/sense';
import { qaUnit } from '../../qa/from-article';
import { QA_RULES, type QaWaiver } from '../../qa/types';
import { EditError, lineDiff, rewriteNote, rewriteUnit, setFrontmatter, sourceUnits, type SourceUnit } from '../edit-source';
import type { MachineTranslator } from '../machine-translation';
import { buildMemory, suggest, type MemoryIndex } from '../memory';
import type { ArticleSummary, ConflictBody, GlossaryEntity, GlossaryWord, ViSegment, WorkbenchArticle, WorkbenchUnit } from '../view';
import { contentPath } from './paths';

const run = promisify(execFile);

/** A refused operation: the HTTP status and the body to send. */
export class WorkbenchError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: string; message: string; issues?: { path: string; message: string }[] } | ConflictBody,
  ) {
    super(body.message);
    this.name = 'WorkbenchError';
  }
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EDITABLE_FIELDS = { 'headline.en': ['headline', 'en'], 'summary.en': ['summary', 'en'], 'summary.vi': ['summary', 'vi'] } as const;
export type EditableField = keyof typeof EDITABLE_FIELDS;
export function isEditableField(value: string): value is EditableField {
  return value in EDITABLE_FIELDS;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function segmentsOf(cell: Cell): ViSegment[] {
  const marks = [
    ...cell.mentions.map((mention) => ({ start: mention.start, end: mention.end, kind: 'mention' as const, ref: mention.entity })),
    ...cell.words.map((word) => ({ start: word.start, end: word.end, kind: word.entry === null ? ('unknown' as const) : ('word' as const), ref: word.entry ?? undefined })),
  ].sort((a, b) => a.start - b.start);
  const segments: ViSegment[] = [];
  let position = 0;
  for (const mark of marks) {
    if (mark.start < position) continue;
    if (mark.start > position) segments.push({ text: cell.text.slice(position, mark.start), kind: 'text' });
    segments.push({ text: cell.text.slice(mark.start, mark.end), kind: mark.kind, ...(mark.ref ? { ref: mark.ref } : {}) });
    position = mark.end;
  }
  if (position < cell.text.length) segments.push({ text: cell.text.slice(position), kind: 'text' });
  return segments;
}

interface ParsedFile {
  hash: string;
  article?: Article;
  findings: { line: number; message: string; severity: string }[];
  units: SourceUnit[];
}

export interface WorkbenchOptions {
  /** The content root: articles/, entities/, lexicon/, published-ids.json. */
  root: string;
  translator: MachineTranslator | null;
  /** How publishing runs check:content (a command and its arguments; the content root goes in SONG_NGU_CONTENT_DIR). */
  checkCommand?: readonly string[];
}

export class WorkbenchStore {
  readonly root: string;
  readonly translator: MachineTranslator | null;
  private entities!: EntityIndex;
  private lexiconEntries: LexiconEntry[] = [];
  private overrides: SegmentationOverride[] = [];
  private lexicon!: LexiconIndex;
  private memory!: MemoryIndex;
  /** Each article file as last read, by path: a file is parsed again only when its text changed. */
  private readonly parsed = new Map<string, ParsedFile>();
  /** Views by file hash, for as long as the knowledge base, lexicon and memory stay as they are. */
  private readonly views = new Map<string, WorkbenchArticle>();
  /** The versions of files the browser was sent, by hash: a refused write shows what changed since. */
  private readonly versions = new Map<string, string>();
  private readonly checkCommand: readonly string[];

  constructor(options: WorkbenchOptions) {
    this.root = realpathSync(resolve(options.root));
    this.translator = options.translator;
    this.checkCommand = options.checkCommand ?? [join(process.cwd(), 'node_modules/.bin/tsx'), '--conditions=react-server', join(process.cwd(), 'scripts/check-content.ts')];
    this.reloadEntities();
    const lexicon = readLexicon(join(this.root, 'lexicon'));
    this.lexiconEntries = lexicon.entries;
    this.overrides = lexicon.overrides;
    this.lexicon = buildLexiconIndex(this.lexiconEntries, this.overrides);
    this.rebuildMemory();
  }

  private get articlesDir(): string {
    return join(this.root, 'articles');
  }

  private reloadEntities(): void {
    const { entities, findings } = readEntities(join(this.root, 'entities'));
    const errors = findings.filter((finding) => finding.severity === 'error');
    if (errors.length) throw new Error(`the knowledge base has errors: ${errors.map((finding) => `${finding.file}:${finding.line}: ${finding.message}`).join('; ')}`);
    this.entities = buildEntityIndex(entities);
    this.views.clear();
  }

  private articleFiles(): string[] {
    return readdirSync(this.articlesDir).filter((name) => name.endsWith('.md') && SLUG.test(name.slice(0, -3))).sort();
  }

  /** The site's reader over one file (lib/content/load), and its units' places in the text; cached while the text is the same. */
  private parse(path: string, source: string): ParsedFile {
    const hash = contentHash(source);
    const cached = this.parsed.get(path);
    if (cached?.hash === hash) return cached;
    const { article, findings } = readArticle(path, source);
    const parsed: ParsedFile = { hash, ...(article ? { article } : {}), findings, units: article ? sourceUnits(source, article.tree) : [] };
    this.parsed.set(path, parsed);
    return parsed;
  }

  private read(slug: string): { path: string; source: string } & ParsedFile {
    if (!SLUG.test(slug)) throw new WorkbenchError(400, { error: 'bad-slug', message: 'an article slug is lower-case ASCII words joined by hyphens' });
    const path = contentPath(this.root, ['articles', `${slug}.md`]);
    if (!existsSync(path)) throw new WorkbenchError(404, { error: 'not-found', message: `no article ${slug}` });
    const source = readFileSync(path, 'utf8');
    return { path, source, ...this.parse(path, source) };
  }

  private analyse(article: Article): AnalysedArticle {
    return analyseArticle(article, { entities: this.entities, lexicon: this.lexicon });
  }

  /** The memory: every translated unit of every article (not machine drafts). */
  private rebuildMemory(): void {
    const entries = this.articleFiles().flatMap((name) => {
      const { article, units } = this.parse(join(this.articlesDir, name), readFileSync(join(this.articlesDir, name), 'utf8'));
      if (!article) return [];
      const english = new Map(units.map((unit) => [unit.id, unit]));
      return article.structure.blocks.flatMap((block) =>
        block.units.flatMap((unit) => {
          const raw = english.get(unit.id);
          return unit.en !== null && raw?.en ? [{ slug: article.meta.slug, unit: unit.id, vi: unit.vi, en: raw.en }] : [];
        }),
      );
    });
    this.memory = buildMemory(entries);
    this.views.clear();
  }

  get memoryIndex(): MemoryIndex {
    return this.memory;
  }

  /** Analyses the drafts once at start, so that opening one answers at once (and the analysis code is warm). */
  prepare(): void {
    for (const article of this.list().filter((summary) => summary.status === 'draft')) {
      try {
        this.view(article.slug);
      } catch (error) {
        // A draft that does not read is shown with its problems when opened; it does not stop the start.
        if (!(error instanceof WorkbenchError)) throw error;
      }
    }
  }

  list(): ArticleSummary[] {
    const summaries = this.articleFiles().flatMap((name): ArticleSummary[] => {
      const { article } = this.parse(join(this.articlesDir, name), readFileSync(join(this.articlesDir, name), 'utf8'));
      if (!article) return [{ slug: name.slice(0, -3), status: 'draft', headline: name, units: 0, translated: 0 }];
      const units = article.structure.blocks.flatMap((block) => block.units);
      return [{ slug: article.meta.slug, status: article.meta.status, headline: article.meta.headline.vi, units: units.length, translated: units.filter((unit) => unit.en !== null).length }];
    });
    // Drafts first: they are what a translator opens the workbench for.
    return summaries.sort((a, b) => (a.status === b.status ? a.slug.localeCompare(b.slug) : a.status === 'draft' ? -1 : 1));
  }

  private glossary(unit: Unit): WorkbenchUnit['glossary'] {
    const entities: GlossaryEntity[] = [];
    for (const id of new Set(unit.vi.mentions.map((mention) => mention.entity))) {
      const entity = this.entities.byId.get(id);
      if (entity) entities.push({ id, vi: entity.name.vi, en: entity.name.en, aliases: entity.aliases.en, gloss: entity.gloss.en });
    }
    const words: GlossaryWord[] = [];
    const seen = new Set<string>();
    for (const word of unit.vi.words) {
      if (word.entry === null || seen.has(word.entry)) continue;
      seen.add(word.entry);
      const entry = this.lexicon.byKey.get(wordKey(word.entry));
      if (!entry) continue;
      const senses = entry.senses.map(senseText);
      const chosen = senses[word.sense];
      words.push({ word: entry.word, pos: entry.pos, senses: chosen ? [chosen, ...senses.filter((_, index) => index !== word.sense)] : senses, ...(entry.han ? { han: entry.han } : {}) });
    }
    return { entities, words };
  }

  view(slug: string): WorkbenchArticle {
    const { path, source, article, findings, hash, units: sourceUnitList } = this.read(slug);
    if (!article) throw new WorkbenchError(422, { error: 'unreadable', message: `the article does not read: ${findings.map((finding) => `line ${finding.line}: ${finding.message}`).join('; ')}` });
    this.remember(hash, source);
    const cached = this.views.get(hash);
    if (cached) return cached;
    const analysed = this.analyse(article);
    const raw = new Map(sourceUnitList.map((unit) => [unit.id, unit]));
    const structure = new Map(article.structure.blocks.flatMap((block) => block.units.map((unit) => [unit.id, unit] as const)));
    const kinds = new Map(analysed.blocks.map((block) => [block.id, block.kind]));
    const report = annotationReport(analysed);
    const units = analysed.units.map((unit): WorkbenchUnit => {
      const source = raw.get(unit.id);
      const read = structure.get(unit.id);
      const machine = read?.status === 'machine' ? read.machine : null;
      return {
        id: unit.id,
        block: unit.block,
        blockKind: kinds.get(unit.block) ?? 'paragraph',
        status: read?.status ?? 'untranslated',
        vi: unit.vi.text,
        segments: segmentsOf(unit.vi),
        en: source?.en ?? '',
        qa: qaUnit(unit, this.entities.byId, machine ?? undefined),
        glossary: this.glossary(unit),
        memory: suggest(this.memory, unit.vi.text, { slug, unit: unit.id }),
        notes: analysed.notes.filter((note) => note.target === unit.id).map((note) => ({ id: note.id, vi: note.vi, en: note.en })),
      };
    });
    const view: WorkbenchArticle = {
      slug,
      file: relative(this.root, path),
      hash,
      status: article.meta.status,
      headline: { vi: article.meta.headline.vi, en: article.meta.headline.en },
      summary: { vi: article.meta.summary.vi, en: article.meta.summary.en },
      units,
      waivers: article.meta.qa_waivers ?? [],
      todo: {
        uncovered: report.uncovered.filter((item) => item.unit !== 'headline').map(({ unit, text }) => ({ unit, text })),
        unlinked: report.unlinkedNames.filter((name) => name.lang === 'vi').map(({ name, units }) => ({ name, units })),
      },
      problems: findings.filter((finding) => finding.severity === 'error').map(({ line, message }) => ({ line, message })),
      machineTranslation: this.translator?.name ?? null,
      knownEntities: [...this.entities.byId.keys()],
    };
    this.views.set(hash, view);
    while (this.views.size > 20) this.views.delete(this.views.keys().next().value ?? '');
    return view;
  }

  private remember(hash: string, source: string): void {
    this.versions.delete(hash);
    this.versions.set(hash, source);
    while (this.versions.size > 200) this.versions.delete(this.versions.keys().next().value ?? '');
  }

  /** Refuses a write to a file that changed since the browser loaded it: 409 with the difference. */
  private checkFresh(source: string, hash: string): void {
    const current = contentHash(source);
    if (current === hash) return;
    const loaded = this.versions.get(hash);
    throw new WorkbenchError(409, {
      error: 'conflict',
      message: 'the file changed on disk since you opened it: nothing was saved',
      diff: loaded === undefined ? null : lineDiff(loaded, source),
      hash: current,
    });
  }

  /**
   * Writes `next` in place of `source` if it reads at least as well: the site's reader must find no
   * error the old text did not have. Returns the new view.
   */
  private write(slug: string, path: string, source: string, next: string): WorkbenchArticle {
    if (next !== source) {
      const before = new Set(this.parse(path, source).findings.filter((finding) => finding.severity === 'error').map((finding) => finding.message));
      const after = this.parse(path, next).findings.filter((finding) => finding.severity === 'error' && !before.has(finding.message));
      if (after.length) throw new WorkbenchError(422, { error: 'invalid', message: after.map((finding) => finding.message).join('; ') });
      writeFileSync(path, next);
      this.rebuildMemory();
    }
    return this.view(slug);
  }

  saveUnit(slug: string, unitId: string, change: { hash: string; en: string; status: UnitStatus }): WorkbenchArticle {
    const { path, source } = this.read(slug);
    this.checkFresh(source, change.hash);
    let next: string;
    try {
      next = rewriteUnit(source, unitId, { en: change.en.normalize('NFC'), status: change.status });
    } catch (error) {
      if (error instanceof EditError) throw new WorkbenchError(404, { error: 'no-unit', message: error.message });
      throw error;
    }
    return this.write(slug, path, source, next);
  }

  saveNote(slug: string, noteId: string, change: { hash: string; vi: string; en: string }): WorkbenchArticle {
    const { path, source } = this.read(slug);
    this.checkFresh(source, change.hash);
    let next: string;
    try {
      next = rewriteNote(source, noteId, { vi: change.vi.normalize('NFC'), en: change.en.normalize('NFC') });
    } catch (error) {
      if (error instanceof EditError) throw new WorkbenchError(400, { error: 'note', message: error.message });
      throw error;
    }
    return this.write(slug, path, source, next);
  }

  saveField(slug: string, field: EditableField, change: { hash: string; value: string }): WorkbenchArticle {
    const { path, source } = this.read(slug);
    this.checkFresh(source, change.hash);
    return this.write(slug, path, source, setFrontmatter(source, EDITABLE_FIELDS[field], change.value.normalize('NFC').trim()));
  }

  saveWaivers(slug: string, change: { hash: string; waivers: QaWaiver[] }): WorkbenchArticle {
    const { path, source, article } = this.read(slug);
    this.checkFresh(source, change.hash);
    const units = new Set(article?.structure.blocks.flatMap((block) => block.units.map((unit) => unit.id)) ?? []);
    const issues = change.waivers.flatMap((waiver, index) => [
      ...(units.has(waiver.unit) ? [] : [{ path: `waivers[${index}].unit`, message: `no unit ${waiver.unit}` }]),
      ...(QA_RULES.includes(waiver.rule) ? [] : [{ path: `waivers[${index}].rule`, message: `no rule ${String(waiver.rule)}` }]),
      ...(waiver.reason.trim().length >= 10 ? [] : [{ path: `waivers[${index}].reason`, message: 'say why, in a sentence' }]),
    ]);
    if (issues.length) throw new WorkbenchError(400, { error: 'invalid', message: 'the waivers are not valid', issues });
    const value = change.waivers.length ? change.waivers.map(({ unit, rule, reason }) => ({ unit, rule, reason: reason.normalize('NFC').trim() })) : undefined;
    return this.write(slug, path, source, setFrontmatter(source, ['qa_waivers'], value));
  }

  /** Asks the translator for the unit's English and stores it as a machine draft. */
  async machineDraft(slug: string, unitId: string, hash: string): Promise<WorkbenchArticle> {
    if (!this.translator) throw new WorkbenchError(404, { error: 'off', message: 'machine drafts are off: set SONG_NGU_MT_URL' });
    const { source, article } = this.read(slug);
    this.checkFresh(source, hash);
    const unit = article?.structure.blocks.flatMap((block) => block.units).find((candidate) => candidate.id === unitId);
    if (!unit) throw new WorkbenchError(404, { error: 'no-unit', message: `no unit ${unitId} in this article` });
    let english: string;
    try {
      english = await this.translator.translate(unit.vi);
    } catch (error) {
      throw new WorkbenchError(502, { error: 'machine-translation', message: `${this.translator.name}: ${error instanceof Error ? error.message : String(error)}` });
    }
    // Markdown and HTML in a machine's answer are text, not markup.
    const text = english.replace(/[<>]/g, (char) => (char === '<' ? '‹' : '›')).replace(/([\\*_[\]`:])/g, '\\$1');
    return this.saveUnit(slug, unitId, { hash, en: text, status: 'machine' });
  }

  /**
   * Publishing: `status: published`, then check:content over the whole content root (the same check
   * the build runs); any error in this article puts the draft back. Then the ids are recorded.
   */
  async publish(slug: string, hash: string): Promise<{ view: WorkbenchArticle; report: string[] }> {
    const { path, source } = this.read(slug);
    this.checkFresh(source, hash);
    const next = setFrontmatter(source, ['status'], 'published');
    writeFileSync(path, next);
    const [command, ...args] = this.checkCommand;
    let output: string;
    try {
      const result = await run(command ?? 'false', args, { env: { ...process.env, SONG_NGU_CONTENT_DIR: this.root }, maxBuffer: 16 * 1024 * 1024 });
      output = result.stdout;
    } catch (error) {
      output = typeof error === 'object' && error !== null && 'stdout' in error && typeof error.stdout === 'string' ? error.stdout : String(error);
    }
    const errors = output
      .split('\n')
      .map((line) => /^(.+?):(\d+): error: (.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && resolve(process.cwd(), match[1] ?? '') === path)
      .map((match) => `line ${match[2] ?? ''}: ${match[3] ?? ''}`);
    if (errors.length) {
      writeFileSync(path, source);
      throw new WorkbenchError(422, { error: 'not-publishable', message: 'check:content refuses to publish this article', issues: errors.map((message) => ({ path: 'article', message })) });
    }
    if (!errors.length && !/check:content: /.test(output)) {
      writeFileSync(path, source);
      throw new WorkbenchError(500, { error: 'check-failed', message: 'check:content did not run' });
    }
    const idsFile = join(this.root, 'published-ids.json');
    const ids = readPublishedIds(idsFile);
    const articles = this.articleFiles().flatMap((name) => {
      const file = join(this.articlesDir, name);
      return readArticle(file, readFileSync(file, 'utf8')).article ?? [];
    });
    writeFileSync(idsFile, `${JSON.stringify(recordPublishedIds(ids.record, articles), null, 2)}\n`);
    this.rebuildMemory();
    return { view: this.view(slug), report: output.split('\n').filter((line) => line.includes(relative(process.cwd(), path)) || line.startsWith('check:content:')) };
  }

  /** A new entity record, content/entities/<id>.yaml, in the layout of the others. */
  createEntity(input: unknown): Entity {
    const parsed = entitySchema.safeParse(input);
    if (!parsed.success) {
      throw new WorkbenchError(400, { error: 'invalid', message: 'the entity is not valid', issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
    }
    const entity = parsed.data;
    const path = contentPath(this.root, ['entities', `${entity.id}.yaml`]);
    if (existsSync(path)) throw new WorkbenchError(409, { error: 'exists', message: `entity ${entity.id} exists already`, issues: [{ path: 'id', message: 'taken' }] });
    const record = {
      id: entity.id,
      type: entity.type,
      name: { en: entity.name.en, vi: entity.name.vi },
      aliases: { ...(entity.aliases.vi.length ? { vi: entity.aliases.vi } : {}), ...(entity.aliases.en.length ? { en: entity.aliases.en } : {}) },
      gloss: entity.gloss,
      explanation: entity.explanation,
      ...(entity.wikidata ? { wikidata: entity.wikidata } : {}),
      ...(entity.wikipedia ? { wikipedia: entity.wikipedia } : {}),
    };
    const text = stringify(record, { lineWidth: 0 }).normalize('NFC');
    if (!parseYaml(text, entitySchema).data) throw new WorkbenchError(500, { error: 'write', message: 'the record would not read back' });
    writeFileSync(path, text, { flag: 'wx' });
    try {
      this.reloadEntities();
    } catch (error) {
      // A record that breaks the knowledge base is taken back out.
      unlinkSync(path);
      this.reloadEntities();
      throw new WorkbenchError(400, { error: 'invalid', message: error instanceof Error ? error.message : String(error) });
    }
    return entity;
  }

  /** A new lexicon entry, merged into its letter file the way lexicon:merge does. */
  createLexiconEntry(input: unknown): LexiconEntry {
    const parsed = lexiconEntrySchema.safeParse(input);
    if (!parsed.success) {
      throw new WorkbenchError(400, { error: 'invalid', message: 'the entry is not valid', issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })) });
    }
    const entry = parsed.data;
    if (this.lexicon.byKey.has(wordKey(entry.word))) throw new WorkbenchError(409, { error: 'exists', message: `the lexicon has "${entry.word}" already`, issues: [{ path: 'word', message: 'taken' }] });
    const merged = mergeEntries(this.lexiconEntries, [{ from: 'workbench', entries: [entry] }]);
    const letter = letterOf(entry.word);
    const text = lexiconFiles([...merged.entries.values()].filter((candidate) => letterOf(candidate.word) === letter)).get(letter);
    if (!text) throw new WorkbenchError(500, { error: 'write', message: 'no letter file for the word' });
    writeFileSync(contentPath(this.root, ['lexicon', `${letter}.yaml`]), text);
    this.lexiconEntries = [...merged.entries.values()];
    this.lexicon = buildLexiconIndex(this.lexiconEntries, this.overrides);
    this.views.clear();
    return entry;
  }
}
