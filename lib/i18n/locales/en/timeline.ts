export const timeline = {
  title: 'Timeline',
  intro: 'The events the articles report, newest first, each with the sentences that report it.',
  reportedIn: 'Reported in',
  involves: 'Involves',
  years: 'Jump to a year',
};
