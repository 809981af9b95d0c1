// The learner's saved words: the browser store's format (with migration from older versions and
// recovery from damage), writing it without ever claiming what did not happen (a full store is
// reported, a damaged one is never replaced before it is kept), and the export formats (CSV, which
// import reads back exactly, and Anki). Imports and exports carry links to this site's articles only.
import { z } from 'zod';
import { sameOccurrence } from './occurrence';
import { studyPartsShape } from './study-data';
import { emptyStudyData, pruneCards, type StudyData } from './study-model';

export const savedWordSchema = z.strictObject({
  word: z.string().min(1),
  pos: z.string(),
  meaning: z.string(),
  han: z.string(),
  sentenceVi: z.string(),
  sentenceEn: z.string(),
  article: z.string(),
  unit: z.string(),
  link: z.string(),
  savedAt: z.string(),
});
export type SavedWord = z.infer<typeof savedWordSchema>;

export const STORE_VERSION = 3;
const storeSchema = z.strictObject({ version: z.literal(STORE_VERSION), words: z.array(savedWordSchema), ...studyPartsShape });

/** Version 2 held the saved words only. */
const storeV2Schema = z.strictObject({ version: z.literal(2), words: z.array(savedWordSchema) });

/** Version 1 kept a single context string and the link. */
const storeV1Schema = z.strictObject({
  version: z.literal(1),
  words: z.array(z.strictObject({ word: z.string().min(1), meaning: z.string(), context: z.string(), link: z.string(), savedAt: z.string() })),
});

export type StoreReading =
  | { status: 'ok' | 'empty'; data: StudyData }
  | { status: 'migrated'; data: StudyData; from: number }
  | { status: 'damaged'; data: StudyData };

function fromLink(link: string): { article: string; unit: string } {
  const match = /\/articles\/([^/]+)\/(?:#(.+))?$/.exec(link);
  return { article: match?.[1] ?? '', unit: match?.[2] ?? '' };
}

/** Reads stored (or exported) JSON of any version this site knows; never throws. A damaged store reads as empty and says so. */
export function readStore(raw: string | null): StoreReading {
  if (raw === null || raw === '') return { status: 'empty', data: emptyStudyData() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'damaged', data: emptyStudyData() };
  }
  return readStoreData(data);
}

export function readStoreData(data: unknown): StoreReading {
  const current = storeSchema.safeParse(data);
  if (current.success) {
    const { words, sentences, cards, wordStates, days } = current.data;
    return { status: 'ok', data: { words, sentences, cards, wordStates, days } };
  }
  const v2 = storeV2Schema.safeParse(data);
  if (v2.success) return { status: 'migrated', data: emptyStudyData(v2.data.words), from: 2 };
  const v1 = storeV1Schema.safeParse(data);
  if (v1.success) {
    const words = v1.data.words.map((old) => ({
      word: old.word,
      pos: '',
      meaning: old.meaning,
      han: '',
      sentenceVi: old.context,
      sentenceEn: '',
      ...fromLink(old.link),
      link: old.link,
      savedAt: old.savedAt,
    }));
    return { status: 'migrated', data: emptyStudyData(words), from: 1 };
  }
  return { status: 'damaged', data: emptyStudyData() };
}

export function writeStore(data: StudyData): string {
  const { words, sentences, cards, wordStates, days } = pruneCards(data);
  return JSON.stringify({ version: STORE_VERSION, words, sentences, cards, wordStates, days });
}

/** A sentence of an article of this site: `/en/articles/<slug>/#<unit>`; nothing else is a saved word's link. */
const ARTICLE_LINK = /^\/(?:en|vi)\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*\/(?:#[A-Za-z0-9_-]+)?$/;
const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const UNIT_ID = /^[A-Za-z0-9_-]*$/;

export function isArticleLink(link: string): boolean {
  return ARTICLE_LINK.test(link);
}

/** The subset of the Web Storage API the store uses (localStorage, or a fake in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type WriteResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'damaged-not-kept' };

/** Browsers name a full store differently (Firefox's older name included). */
export function isQuotaError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

function attempt(write: () => void): WriteResult {
  try {
    write();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? 'quota' : 'unavailable' };
  }
}

/** Copies a damaged store under `asideKey` and reads the copy back: true only if it is really there. */
export function setAsideDamaged(storage: KeyValueStorage, raw: string, asideKey: string): boolean {
  if (!attempt(() => storage.setItem(asideKey, raw)).ok) return false;
  try {
    return storage.getItem(asideKey) === raw;
  } catch {
    return false;
  }
}

export type StoreNotice = { kind: 'damaged'; key: string } | { kind: 'damaged-not-kept'; raw: string } | { kind: 'migrated' } | { kind: 'write-failed'; reason: 'quota' | 'unavailable' } | null;

/**
 * Reads the store, upgrading an older format and setting a damaged one aside. A damaged store that
 * cannot be set aside (a 4 MB one fills the quota twice over) stays where it is, untouched, and the
 * notice carries it for the page to offer as a download; nothing is written over it meanwhile.
 */
export function recoverStore(storage: KeyValueStorage, key: string, asideKey: string): { data: StudyData; notice: StoreNotice } {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { data: emptyStudyData(), notice: null };
  }
  const reading = readStore(raw);
  if (reading.status === 'damaged' && raw !== null) {
    if (!setAsideDamaged(storage, raw, asideKey)) return { data: emptyStudyData(), notice: { kind: 'damaged-not-kept', raw } };
    const written = attempt(() => storage.setItem(key, writeStore(emptyStudyData())));
    return { data: emptyStudyData(), notice: written.ok ? { kind: 'damaged', key: asideKey } : { kind: 'write-failed', reason: written.reason === 'quota' ? 'quota' : 'unavailable' } };
  }
  if (reading.status === 'migrated') {
    const written = attempt(() => storage.setItem(key, writeStore(reading.data)));
    return { data: reading.data, notice: written.ok ? { kind: 'migrated' } : { kind: 'write-failed', reason: written.reason === 'quota' ? 'quota' : 'unavailable' } };
  }
  return { data: reading.data, notice: null };
}

/** Writes the learner's data, unless what is stored is damaged and could not be kept: that is never replaced. */
export function persistStudyData(storage: KeyValueStorage, key: string, data: StudyData, asideKey: string): WriteResult {
  let current: string | null = null;
  try {
    current = storage.getItem(key);
  } catch {
    return { ok: false, reason: 'unavailable' };
  }
  if (current !== null && readStore(current).status === 'damaged' && !setAsideDamaged(storage, current, asideKey)) return { ok: false, reason: 'damaged-not-kept' };
  return attempt(() => storage.setItem(key, writeStore(data)));
}

/** Adds imported words the list does not have yet, keeping the list's order. */
export function mergeWords(existing: readonly SavedWord[], incoming: readonly SavedWord[]): SavedWord[] {
  const merged = [...existing];
  for (const word of incoming) if (!merged.some((other) => sameOccurrence(other, word))) merged.push(word);
  return merged;
}

const CSV_COLUMNS = ['word', 'pos', 'meaning', 'han', 'sentenceVi', 'sentenceEn', 'article', 'unit', 'link', 'savedAt'] as const satisfies readonly (keyof SavedWord)[];

/**
 * OWASP's CSV-injection rule: a cell starting with = + - @ TAB or CR is a formula to a spreadsheet
 * (`=HYPERLINK(…)`, `+cmd|…`), so it is exported behind a `'`, which spreadsheets show as text. A cell
 * that already starts with quotes before such a character gets one more, so that import, which
 * takes exactly one `'` off such cells, reads every value back as it was.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/** Every cell quoted (OWASP's advice too), quotes doubled. */
function csvField(value: string): string {
  return `"${neutraliseCell(value).replace(/"/g, '""')}"`;
}

/** Imports are capped: a 10 MB file once reported 28,062 words imported and stored none. */
export const IMPORT_LIMITS = { bytes: 2 * 1024 * 1024, words: 5_000 };

export function toCsv(words: readonly SavedWord[]): string {
  const exported = (word: SavedWord, column: (typeof CSV_COLUMNS)[number]) => (column === 'link' && !isArticleLink(word.link) ? '' : word[column]);
  const lines = [CSV_COLUMNS.join(','), ...words.map((word) => CSV_COLUMNS.map((column) => csvField(exported(word, column))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180 records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\uFEFF/, '');
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('a quoted field is not closed');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export class ImportError extends Error {}

/** Reads an exported CSV back into saved words; any malformed row rejects the whole file. */
export function fromCsv(text: string): SavedWord[] {
  if (text.length > IMPORT_LIMITS.bytes) throw new ImportError(`the file is larger than ${IMPORT_LIMITS.bytes / 1024 / 1024} MB; split it`);
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
  const [header, ...records] = rows;
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) throw new ImportError(`the first line must be the header ${CSV_COLUMNS.join(',')}`);
  if (records.length > IMPORT_LIMITS.words) throw new ImportError(`the file has ${records.length} words, more than ${IMPORT_LIMITS.words}; split it`);
  return records.map((record, index) => {
    if (record.length !== CSV_COLUMNS.length) throw new ImportError(`line ${index + 2} has ${record.length} fields, not ${CSV_COLUMNS.length}`);
    const parsed = savedWordSchema.safeParse(Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, restoreCell(record[position] ?? '')])));
    if (!parsed.success) throw new ImportError(`line ${index + 2}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    const word = parsed.data;
    if (word.link && !isArticleLink(word.link)) throw new ImportError(`line ${index + 2}: the link must be a sentence of this site (/en/articles/…/#…), not "${word.link.slice(0, 80)}"`);
    if (!SLUG.test(word.article) || !UNIT_ID.test(word.unit)) throw new ImportError(`line ${index + 2}: the article and unit must be an article slug and a sentence id`);
    return word;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The context sentence with the saved word in bold (first occurrence, ignoring case). */
export function markWord(sentence: string, word: string): string {
  const at = sentence.toLocaleLowerCase('vi').indexOf(word.toLocaleLowerCase('vi'));
  if (at < 0) return escapeHtml(sentence);
  return `${escapeHtml(sentence.slice(0, at))}<b>${escapeHtml(sentence.slice(at, at + word.length))}</b>${escapeHtml(sentence.slice(at + word.length))}`;
}

/** The link back, only to a sentence of this site, and never a throw on a malformed one (`http://[`). */
function articleUrl(link: string, origin: string): string {
  if (!isArticleLink(link)) return '';
  let href: string;
  try {
    href = new URL(link, origin).href;
  } catch {
    return '';
  }
  return `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`;
}

function ankiField(html: string): string {
  return html.replace(/[\t\r\n]+/g, ' ');
}

/** A tab-separated file with Anki's import headers: front the word, back the meaning and its context. */
export function toAnki(words: readonly SavedWord[], origin: string): string {
  const lines = ['#separator:tab', '#html:true', '#columns:Front\tBack', '#tags column:3'];
  for (const word of words) {
    const back = [
      escapeHtml(word.meaning),
      word.han ? `<span lang="zh-Hant">${escapeHtml(word.han)}</span>` : '',
      `<span lang="vi">${markWord(word.sentenceVi, word.word)}</span>`,
      word.sentenceEn ? `<span lang="en">${escapeHtml(word.sentenceEn)}</span>` : '',
      articleUrl(word.link, origin),
    ].filter(Boolean);
    const tags = SLUG.test(word.article) && word.article ? `song-ngu ${word.article}` : 'song-ngu';
    lines.push([ankiField(escapeHtml(word.word)), ankiField(back.join('<br>')), tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
