// The learner's saved words: the browser store's format (with migration from older versions and
// recovery from damage) and the export formats (CSV, which import reads back exactly, and Anki).
import { z } from 'zod';
import { sameOccurrence } from './occurrence';

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

export const STORE_VERSION = 2;
const storeSchema = z.strictObject({ version: z.literal(STORE_VERSION), words: z.array(savedWordSchema) });

/** Version 1 kept a single context string and the link. */
const storeV1Schema = z.strictObject({
  version: z.literal(1),
  words: z.array(z.strictObject({ word: z.string().min(1), meaning: z.string(), context: z.string(), link: z.string(), savedAt: z.string() })),
});

export type StoreReading =
  | { status: 'ok' | 'empty'; words: SavedWord[] }
  | { status: 'migrated'; words: SavedWord[]; from: number }
  | { status: 'damaged'; words: SavedWord[] };

function fromLink(link: string): { article: string; unit: string } {
  const match = /\/articles\/([^/]+)\/(?:#(.+))?$/.exec(link);
  return { article: match?.[1] ?? '', unit: match?.[2] ?? '' };
}

/** Reads the stored JSON; never throws. A damaged store reads as empty and says so. */
export function readStore(raw: string | null): StoreReading {
  if (raw === null || raw === '') return { status: 'empty', words: [] };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'damaged', words: [] };
  }
  const current = storeSchema.safeParse(data);
  if (current.success) return { status: 'ok', words: current.data.words };
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
    return { status: 'migrated', words, from: 1 };
  }
  return { status: 'damaged', words: [] };
}

export function writeStore(words: readonly SavedWord[]): string {
  return JSON.stringify({ version: STORE_VERSION, words });
}

/** Adds imported words the list does not have yet, keeping the list's order. */
export function mergeWords(existing: readonly SavedWord[], incoming: readonly SavedWord[]): SavedWord[] {
  const merged = [...existing];
  for (const word of incoming) if (!merged.some((other) => sameOccurrence(other, word))) merged.push(word);
  return merged;
}

const CSV_COLUMNS = ['word', 'pos', 'meaning', 'han', 'sentenceVi', 'sentenceEn', 'article', 'unit', 'link', 'savedAt'] as const satisfies readonly (keyof SavedWord)[];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(words: readonly SavedWord[]): string {
  const lines = [CSV_COLUMNS.join(','), ...words.map((word) => CSV_COLUMNS.map((column) => csvField(word[column])).join(','))];
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
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new ImportError(error instanceof Error ? error.message : String(error));
  }
  const [header, ...records] = rows;
  if (!header || header.join(',') !== CSV_COLUMNS.join(',')) throw new ImportError(`the first line must be the header ${CSV_COLUMNS.join(',')}`);
  return records.map((record, index) => {
    if (record.length !== CSV_COLUMNS.length) throw new ImportError(`line ${index + 2} has ${record.length} fields, not ${CSV_COLUMNS.length}`);
    const parsed = savedWordSchema.safeParse(Object.fromEntries(CSV_COLUMNS.map((column, position) => [column, record[position]])));
    if (!parsed.success) throw new ImportError(`line ${index + 2}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
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
      `<a href="${escapeHtml(new URL(word.link, origin).href)}">${escapeHtml(new URL(word.link, origin).href)}</a>`,
    ].filter(Boolean);
    lines.push([ankiField(escapeHtml(word.word)), ankiField(back.join('<br>')), `song-ngu ${word.article}`].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}
