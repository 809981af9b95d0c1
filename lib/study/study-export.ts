// The learner's whole state as one JSON file (saved words and sentences, review schedules, word
// states, the daily tally), and reading it back. The file is the store's own format, so any version
// the store can upgrade imports too; everything is validated (zod) and every link must lead to this
// site. Importing merges: nothing already in this browser is lost.
import { z } from 'zod';
import { ImportError, isArticleLink, mergeWords, readStoreData, STORE_VERSION, writeStore, type SavedWord } from './saved-words';
import type { ReviewCard, SavedSentence } from './study-data';
import { sameSentence, type StudyData } from './study-model';

/** A whole-state file is bigger than a CSV of words (schedules, tallies), but still capped before parsing. */
export const STATE_IMPORT_LIMIT_BYTES = 4 * 1024 * 1024;

export function exportStudyData(data: StudyData): string {
  return writeStore(data);
}

const SLUG = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
const UNIT_ID = /^[A-Za-z0-9_-]*$/;

function checkLinks(items: readonly (SavedWord | SavedSentence)[]): void {
  for (const item of items) {
    if (item.link && !isArticleLink(item.link)) throw new ImportError(`the link must be a sentence of this site (/en/articles/…/#…), not "${item.link.slice(0, 80)}"`);
    if (!SLUG.test(item.article) || !UNIT_ID.test(item.unit)) throw new ImportError('the article and unit must be an article slug and a sentence id');
  }
}

/** Reads an exported file; throws ImportError saying what is wrong (too big, not JSON, a newer version, a bad field). */
export function importStudyData(text: string): StudyData {
  if (text.length > STATE_IMPORT_LIMIT_BYTES) throw new ImportError(`the file is larger than ${STATE_IMPORT_LIMIT_BYTES / 1024 / 1024} MB`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ImportError('the file is not JSON');
  }
  const version = z.looseObject({ version: z.number() }).safeParse(json);
  if (!version.success) throw new ImportError('the file has no version: it is not an export of this site');
  if (version.data.version > STORE_VERSION) throw new ImportError(`the file is version ${version.data.version}, newer than this site reads (${STORE_VERSION})`);
  const reading = readStoreData(json);
  if (reading.status === 'damaged') throw new ImportError('the file does not have the shape of an export of this site');
  checkLinks(reading.data.words);
  checkLinks(reading.data.sentences);
  return reading.data;
}

function laterCard(a: ReviewCard | undefined, b: ReviewCard): ReviewCard {
  if (!a) return b;
  return Date.parse(b.lastReview ?? '') > Date.parse(a.lastReview ?? '') || (!a.lastReview && b.lastReview) ? b : a;
}

/** This browser's data with an imported file's: words and sentences added, each card's latest review kept, days summed by their larger tally. */
export function mergeStudyData(local: StudyData, incoming: StudyData): StudyData {
  const sentences = [...local.sentences];
  for (const sentence of incoming.sentences) if (!sentences.some((other) => sameSentence(other, sentence))) sentences.push(sentence);
  const cards = { ...local.cards };
  for (const [id, card] of Object.entries(incoming.cards)) cards[id] = laterCard(cards[id], card);
  const days = { ...local.days };
  for (const [day, tally] of Object.entries(incoming.days)) {
    const mine = days[day];
    days[day] = !mine || tally.reviews > mine.reviews ? tally : mine;
  }
  return {
    words: mergeWords(local.words, incoming.words),
    sentences,
    cards,
    wordStates: { ...incoming.wordStates, ...local.wordStates },
    days,
  };
}
