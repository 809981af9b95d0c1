export const notFound = {
  title: 'Page not found',
  body: 'There is no page at this address. It may have been mistyped.',
  back: 'Go to the library',
};
