import type { Translation } from '../../types';
import type { notFound as english } from '../en/notFound';

export const notFound: Translation<typeof english> = {
  title: 'Không tìm thấy trang',
  body: 'Không có trang nào ở địa chỉ này. Có thể địa chỉ bị gõ sai.',
  back: 'Về thư viện',
};
