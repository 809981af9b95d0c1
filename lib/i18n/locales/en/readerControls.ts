export const readerControls = {
  layout: 'Layout',
  sideBySide: 'Side by side',
  interlinear: 'Interlinear',
  vietnameseOnly: 'Vietnamese only',
  englishOnly: 'English only',
  showAnnotations: 'Show annotations',
};
