import type { Translation } from '../../types';
import type { wordCard as english } from '../en/wordCard';

export const wordCard: Translation<typeof english> = {
  word: 'Từ',
  fitsSentence: 'Trong câu này',
  meanings: 'Nghĩa',
  hanViet: 'Hán Việt',
  note: 'Ghi chú',
  widenLeft: 'Thêm âm tiết phía trước',
  widenRight: 'Thêm âm tiết phía sau',
  narrowLeft: 'Bỏ âm tiết đầu',
  narrowRight: 'Bỏ âm tiết cuối',
  noEntry: 'Từ điển chưa có mục “{{word}}”.',
  syllables: 'Các âm tiết',
  save: 'Lưu từ',
  saved: 'Đã lưu: bỏ khỏi Từ của tôi',
  savedStatus: 'Đã lưu “{{word}}” vào Từ của tôi.',
  removedStatus: 'Đã bỏ “{{word}}” khỏi Từ của tôi.',
  notStoredStatus: 'Không thay đổi được Từ của tôi: bộ nhớ của trình duyệt dành cho trang này đã đầy hoặc bị chặn. Hãy xuất danh sách từ ở trang Từ của tôi rồi xóa bớt.',
  loading: 'Đang tải từ điển…',
  loadFailed: 'Không tải được từ điển.',
  listen: 'Nghe',
  sentenceEnglish: 'Câu này bằng tiếng Anh',
  noVoice: 'Trình duyệt này không có giọng tiếng Việt để đọc từ này.',
  noSpeech: 'Trình duyệt này không thể đọc to văn bản.',
};
