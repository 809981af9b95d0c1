// The analysed article: what the site knows about one article after one read and one analysis pass.
// Every consumer reads this — the HTML render, open data, search, the entity concordance, lexicon
// coverage, key words and check:content — and none of them reads rendered HTML back for data.
//
// Offsets are UTF-16 code units into the cell's `text` (as JavaScript strings count them), end
// exclusive. A cell's text is its sentence as published: editorial-note markers are not part of it.
import type { Article } from '../content/load';
import type { Frontmatter } from '../content/schema';
import type { BlockKind, EditorialNote } from './structure';

export type Lang = 'vi' | 'en';

/** An entity named in the text: found by its aliases, or written explicitly (`:entity[…]{#id}`). */
export interface Mention {
  start: number;
  end: number;
  entity: string;
  explicit: boolean;
}

/**
 * A Vietnamese word as segmented against the lexicon. `entry` is the lexicon entry's `word` (its id),
 * or null for a stretch no entry covers. `sense` is the index of the sense that fits this sentence.
 */
export interface Word {
  start: number;
  end: number;
  entry: string | null;
  sense: number;
}

export interface Cell {
  text: string;
  /** In text order. */
  mentions: Mention[];
  /** Vietnamese only; in text order; names (mentions), links and digits are not words. */
  words: Word[];
}

export interface Unit {
  id: string;
  /** Its number in the article, from 1: "sentence 7" in labels and announcements. */
  ordinal: number;
  block: string;
  /** Line of the article file the unit starts on. */
  line: number;
  vi: Cell;
  /** null while the translation is pending (drafts only). */
  en: Cell | null;
}

export interface Block {
  id: string;
  kind: BlockKind;
  line: number;
  units: Unit[];
}

export interface AnalysedArticle {
  /** The article as read: file, frontmatter, body tree (for the render) and structure. */
  source: Article;
  slug: string;
  meta: Frontmatter;
  headline: { vi: Cell };
  blocks: Block[];
  /** Every unit in reading order. */
  units: Unit[];
  notes: EditorialNote[];
}

export function findUnit(article: AnalysedArticle, unitId: string): Unit | undefined {
  return article.units.find((unit) => unit.id === unitId);
}
