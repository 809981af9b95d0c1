import type { Translation } from '../../types';
import type { reviewCount as english } from '../en/reviewCount';

export const reviewCount: Translation<typeof english> = {
  link: 'Ôn tập',
  due: 'Ôn tập ({{count, number}})',
};
