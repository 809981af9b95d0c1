export const sentence = {
  title: 'A sentence from “{{headline}}”',
  readInArticle: 'Read it in the article',
};
