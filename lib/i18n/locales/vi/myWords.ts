import type { Translation } from '../../types';
import type { myWords as english } from '../en/myWords';

export const myWords: Translation<typeof english> = {
  title: 'Từ của tôi',
  intro: 'Những từ bạn lưu từ thẻ từ, chỉ được giữ trong trình duyệt này.',
  noScript: 'Trang Từ của tôi cần JavaScript: các từ đã lưu do trình duyệt giữ.',
  empty: 'Chưa có từ nào được lưu. Hãy bật chế độ học trong một bài, chạm vào một từ và lưu nó.',
  count_other: '{{count, number}} từ đã lưu',
  openSentence: 'Mở câu',
  remove: 'Bỏ',
  exportCsv: 'Xuất CSV',
  exportAnki: 'Xuất cho Anki',
  importFile: 'Nhập tệp CSV',
  clear: 'Bỏ tất cả',
  clearConfirm: 'Bỏ mọi từ và câu đã lưu, cùng lịch sử ôn tập, khỏi trình duyệt này? Hãy xuất toàn bộ trước để giữ một bản.',
  exportAll: 'Xuất toàn bộ (JSON)',
  importAll: 'Nhập bản xuất (JSON)',
  importedAll_other: 'Đã nhập {{count, number}} từ cùng lịch sử ôn tập.',
  imported_other: 'Đã nhập {{count, number}} từ.',
  importFailed: 'Không nhập được tệp: {{reason}}',
  damaged: 'Không đọc được các từ đã lưu nên danh sách bắt đầu lại từ đầu. Dữ liệu hỏng được giữ trong trình duyệt này với khóa “{{key}}”.',
  storageFull: 'Bộ nhớ của trình duyệt dành cho trang này đã đầy hoặc bị chặn: thay đổi chưa được lưu. Hãy xuất các từ rồi bỏ bớt.',
  damagedNotKept: 'Không đọc được các từ đã lưu và trình duyệt không còn chỗ để giữ một bản sao. Chưa có gì bị thay đổi: hãy tải dữ liệu hỏng xuống trước khi lưu từ mới.',
  downloadDamaged: 'Tải dữ liệu hỏng xuống',
  migrated: 'Các từ đã lưu được nâng cấp từ định dạng cũ.',
};
