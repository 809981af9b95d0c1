export const article = {
  outlet: 'Outlet',
  outletUnknown: 'Outlet not named in the source',
  published: 'Published',
  byline: 'By',
  inferred: 'inferred',
  editorialHeadline: 'Headline written by the editors: the source has none',
  outletMark: 'mark “{{mark}}”',
  translationPending: 'Translation pending',
  photoCaption: 'Photo caption (photo not reproduced)',
  editorsNotes: 'Editors’ notes',
  noteRef: 'Editors’ note {{number, number}}',
  backToText: 'Back to the text',
};
