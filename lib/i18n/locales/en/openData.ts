export const openData = {
  title: 'Open data',
  intro: 'The corpus as JSON, free to reuse: each article’s aligned sentences, its annotation spans with entity ids and character offsets, and the knowledge base.',
  articles: 'Articles',
  entities: 'People, places and terms',
  lexicon: 'The lexicon: every word of the articles, with part of speech, meanings and Hán-Việt',
  index: 'Index of every file',
  feed: 'Atom feed of the articles',
};
