import type { Translation } from '../../types';
import type { readerControls as english } from '../en/readerControls';

export const readerControls: Translation<typeof english> = {
  layout: 'Bố cục',
  sideBySide: 'Song song',
  interlinear: 'Xen kẽ',
  vietnameseOnly: 'Chỉ tiếng Việt',
  englishOnly: 'Chỉ tiếng Anh',
  showAnnotations: 'Hiện chú giải',
};
