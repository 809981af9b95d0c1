import type { Translation } from '../../types';
import type { library as english } from '../en/library';

export const library: Translation<typeof english> = {
  title: 'Thư viện',
  intro: 'Tin tức tiếng Việt về quan hệ Nga – Triều Tiên, mỗi câu đi kèm bản dịch tiếng Anh.',
  count_other: '{{count, number}} bài',
  readingTime: '{{count, number}} phút đọc',
  demoHeading: 'Chạm vào một từ',
  demoMore: 'Trong bài, bật chế độ Học để tra bất kỳ từ nào, và chạm vào một câu để chia sẻ câu đó.',
  demoOpen: 'Đọc câu này trong bài',
};
