export const reviewCount = {
  link: 'Review',
  due: 'Review ({{count, number}})',
};
