import type { Translation } from '../../types';
import type { study as english } from '../en/study';

export const study: Translation<typeof english> = {
  reveal: 'Hiện tiếng Anh',
  revealSentence: 'Hiện tiếng Anh: câu {{number, number}}',
  listenSentence: 'Nghe câu {{number, number}}',
  vocabulary: 'Từ khóa',
  vocabularyIntro: 'Thuật ngữ hiệp ước và ngoại giao trước, sau đó là những từ bài dùng nhiều nhất.',
  firstIn: 'lần đầu ở câu {{number, number}}',
  knownShare: 'Bạn biết {{percent, number}}% số từ của bài ({{known, number}}/{{total, number}}).',
  saveKeyWords: 'Lưu tất cả từ khóa',
  keyWordsSaved_other: 'Đã lưu {{count, number}} từ khóa vào Từ của tôi.',
  notStored: 'Không thay đổi được Từ của tôi: bộ nhớ của trình duyệt dành cho trang này đã đầy hoặc bị chặn.',
};
