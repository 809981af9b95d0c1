import type { Translation } from '../../types';
import type { entities as english } from '../en/entities';

export const entities: Translation<typeof english> = {
  title: 'Nhân vật, địa danh và thuật ngữ',
  intro: 'Mọi nhân vật, địa danh, tổ chức và thuật ngữ trong các bài, kèm từng lần xuất hiện trong ngữ cảnh.',
  mentions_other: '{{count, number}} lần nhắc',
  keyDates: 'Mốc thời gian',
  concordance: 'Xuất hiện trong các bài',
  externalLinks: 'Tham khảo thêm',
  nameVi: 'Tên tiếng Việt',
  nameEn: 'Tên tiếng Anh',
};
