import type { Translation } from '../../types';
import type { share as english } from '../en/share';

export const share: Translation<typeof english> = {
  sentenceLink: 'Sao chép liên kết tới câu {{number, number}}',
  blockLink: 'Sao chép liên kết tới đoạn {{number, number}}',
};
