import type { Translation } from '../../types';
import type { search as english } from '../en/search';

export const search: Translation<typeof english> = {
  title: 'Tìm kiếm',
  intro: 'Tìm trong các bài, từng câu và danh mục nhân vật, thuật ngữ, bằng cả hai ngôn ngữ. Không cần gõ dấu: “binh nhuong” vẫn tìm ra “Bình Nhưỡng”.',
  label: 'Từ khóa',
  submit: 'Tìm',
  results_other: '{{count, number}} kết quả cho “{{query}}”',
  noResults: 'Không tìm thấy gì cho “{{query}}”.',
  needsScript: 'Tìm kiếm chạy trong trình duyệt và cần JavaScript.',
  loadFailed: 'Không tải được chỉ mục tìm kiếm.',
  groups: {
    entity: 'Nhân vật, địa danh, thuật ngữ',
    article: 'Bài viết',
    sentence: 'Câu',
  },
  groupCount: '{{count, number}}',
  more: 'Xem thêm {{count, number}} kết quả',
};
