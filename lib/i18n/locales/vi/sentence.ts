import type { Translation } from '../../types';
import type { sentence as english } from '../en/sentence';

export const sentence: Translation<typeof english> = {
  title: 'Một câu trong bài “{{headline}}”',
  readInArticle: 'Đọc câu này trong bài',
};
