import type { Translation } from '../../types';
import type { theme as english } from '../en/theme';

export const theme: Translation<typeof english> = {
  label: 'Giao diện',
  system: 'Theo hệ thống',
  light: 'Sáng',
  dark: 'Tối',
};
