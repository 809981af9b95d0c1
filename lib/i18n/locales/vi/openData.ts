import type { Translation } from '../../types';
import type { openData as english } from '../en/openData';

export const openData: Translation<typeof english> = {
  title: 'Dữ liệu mở',
  intro: 'Toàn bộ kho văn bản dưới dạng JSON, được tự do sử dụng lại: các câu song ngữ của từng bài, vị trí chú giải kèm mã thực thể và độ lệch ký tự, và cơ sở tri thức.',
  articles: 'Bài viết',
  entities: 'Nhân vật, địa danh và thuật ngữ',
  lexicon: 'Từ điển: mọi từ trong các bài, với từ loại, nghĩa và Hán Việt',
  index: 'Danh mục mọi tệp',
  feed: 'Nguồn tin Atom của các bài',
};
