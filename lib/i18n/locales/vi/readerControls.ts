import type { Translation } from '../../types';
import type { readerControls as english } from '../en/readerControls';

export const readerControls: Translation<typeof english> = {
  layout: 'Bố cục',
  sideBySide: 'Song song',
  interlinear: 'Xen kẽ',
  vietnameseOnly: 'Chỉ tiếng Việt',
  englishOnly: 'Chỉ tiếng Anh',
  showAnnotations: 'Hiện chú giải',
  menu: 'Bố cục và chú giải',
  noScript: 'Bố cục và công cụ học cần JavaScript. Không có JavaScript, trang vẫn hiện cả hai ngôn ngữ và mọi liên kết vẫn dùng được.',
  /** The toolbar's typographic mark for reading settings. */
  menuGlyph: 'Aa',
};
