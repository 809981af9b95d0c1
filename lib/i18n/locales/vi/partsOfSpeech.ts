import type { Translation } from '../../types';
import type { partsOfSpeech as english } from '../en/partsOfSpeech';

export const partsOfSpeech: Translation<typeof english> = {
  noun: 'danh từ',
  verb: 'động từ',
  adjective: 'tính từ',
  adverb: 'phó từ',
  pronoun: 'đại từ',
  preposition: 'giới từ',
  conjunction: 'liên từ',
  classifier: 'loại từ',
  numeral: 'số từ',
  particle: 'trợ từ',
  determiner: 'từ hạn định',
  interjection: 'thán từ',
  idiom: 'thành ngữ',
  phrase: 'cụm từ',
  prefix: 'tiền tố',
  suffix: 'hậu tố',
};
