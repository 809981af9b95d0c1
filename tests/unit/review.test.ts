import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rating } from 'ts-fsrs';
import { blankWord, checkCloze } from '../../lib/study/cloze';
import { reviewsPerDay, retention, streak, wordsByState } from '../../lib/study/progress';
import { applyGrade, dueItems, NEW_CARDS_PER_DAY, nextDue } from '../../lib/study/review-queue';
import { formatInterval, GRADES, gradeCard, newCard, nextIntervals } from '../../lib/study/schedule';
import { ImportError, readStore, STORE_VERSION, writeStore, type SavedWord } from '../../lib/study/saved-words';
import { dayOf, emptyStudyData, pruneCards, wordCardId, type StudyData } from '../../lib/study/study-model';
import { exportStudyData, importStudyData, mergeStudyData, STATE_IMPORT_LIMIT_BYTES } from '../../lib/study/study-export';
import { hasStudied, KNOWN_AFTER_DAYS, knownShare, setWordState, wordState } from '../../lib/study/word-states';

const NOW = new Date('2026-11-30T09:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;
const later = (days: number, from = NOW) => new Date(from.getTime() + days * DAY);

const word = (overrides: Partial<SavedWord> = {}): SavedWord => ({
  word: 'đối tác',
  pos: 'noun',
  meaning: 'partner',
  han: '對作',
  sentenceVi: 'Hiệp ước về quan hệ Đối tác chiến lược toàn diện.',
  sentenceEn: 'The comprehensive strategic partnership treaty.',
  article: 'nga-trieu',
  unit: 's4',
  link: '/en/articles/nga-trieu/#s4',
  savedAt: '2026-11-25T10:00:00.000Z',
  ...overrides,
});

test('FSRS at a fixed time: a new card offers 1 min, 6 min, 10 min and 8 days, and Good schedules what its button said', () => {
  const card = newCard(NOW);
  assert.equal(card.due, NOW.toISOString());
  const intervals = nextIntervals(card, NOW);
  assert.deepEqual(
    GRADES.map((grade) => formatInterval(intervals[grade], 'en')),
    ['1 min', '6 min', '10 min', '8 days'],
  );
  const good = gradeCard(card, Rating.Good, NOW);
  assert.equal(Date.parse(good.due) - NOW.getTime(), intervals[Rating.Good]);
  assert.equal(good.reps, 1);
  // The same answers at the same times give the same schedule: no fuzz, no clock.
  assert.deepEqual(gradeCard(card, Rating.Good, NOW), good);
  // Answered again a day later, Good moves it further out than Hard, Easy further still.
  const next = nextIntervals(gradeCard(good, Rating.Good, later(0.01)), later(1));
  assert.ok(next[Rating.Again] < next[Rating.Hard] && next[Rating.Hard] < next[Rating.Good] && next[Rating.Good] < next[Rating.Easy]);
  assert.equal(formatInterval(45 * DAY, 'vi'), '1,5 tháng');
});

test('the queue: new cards first meet the word, the cloze follows, and the day allows at most 20 new cards', () => {
  const words = Array.from({ length: 25 }, (_, index) => word({ word: `từ ${index}`, sentenceVi: `Câu có từ ${index} ở đây.`, unit: `s${index}` }));
  let data = emptyStudyData(words);
  const first = dueItems(data, NOW);
  assert.equal(first.length, NEW_CARDS_PER_DAY);
  assert.ok(first.every((item) => item.kind === 'recognition'));
  const [one] = first;
  assert.ok(one);
  data = applyGrade(data, one, Rating.Good, NOW);
  const second = dueItems(data, NOW);
  // The graded card is due in 10 minutes; its cloze is now offered; the allowance counts what was introduced.
  assert.equal(second.length, NEW_CARDS_PER_DAY - 1);
  assert.ok(second.every((item) => item.kind === 'recognition'));
  // With fewer words, the cloze of the word met comes after the new words.
  const few = emptyStudyData(words.slice(0, 3));
  const [met] = dueItems(few, NOW);
  assert.ok(met);
  assert.deepEqual(
    dueItems(applyGrade(few, met, Rating.Good, NOW), NOW).map((item) => item.id),
    [wordCardId('recognition', words[1] ?? word()), wordCardId('recognition', words[2] ?? word()), wordCardId('cloze', words[0] ?? word())],
  );
  assert.equal(nextDue(data)?.getTime(), NOW.getTime() + 10 * 60 * 1000);
  assert.ok(dueItems(data, new Date(NOW.getTime() + 10 * 60 * 1000)).some((item) => item.id === one.id));
  assert.deepEqual(data.days[dayOf(NOW)], { reviews: 1, again: 0, introduced: 1 });
});

test('word states: saved is learning, mature cards make it known, Again makes it learning, ignored leaves the queue', () => {
  const saved = word();
  let data = emptyStudyData([saved]);
  assert.equal(wordState(data, 'đối tác'), 'learning');
  assert.equal(wordState(data, 'hiệp ước'), 'new');
  // Easy on both cards, then again once each is due, until every interval passes 21 days.
  let now = NOW;
  for (let round = 0; round < 6 && wordState(data, 'đối tác') !== 'known'; round++) {
    for (const item of dueItems(data, now)) data = applyGrade(data, item, Rating.Easy, now);
    const next = nextDue(data);
    assert.ok(next);
    now = next;
  }
  assert.equal(wordState(data, 'đối tác'), 'known');
  assert.ok(Object.values(data.cards).every((card) => card.scheduledDays >= KNOWN_AFTER_DAYS));
  const [due] = dueItems(data, later(400));
  assert.ok(due);
  data = applyGrade(data, due, Rating.Again, later(400));
  assert.equal(wordState(data, 'đối tác'), 'learning');
  data = setWordState(data, 'đối tác', 'ignored');
  assert.deepEqual(dueItems(data, later(500)), []);
  assert.equal(wordState(setWordState(data, 'đối tác', 'new'), 'đối tác'), 'learning');
  assert.deepEqual(knownShare(setWordState(data, 'hiệp ước', 'known'), ['hiệp ước', 'đối tác', 'hiệp ước', 'ký']), { known: 1, total: 2, percent: 50 });
  assert.equal(knownShare(data, []), null);
  // A reader who has saved and marked nothing is shown no share at all.
  assert.equal(hasStudied({ words: [], wordStates: {} }), false);
  assert.equal(hasStudied(data), true);
});

test('cloze: the word blanked in its sentence; tone marks forgiven, case and spaces too', () => {
  assert.deepEqual(blankWord('Hiệp ước về quan hệ Đối tác chiến lược.', 'đối tác'), { before: 'Hiệp ước về quan hệ ', answer: 'Đối tác', after: ' chiến lược.' });
  assert.equal(blankWord('Không có.', 'đối tác'), null);
  assert.equal(checkCloze(' Đối  tác ', 'đối tác'), 'exact');
  assert.equal(checkCloze('doi tac', 'đối tác'), 'tones');
  assert.equal(checkCloze('đôi tác', 'đối tác'), 'tones');
  assert.equal(checkCloze('đối', 'đối tác'), 'wrong');
  assert.equal(checkCloze('', 'đối tác'), 'wrong');
});

test('a version 2 store (words only) upgrades to version 3 with every word kept and nothing scheduled', () => {
  const raw = JSON.stringify({ version: 2, words: [word(), word({ unit: 's9' })] });
  const reading = readStore(raw);
  assert.equal(reading.status, 'migrated');
  assert.deepEqual(reading.data, emptyStudyData([word(), word({ unit: 's9' })]));
  assert.equal(JSON.parse(writeStore(reading.data)).version, STORE_VERSION);
  // Two recognition cards now; each cloze once its word has been met.
  assert.deepEqual(
    dueItems(reading.data, NOW).map((item) => item.kind),
    ['recognition', 'recognition'],
  );
});

test('removing a word removes its cards; the word state stays', () => {
  let data = emptyStudyData([word()]);
  for (const item of dueItems(data, NOW)) data = applyGrade(data, item, Rating.Good, NOW);
  data = setWordState(data, 'đối tác', 'known');
  const pruned = pruneCards({ ...data, words: [] });
  assert.deepEqual(pruned.cards, {});
  assert.equal(pruned.wordStates['đối tác'], 'known');
});

function fullData(): StudyData {
  let data: StudyData = {
    ...emptyStudyData([word(), word({ word: 'hiệp ước', unit: 's1', sentenceVi: 'Hiệp ước mới.' })]),
    sentences: [{ sentenceVi: 'Hiệp ước mới.', sentenceEn: 'A new treaty.', article: 'nga-trieu', unit: 's1', link: '/vi/articles/nga-trieu/#s1', savedAt: NOW.toISOString() }],
  };
  for (const item of dueItems(data, NOW)) data = applyGrade(data, item, Rating.Good, NOW);
  return setWordState(data, 'ký', 'ignored');
}

test('export and import round-trip the whole state exactly; importing merges with what is there', () => {
  const data = fullData();
  assert.deepEqual(importStudyData(exportStudyData(data)), data);
  assert.deepEqual(mergeStudyData(emptyStudyData(), importStudyData(exportStudyData(data))), data);
  // Merging keeps each card's latest review and the local word states.
  const newer = applyGrade(data, { id: wordCardId('recognition', word()), kind: 'recognition', word: word(), card: data.cards[wordCardId('recognition', word())] ?? null }, Rating.Easy, later(1));
  const merged = mergeStudyData(data, newer);
  assert.deepEqual(merged.cards[wordCardId('recognition', word())], newer.cards[wordCardId('recognition', word())]);
  assert.deepEqual(mergeStudyData(newer, data).cards, newer.cards);
  // An older export (version 2, a saved-words store) imports too.
  assert.deepEqual(importStudyData(JSON.stringify({ version: 2, words: [word()] })).words, [word()]);
});

test('hostile imports are refused with a reason: wrong types, unknown versions, foreign links, prototype keys, huge files', () => {
  const valid = JSON.parse(exportStudyData(fullData()));
  const refuse = (value: unknown, pattern: RegExp) => assert.throws(() => importStudyData(typeof value === 'string' ? value : JSON.stringify(value)), (error: unknown) => error instanceof ImportError && pattern.test(error.message));
  refuse('not json', /not JSON/);
  refuse([], /no version/);
  refuse({ version: 99, words: [] }, /version 99, newer/);
  refuse({ ...valid, words: 'many' }, /shape/);
  refuse({ ...valid, cards: { 'recognition:nga-trieu:s4:đối tác': { ...valid.cards['recognition:nga-trieu:s4:đối tác'], due: 'tomorrow' } } }, /shape/);
  refuse({ ...valid, cards: { 'recognition:nga-trieu:s4:đối tác': { ...valid.cards['recognition:nga-trieu:s4:đối tác'], stability: 'high' } } }, /shape/);
  refuse({ ...valid, days: { yesterday: { reviews: 1, again: 0, introduced: 0 } } }, /shape/);
  refuse({ ...valid, extra: true }, /shape/);
  // A `__proto__` key never reaches the prototype; an Object.prototype name is an ordinary word.
  const polluted = importStudyData(`{"version":3,"words":[],"sentences":[],"cards":{},"days":{},"wordStates":{"__proto__":"known"}}`);
  assert.equal(Object.getPrototypeOf(polluted.wordStates), Object.prototype);
  assert.deepEqual(Object.keys(polluted.wordStates), []);
  assert.equal(wordState(polluted, 'constructor'), 'new');
  refuse({ ...valid, words: [{ ...valid.words[0], link: 'javascript:alert(1)' }] }, /link must be a sentence of this site/);
  refuse({ ...valid, sentences: [{ ...valid.sentences[0], link: 'https://evil.example/' }] }, /link must be a sentence of this site/);
  refuse({ ...valid, words: [{ ...valid.words[0], article: '../../etc' }] }, /article slug/);
  refuse(' '.repeat(STATE_IMPORT_LIMIT_BYTES + 1), /larger than 4 MB/);
});

test('progress: reviews per day with empty days, retention, streak, words by state', () => {
  const data = fullData();
  const days = { ...data.days, [dayOf(later(-1))]: { reviews: 4, again: 1, introduced: 0 }, [dayOf(later(-3))]: { reviews: 2, again: 0, introduced: 2 } };
  const withDays = { ...data, days };
  const points = reviewsPerDay(withDays, NOW, 4);
  assert.deepEqual(
    points.map((point) => point.reviews),
    [2, 0, 4, 3],
  );
  assert.equal(points[3]?.day, dayOf(NOW));
  assert.equal(retention(withDays), 8 / 9);
  assert.equal(retention(emptyStudyData()), null);
  assert.equal(streak(withDays, NOW), 2);
  assert.equal(streak(withDays, later(1)), 2);
  assert.equal(streak(withDays, later(2)), 0);
  assert.deepEqual(wordsByState(data), { learning: 2, known: 0, ignored: 1 });
});

test('localStorage stays small: 1,000 saved words with both cards reviewed and a year of daily tallies fit in a quarter of the 5 M characters browsers allow', () => {
  let data = emptyStudyData(
    Array.from({ length: 1000 }, (_, index) =>
      word({ word: `từ số ${index}`, unit: `s${index % 40}`, sentenceVi: `Hiệp ước về quan hệ đối tác chiến lược toàn diện có từ số ${index} ở giữa một câu dài như câu báo.` }),
    ),
  );
  const wordsOnly = writeStore(data).length;
  const cards: StudyData['cards'] = {};
  const card = gradeCard(newCard(NOW), Rating.Good, NOW);
  for (const saved of data.words) {
    cards[wordCardId('recognition', saved)] = card;
    cards[wordCardId('cloze', saved)] = card;
  }
  const days: StudyData['days'] = {};
  for (let back = 0; back < 365; back++) days[dayOf(later(-back))] = { reviews: 50, again: 5, introduced: 3 };
  data = { ...data, cards, days };
  const size = writeStore(data).length;
  assert.ok(size < 1.25e6, `${size} characters`);
  assert.ok((size - wordsOnly) / 2000 < 300, 'a card and its share of the tally under 300 characters');
});
