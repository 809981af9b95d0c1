import type { Translation } from '../../types';
import type { site as english } from '../en/site';

export const site: Translation<typeof english> = {
  name: 'Song Ngữ',
  tagline: 'Tin tức tiếng Việt, từng câu một, kèm bản dịch tiếng Anh',
  skipToContent: 'Chuyển đến nội dung',
  primaryNav: 'Điều hướng chính',
  library: 'Thư viện',
  entities: 'Nhân vật & thuật ngữ',
  timeline: 'Dòng thời gian',
  search: 'Tìm kiếm',
  openData: 'Dữ liệu mở',
  myWords: 'Từ của tôi',
  languageSwitch: 'Ngôn ngữ giao diện',
  settings: 'Cài đặt',
  footer: 'Nguyên bản tiếng Việt giữ như khi đăng; bản dịch tiếng Anh và chú thích do biên tập viên Song Ngữ thực hiện.',
};
