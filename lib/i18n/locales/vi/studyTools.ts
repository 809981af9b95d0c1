import type { Translation } from '../../types';
import type { studyTools as english } from '../en/studyTools';

export const studyTools: Translation<typeof english> = {
  controls: 'Công cụ học',
  mode: 'Chế độ học: chạm vào một từ tiếng Việt',
  selfTest: 'Tự kiểm tra: ẩn tiếng Anh',
  revealAll: 'Hiện toàn bộ tiếng Anh',
  concealAll: 'Ẩn toàn bộ tiếng Anh',
  listenArticle: 'Nghe cả bài',
  stop: 'Dừng',
  noVoice: 'Trình duyệt này không có giọng đọc tiếng Việt (vi-VN) nên không thể đọc to văn bản. Hãy thêm giọng tiếng Việt trong phần cài đặt giọng nói của hệ thống.',
  noSpeech: 'Trình duyệt này không thể đọc to văn bản.',
  keyboardHint: 'Ở chế độ học, đặt tiêu điểm vào một câu tiếng Việt và nhấn Enter để đi vào từng từ; phím mũi tên chuyển giữa các từ, Enter mở thẻ từ.',
  tintNew: 'Tô màu từ mới',
  tintNewShort: 'Từ mới',
  modeShort: 'Học',
  selfTestShort: 'Tự kiểm tra',
  listenShort: 'Nghe',
  dismiss: 'Đóng thông báo',
};
