export const study = {
  reveal: 'Show English',
  revealSentence: 'Show English: sentence {{number, number}}',
  listenSentence: 'Listen to sentence {{number, number}}',
  vocabulary: 'Key words',
  vocabularyIntro: 'Treaty and diplomacy terms first, then the words this article uses most.',
  firstIn: 'first in sentence {{number, number}}',
  knownShare: 'You know {{percent, number}}% of its words ({{known, number}} of {{total, number}}).',
};
