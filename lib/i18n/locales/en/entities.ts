export const entities = {
  title: 'People, places and terms',
  intro: 'Everyone and everything the articles mention, with every mention in context.',
  mentions_one: '{{count, number}} mention',
  mentions_other: '{{count, number}} mentions',
  keyDates: 'Key dates',
  concordance: 'Mentions in the articles',
  externalLinks: 'Elsewhere',
  nameVi: 'Vietnamese name',
  nameEn: 'English name',
};
