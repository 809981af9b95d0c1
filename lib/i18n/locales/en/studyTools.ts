export const studyTools = {
  controls: 'Study tools',
  mode: 'Study mode: tap a Vietnamese word',
  selfTest: 'Self-test: hide the English',
  revealAll: 'Show all English',
  concealAll: 'Hide all English',
  listenArticle: 'Listen to the article',
  stop: 'Stop',
  noVoice: 'This browser has no Vietnamese (vi-VN) voice, so it cannot read the text aloud. Add a Vietnamese voice in your system’s speech settings.',
  noSpeech: 'This browser cannot read text aloud.',
  keyboardHint: 'In study mode, focus a Vietnamese sentence and press Enter to step into its words; the arrow keys move between words and Enter opens a word.',
  tintNew: 'Tint new words',
};
