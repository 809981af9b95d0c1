// What the workbench server sends the browser: plain data, built from the analysed article
// (lib/article), the knowledge base and the lexicon. Types only, shared by server and client.
import type { UnitStatus } from '../article/structure';
import type { PartOfSpeech } from '../lexicon/schema';
import type { DiffLine } from './edit-source';
import type { MemorySuggestion } from './memory';
import type { QaUnit, QaWaiver } from '../qa/types';

/** A stretch of a Vietnamese sentence as the site marks it: a name, a word the lexicon has, a word it lacks, or the text between. */
export interface ViSegment {
  text: string;
  kind: 'text' | 'mention' | 'word' | 'unknown';
  /** The entity id (mention) or the lexicon word (word). */
  ref?: string;
}

export interface GlossaryEntity {
  id: string;
  vi: string;
  en: string;
  aliases: string[];
  gloss: string;
}

export interface GlossaryWord {
  word: string;
  pos: PartOfSpeech;
  /** The sense that fits this sentence first. */
  senses: string[];
  han?: string;
}

export interface WorkbenchUnit {
  id: string;
  block: string;
  blockKind: 'paragraph' | 'heading' | 'caption';
  status: UnitStatus;
  vi: string;
  segments: ViSegment[];
  /** The English (or machine draft) as written in the file: Markdown, one paragraph. */
  en: string;
  /** The QA input as the server's analysis has it; the browser replaces `en` as the translator types. */
  qa: QaUnit;
  glossary: { entities: GlossaryEntity[]; words: GlossaryWord[] };
  memory: MemorySuggestion[];
  notes: { id: string; vi: string; en: string }[];
}

export interface WorkbenchArticle {
  slug: string;
  /** The file, relative to the content root. */
  file: string;
  /** sha256 of the file as read: every write sends it back, and a file changed since is refused. */
  hash: string;
  status: 'draft' | 'published';
  headline: { vi: string; en: string };
  summary: { vi: string; en: string };
  units: WorkbenchUnit[];
  waivers: QaWaiver[];
  /** The editor's to-do list from the analysis: words no entry covers, names no entity matched. */
  todo: { uncovered: { unit: string; text: string }[]; unlinked: { name: string; units: string[] }[] };
  /** Problems the content check reports in the file as it is now. */
  problems: { line: number; message: string }[];
  machineTranslation: string | null;
  /** Every entity id: explicit markup in the English (`:entity[…]{#id}`) counts only for these. */
  knownEntities: string[];
}

export interface ArticleSummary {
  slug: string;
  status: 'draft' | 'published';
  headline: string;
  units: number;
  translated: number;
}

/** The body of a refused write: what to show. */
export interface ConflictBody {
  error: 'conflict';
  message: string;
  /** The file as the browser loaded it → the file on disk now; null when the loaded version is not known any more. */
  diff: DiffLine[] | null;
  hash: string;
}

export interface ErrorBody {
  error: string;
  message: string;
  /** Field paths and problems, for the forms. */
  issues?: { path: string; message: string }[];
}
