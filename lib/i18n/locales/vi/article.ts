import type { Translation } from '../../types';
import type { article as english } from '../en/article';

export const article: Translation<typeof english> = {
  outletUnknown: 'Bài gốc không ghi tên báo.',
  outletWorkedOut: 'Tên báo do biên tập viên xác định: {{basis}}',
  outletMark: 'Ký hiệu của báo trong bài: {{mark}}',
  dateWorkedOut: 'Ngày đăng do biên tập viên xác định: {{basis}}',
  byline: 'Tác giả: {{name}}',
  editorialHeadline: 'Bài gốc không có tiêu đề; tiêu đề này do biên tập viên đặt.',
  aboutSource: 'Về nguồn bài',
  translationPending: 'Đang chờ bản dịch',
  photoCaption: 'Chú thích ảnh (không đăng lại ảnh)',
  editorsNotes: 'Ghi chú của biên tập viên',
  noteRef: 'Ghi chú {{number, number}} của biên tập viên',
  backToText: 'Trở lại bài viết',
  readOn: 'Đọc tiếp',
  nextArticle: 'Bài tiếp theo',
  relatedArticles: 'Bài liên quan',
  sharedNames_other: '{{count, number}} nhân vật, địa danh hoặc thuật ngữ chung',
};
