// Shapes shared by the ingest rules, the draft writer and the report. Pure data.

export type BlockType = 'paragraph' | 'heading' | 'caption';

/** One non-empty line of the input (for HTML: one block element of the extracted article, numbered in order). */
export interface SourceLine {
  line: number;
  text: string;
  /** The raw line ended in white space (scrapers leave it after captions). */
  trailingSpace: boolean;
  /** What the HTML said the element was; text input has none. */
  hint?: BlockType;
}

export interface DraftBlock {
  type: BlockType;
  sentences: string[];
  /** Source line the block came from. */
  line: number;
}

export interface DroppedLine {
  line: number;
  text: string;
  reason: string;
}

/** What happened to one input line, and the rule that decided it. */
export interface LineDecision {
  line: number;
  text: string;
  action: 'kept' | 'dropped' | 'metadata';
  rule: string;
  /** The rule was not sure: the line was kept (or read as metadata) and the report says so. */
  unsure?: boolean;
}

export type MetadataField = 'headline' | 'date' | 'time' | 'byline' | 'outletMark' | 'outletName' | 'attribution' | 'sourceUrl' | 'sapo';

export interface FoundMetadata {
  field: MetadataField;
  value: string;
  /** "line 3", "meta og:title", "JSON-LD NewsArticle.datePublished", … */
  where: string;
}

export interface SplitRecord {
  line: number;
  before: string;
  after: string;
  rule: string;
}

export interface SeedDraft {
  headline?: string;
  outletMark?: string;
  outletName?: string;
  date?: string;
  time?: string;
  byline?: string;
  attribution?: string;
  sourceUrl?: string;
  blocks: DraftBlock[];
  dropped: DroppedLine[];
  decisions: LineDecision[];
  metadata: FoundMetadata[];
  splits: SplitRecord[];
  warnings: string[];
}
