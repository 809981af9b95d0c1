export const share = {
  sentenceLink: 'Copy a link to sentence {{number, number}}',
  blockLink: 'Copy a link to paragraph {{number, number}}',
};
