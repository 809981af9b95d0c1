import type { Translation } from '../../types';
import type { timeline as english } from '../en/timeline';

export const timeline: Translation<typeof english> = {
  title: 'Dòng thời gian',
  intro: 'Các sự kiện được các bài viết nhắc tới, mới nhất trước, kèm những câu tường thuật chúng.',
  reportedIn: 'Được nhắc trong',
  involves: 'Liên quan',
  years: 'Chuyển đến năm',
};
