export const timeline = {
  title: 'Timeline',
  intro: 'The events the articles report, in date order, each with the sentences that report it.',
  reportedIn: 'Reported in',
  involves: 'Involves',
};
