export const search = {
  title: 'Search',
  intro: 'Search the articles, sentences and people & terms in both languages. Tone marks are optional: “binh nhuong” finds “Bình Nhưỡng”.',
  label: 'Search words',
  submit: 'Search',
  results_one: '{{count, number}} result for “{{query}}”',
  results_other: '{{count, number}} results for “{{query}}”',
  noResults: 'Nothing found for “{{query}}”.',
  needsScript: 'Search runs in your browser and needs JavaScript.',
  loadFailed: 'The search index could not be loaded.',
  groups: {
    entity: 'People, places and terms',
    article: 'Articles',
    sentence: 'Sentences',
  },
  groupCount: '{{count, number}}',
  more: 'Show {{count, number}} more',
};
