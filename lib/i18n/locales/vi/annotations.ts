import type { Translation } from '../../types';
import type { annotations as english } from '../en/annotations';

export const annotations: Translation<typeof english> = {
  heading: 'Nhân vật, địa danh và thuật ngữ',
  entityPage: 'Mọi lần xuất hiện',
  wikipedia: 'Wikipedia',
  wikidata: 'Wikidata',
  backToMention: 'Trở lại lần nhắc {{number, number}}',
  mentionsIn: 'Các lần nhắc:',
  types: {
    person: 'Nhân vật',
    place: 'Địa danh',
    organisation: 'Tổ chức',
    media: 'Cơ quan truyền thông',
    treaty: 'Hiệp ước, hiệp định',
    term: 'Thuật ngữ pháp lý, ngoại giao',
    event: 'Sự kiện',
    idiom: 'Thành ngữ',
  },
  typesPlural: {
    person: 'Nhân vật',
    place: 'Địa danh',
    organisation: 'Tổ chức',
    media: 'Cơ quan truyền thông',
    treaty: 'Hiệp ước và hiệp định',
    term: 'Thuật ngữ pháp lý và ngoại giao',
    event: 'Sự kiện',
    idiom: 'Thành ngữ',
  },
};
