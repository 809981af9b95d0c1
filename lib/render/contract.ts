// The page contract: the markup the server renders and the browser islands, the open-data checks and
// the tests read. Every class name, data attribute and selector of an article page comes from here,
// so that a rename is one edit and a mismatch is a type error, not a silent miss.
//
// Import-free on purpose: client islands import it without pulling anything else into their bundle.

/** A data-* attribute as hast names it (property), as the DOM names it (dataset key) and in CSS. */
export interface DataAttribute {
  /** hast property name: `dataAlign`. */
  readonly property: string;
  /** `element.dataset` key: `align`. */
  readonly key: string;
  /** attribute name: `data-align`. */
  readonly name: string;
}

function dataAttribute(key: string): DataAttribute {
  const name = `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
  return { property: `data${key.charAt(0).toUpperCase()}${key.slice(1)}`, key, name };
}

export const DATA = {
  /** On both cells of a unit: the unit id; the two languages of one sentence share it. */
  align: dataAttribute('align'),
  /** On a unit: its id. */
  unit: dataAttribute('unit'),
  /** On a block (paragraph, heading, caption): its id. */
  block: dataAttribute('block'),
  /** An English cell still waiting for its translation. */
  pending: dataAttribute('pending'),
  /** On a mention, and on the annotation-list entry and concordance mark of an entity: the entity id. */
  entity: dataAttribute('entity'),
  /** A mention written explicitly in the content (`:entity[…]{#id}`). */
  explicit: dataAttribute('explicit'),
  /** Explicit markup naming an id the knowledge base lacks (check:content reports it). */
  unknownEntity: dataAttribute('unknownEntity'),
  /** A phrase the automatic linker must leave alone (`:entity[…]{off}`). */
  noEntity: dataAttribute('noEntity'),
  /** On a Vietnamese word: its lexicon entry (the entry's `word`). */
  word: dataAttribute('word'),
  /** On a word: the index of the sense that fits this sentence, when not the first. */
  sense: dataAttribute('sense'),
  /** On an annotation-list entry's parts: which field of the entity it shows. */
  field: dataAttribute('field'),
  /** On a permalink: `sentence` or `block`. */
  share: dataAttribute('share'),
  /** On a sentence permalink: the sentence's share page, which carries its own preview card. */
  shareUrl: dataAttribute('shareUrl'),
  /** Listen and reveal buttons: the unit they act on. */
  listen: dataAttribute('listen'),
  reveal: dataAttribute('reveal'),
  /** On the unit being read aloud. */
  speaking: dataAttribute('speaking'),
  /** On a unit whose English the reader revealed in self-test. */
  revealed: dataAttribute('revealed'),
  /** On <html>: the reader's preferences, for CSS and the islands (applied before first paint). */
  layout: dataAttribute('layout'),
  theme: dataAttribute('theme'),
  annotations: dataAttribute('annotations'),
  study: dataAttribute('study'),
  selftest: dataAttribute('selftest'),
  /** On <html>: study mode also tints the words the learner has not met (LingQ's blue words). */
  tintNew: dataAttribute('tintNew'),
  /** On the article body in the production export: the slot the static body is written into after `next build`. */
  bodySlot: dataAttribute('bodySlot'),
  /** On the article's end ("read on") in the production export: the slot the build writes it into, and rewrites when another article's headline changes. */
  endSlot: dataAttribute('endSlot'),
  /**
   * On the <main> of a page that is a tool rather than reading (search, review, my words): it needs
   * its scripts at once, so the build does not hold them back to the first frame (lib/render/defer-scripts.ts).
   */
  eagerScripts: dataAttribute('eagerScripts'),
  /**
   * On <html> once the page's islands are live (hydrated, their listeners attached). The build starts
   * Next's scripts after the first frame, which on a fast connection can come after the load event:
   * "loaded" then does not mean "answers the keyboard", and this does.
   */
  interactive: dataAttribute('interactive'),
} as const;

export const CLASS = {
  articleBody: 'article-body',
  block: 'block',
  blockOf: (kind: string) => `block-${kind}`,
  unit: 'unit',
  cell: 'cell',
  cellOf: (lang: 'vi' | 'en') => `cell-${lang}`,
  cellPending: 'cell-pending',
  captionLabel: 'caption-label',
  mention: 'mention',
  mentionOf: (type: string) => `mention-${type}`,
  mentionQuiet: 'mention-quiet',
  /** A later mention of an entity already mentioned in this language: text until pointed at or focused. */
  mentionRepeat: 'mention-repeat',
  word: 'word',
  /** A stretch no lexicon entry covers: tappable, and its card says so. */
  wordUnknown: 'word-unknown',
  noteRef: 'note-ref',
  note: 'note',
  noteOf: (lang: 'vi' | 'en') => `note-${lang}`,
  noteBack: 'note-back',
  editorialNotes: 'editorial-notes',
  annotations: 'annotations',
  annotationList: 'annotation-list',
  annotationBack: 'annotation-back',
  shareLink: 'share-link',
  shareLinkOf: (kind: 'sentence' | 'block') => `share-link-${kind}`,
  listenButton: 'listen-button',
  revealButton: 'reveal-button',
  quote: 'quote',
  quoteOf: (lang: string) => `quote-${lang}`,

  // The islands' own markup: styles.css styles it and the browser tests find it by these names.
  card: 'annotation-card',
  cardOf: (kind: 'entity' | 'note') => `annotation-card-${kind}`,
  /** A card shown as a bottom sheet, on a narrow screen. */
  cardSheet: 'annotation-card-sheet',
  cardHeading: 'card-heading',
  cardType: 'card-type',
  cardLinks: 'card-links',
  cardClose: 'card-close',
  /** The row at the top of a card: the sheet's handle and the close button. */
  cardTop: 'card-top',
  cardHandle: 'card-handle',
  wordCard: 'word-card',
  wordResize: 'word-resize',
  wordSenses: 'word-senses',
  wordFit: 'word-fit',
  wordHan: 'word-han',
  wordMorphemes: 'word-morphemes',
  wordNote: 'word-note',
  wordActions: 'word-actions',
  wordStatus: 'word-status',
  wordListen: 'word-listen',
  /** The English of the sentence a word card's word is in. */
  wordSentence: 'word-sentence',
  wordSyllables: 'word-syllables',
  /** A word's state for the learner (new, learning, known, ignored), which study mode tints. */
  wordStateOf: (state: 'new' | 'learning' | 'known' | 'ignored') => `word-${state}`,
  wordStateControl: 'word-state-control',
  knownShare: 'known-share',
  studyTools: 'study-tools',
  studyButtons: 'study-buttons',
  studyHint: 'study-hint',
  studyStatus: 'study-status',
  shareStatus: 'share-status',
  shareUrl: 'share-url',
  /** The bar a tap on a sentence opens: copy its link, share it, listen to it. */
  sentenceActions: 'sentence-actions',
  /** The sticky bar above an article: "Aa" (layout, annotations), study, self-test, listen. */
  readingToolbar: 'reading-toolbar',
  readingMenu: 'reading-menu',
  readingPanel: 'reading-panel',
  toolbarButton: 'toolbar-button',
  /** A switch shown as a pressed-or-not chip in the toolbar. */
  toolbarChip: 'toolbar-chip',
  toolbarGlyph: 'toolbar-glyph',
  /** Shown only where scripts do not run (CSS `scripting: none`): what the toolbar would do. */
  noScriptNote: 'no-script-note',
  /** Text for assistive technology only. */
  visuallyHidden: 'visually-hidden',
  /** The close button of a toast. */
  toastClose: 'toast-close',
  layoutSwitch: 'layout-switch',
  layoutOption: 'layout-option',
  themeSwitch: 'theme-switch',
  preferenceSwitch: 'preference-switch',
  preferenceOf: (name: string) => `preference-${name}`,
} as const;

/** Names of CSS custom highlights (`::highlight(…)` in styles.css). */
export const HIGHLIGHT = {
  /** The syllables a word card is about. */
  wordSelection: 'word-selection',
} as const;

/** Selectors the islands and tests use, built from the names above. */
export const SELECTOR = {
  articleBody: `.${CLASS.articleBody}`,
  unit: `.${CLASS.unit}`,
  articleUnit: `.${CLASS.articleBody} .${CLASS.unit}`,
  speakingUnit: `.${CLASS.unit}[${DATA.speaking.name}]`,
  cellVi: `.${CLASS.cellOf('vi')}`,
  cellEn: `.${CLASS.cellOf('en')}`,
  word: `.${CLASS.word}`,
  viWord: `.${CLASS.cellOf('vi')} .${CLASS.word}`,
  /** The words of the article with a lexicon entry: what the learner's word states apply to. */
  articleLexiconWord: `.${CLASS.articleBody} .${CLASS.cellOf('vi')} .${CLASS.word}[${DATA.word.name}]`,
  aligned: `[${DATA.align.name}]`,
  block: `[${DATA.block.name}]`,
  mention: `a[${DATA.entity.name}]`,
  shareLink: `a[${DATA.share.name}]`,
  noteRef: `.${CLASS.noteRef}`,
  /** What a cell's published text leaves out: its controls and editorial-note markers. */
  cellControls: `button, .${CLASS.noteRef}`,
  englishCellFor: (unitId: string) => `.${CLASS.cellOf('en')}[${DATA.align.name}="${unitId.replace(/["\\]/g, '\\$&')}"]`,
  field: (name: string) => `[${DATA.field.name}="${name}"]`,
  /** What opens an annotation card: an entity mention or an editorial-note reference. */
  annotationTrigger: `a[${DATA.entity.name}].${CLASS.mention}, a.${CLASS.noteRef}`,
  /** An editorial note's text, one paragraph per language. */
  noteText: 'p[lang]',
  listenButton: `.${CLASS.listenButton}`,
  revealButton: `.${CLASS.revealButton}`,
} as const;

/** Elements inside a Vietnamese cell whose text is not split into words: mentions, note markers, controls. */
export const UNSEGMENTED_TAGS: readonly string[] = ['a', 'button'];

export type CellLang = 'vi' | 'en';

/** The properties that make a hast element an aligned sentence cell. */
export interface CellProperties {
  lang: CellLang;
  dataAlign: string;
}

interface PropertiesLike {
  properties: Record<string, unknown>;
}

/** Is this hast element one of the two cells of an aligned unit? */
export function isCell<Node extends PropertiesLike>(node: Node): node is Node & { properties: CellProperties } {
  const { lang, dataAlign } = node.properties;
  return (lang === 'vi' || lang === 'en') && typeof dataAlign === 'string';
}

export function hasClass(node: PropertiesLike, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** Fragment ids of the article page. */
export const FRAGMENT = {
  entity: (entityId: string) => `entity-${entityId}`,
  gloss: (entityId: string) => `gloss-${entityId}`,
  noteRef: (noteId: string) => `ref-${noteId}`,
  mention: (unitId: string, lang: CellLang, number: number) => `m-${unitId}-${lang}-${number}`,
} as const;
