export const shareActions = {
  copied: 'Link copied.',
  copyFailed: 'Could not copy the link; copy it from here:',
  share: 'Share…',
  arrivedSentence: 'You are at the linked sentence, highlighted in both languages.',
  arrivedBlock: 'You are at the linked paragraph.',
  dismiss: 'Dismiss',
  sentenceActions: 'This sentence',
  copyLink: 'Copy link',
  listen: 'Listen',
  closeActions: 'Close the sentence actions',
};
