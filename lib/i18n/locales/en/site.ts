export const site = {
  name: 'Song Ngữ',
  tagline: 'Vietnamese news, sentence by sentence, with an English translation',
  skipToContent: 'Skip to content',
  primaryNav: 'Main',
  library: 'Library',
  entities: 'People & terms',
  timeline: 'Timeline',
  search: 'Search',
  openData: 'Open data',
  myWords: 'My words',
  languageSwitch: 'Interface language',
  footer: 'Vietnamese originals as published; English translations and notes by the Song Ngữ editors.',
};
