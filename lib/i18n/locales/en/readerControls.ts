export const readerControls = {
  layout: 'Layout',
  sideBySide: 'Side by side',
  interlinear: 'Interlinear',
  vietnameseOnly: 'Vietnamese only',
  englishOnly: 'English only',
  showAnnotations: 'Show annotations',
  menu: 'Layout and annotations',
  noScript: 'Layouts and study tools need JavaScript. Without it this page shows both languages, and every link works.',
  /** The toolbar's typographic mark for reading settings. */
  menuGlyph: 'Aa',
};
