import type { Translation } from '../../types';
import type { cards as english } from '../en/cards';

export const cards: Translation<typeof english> = {
  close: 'Đóng',
  editorsNote: 'Ghi chú của biên tập viên',
};
