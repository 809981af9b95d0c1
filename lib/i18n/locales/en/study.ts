export const study = {
  reveal: 'Show English',
  revealSentence: 'Show English: sentence {{number, number}}',
  listenSentence: 'Listen to sentence {{number, number}}',
  vocabulary: 'Key words',
  vocabularyIntro: 'Treaty and diplomacy terms first, then the words this article uses most.',
  firstIn: 'first in sentence {{number, number}}',
  knownShare: 'You know {{percent, number}}% of its words ({{known, number}} of {{total, number}}).',
  saveKeyWords: 'Save all key words',
  keyWordsSaved_one: '{{count, number}} key word saved to My words.',
  keyWordsSaved_other: '{{count, number}} key words saved to My words.',
  notStored: 'My words could not be changed: this browser’s storage for the site is full or blocked.',
};
