export const library = {
  title: 'Library',
  intro: 'Vietnamese news on Russia–North Korea relations, each sentence paired with its English translation.',
  count_one: '{{count, number}} article',
  count_other: '{{count, number}} articles',
  readingTime: '{{count, number}} min read',
  demoHeading: 'Tap a word',
  demoMore: 'In an article, turn on Study to look up any word, and tap a sentence to share it.',
  demoOpen: 'Read this sentence in its article',
};
