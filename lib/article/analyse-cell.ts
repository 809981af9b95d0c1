// Analyses one sentence cell (a unit's Vietnamese or English paragraph) into its text, its entity
// mentions and, for Vietnamese, its words. Pure: the cell's mdast and the indexes in, data out.
//
// The text is read piece by piece as Markdown wrote it, because each piece plays a different part:
// plain text is searched for aliases and split into words; an explicit `:entity[…]{#id}` is one
// mention whose text is neither searched nor split; `:entity[…]{off}` is split into words but never
// linked; a link's text is neither.
import type { PhrasingContent } from 'mdast';
import type { Matcher } from '../entities/matcher';
import { segmentText, senseIndexFor, type Lexicon } from '../lexicon/segment';
import type { Cell, Lang, Mention, Word } from './model';

export interface CellAnalysisOptions {
  matcher: Matcher;
  /** Entities the knowledge base has: explicit markup naming another id is no mention (check:content reports it). */
  known: ReadonlySet<string>;
  /** With a lexicon, the Vietnamese is split into words. */
  lexicon?: Lexicon;
  /** Word lists that override longest match in this unit. */
  overrides?: readonly (readonly string[])[];
}

/** What a stretch of the cell's text is open to. */
interface Piece {
  start: number;
  end: number;
  /** Searched for entity aliases. */
  linkable: boolean;
  /** Split into words. */
  segmentable: boolean;
}

interface Reading {
  text: string;
  pieces: Piece[];
  explicit: Mention[];
}

function read(children: readonly PhrasingContent[], known: ReadonlySet<string>): Reading {
  const reading: Reading = { text: '', pieces: [], explicit: [] };
  const append = (value: string, linkable: boolean, segmentable: boolean) => {
    const start = reading.text.length;
    reading.text += value;
    reading.pieces.push({ start, end: reading.text.length, linkable, segmentable });
  };
  const walk = (nodes: readonly PhrasingContent[], linkable: boolean, segmentable: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          append(node.value, linkable, segmentable);
          break;
        case 'break':
          append('\n', linkable, segmentable);
          break;
        case 'link':
        case 'linkReference':
          walk(node.children, false, false);
          break;
        case 'textDirective': {
          const id = node.attributes?.id;
          if (node.name === 'entity' && id && known.has(id)) {
            const start = reading.text.length;
            walk(node.children, false, false);
            reading.explicit.push({ start, end: reading.text.length, entity: id, explicit: true });
          } else {
            // `{off}`, or an id the knowledge base lacks: words, never a mention.
            walk(node.children, false, segmentable);
          }
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'delete':
          walk(node.children, linkable, segmentable);
          break;
        default:
          // Images, footnote references and raw HTML carry no sentence text (check:content rejects them).
          break;
      }
    }
  };
  walk(children, true, true);
  return reading;
}

/** The stretches of [start, end) that no mention covers. */
function outside(start: number, end: number, mentions: readonly Mention[]): { start: number; end: number }[] {
  const gaps: { start: number; end: number }[] = [];
  let position = start;
  for (const mention of mentions) {
    if (mention.end <= position || mention.start >= end) continue;
    if (mention.start > position) gaps.push({ start: position, end: mention.start });
    position = Math.max(position, mention.end);
  }
  if (position < end) gaps.push({ start: position, end });
  return gaps;
}

export function analyseCell(children: readonly PhrasingContent[], lang: Lang, options: CellAnalysisOptions): Cell {
  const { text, pieces, explicit } = read(children, options.known);
  const found = pieces.flatMap((piece) =>
    piece.linkable
      ? // The whole sentence is passed so that alias context rules see the words around the piece.
        options.matcher.find(text, piece).map((match): Mention => ({ start: match.start, end: match.end, entity: match.entityId, explicit: false }))
      : [],
  );
  const mentions = [...explicit, ...found].sort((a, b) => a.start - b.start);
  const words: Word[] = [];
  const { lexicon } = options;
  if (lang === 'vi' && lexicon) {
    for (const piece of pieces.filter((candidate) => candidate.segmentable)) {
      for (const gap of outside(piece.start, piece.end, mentions)) {
        for (const segment of segmentText(text.slice(gap.start, gap.end), lexicon, options.overrides)) {
          words.push({
            start: gap.start + segment.start,
            end: gap.start + segment.end,
            entry: segment.entry?.word ?? null,
            sense: segment.entry ? senseIndexFor(segment.entry, text) : 0,
          });
        }
      }
    }
  }
  return { text, mentions, words };
}

/** A plain string (a headline) analysed like a cell. */
export function analyseText(text: string, lang: Lang, options: CellAnalysisOptions): Cell {
  return analyseCell([{ type: 'text', value: text }], lang, options);
}
