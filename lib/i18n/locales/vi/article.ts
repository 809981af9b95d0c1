import type { Translation } from '../../types';
import type { article as english } from '../en/article';

export const article: Translation<typeof english> = {
  outlet: 'Nguồn',
  outletUnknown: 'Bài gốc không ghi tên báo',
  published: 'Ngày đăng',
  byline: 'Tác giả',
  inferred: 'suy đoán',
  editorialHeadline: 'Tiêu đề do biên tập viên đặt: bài gốc không có tiêu đề',
  outletMark: 'ký hiệu “{{mark}}”',
  translationPending: 'Đang chờ bản dịch',
  photoCaption: 'Chú thích ảnh (không đăng lại ảnh)',
  editorsNotes: 'Ghi chú của biên tập viên',
  noteRef: 'Ghi chú {{number, number}} của biên tập viên',
  backToText: 'Trở lại bài viết',
};
