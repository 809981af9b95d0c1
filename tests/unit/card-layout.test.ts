import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARD_COLOURS, CARD_HEIGHT, CARD_WIDTH, layoutCard, sentenceSizes, wrapText, type TextMeasure } from '../../lib/share/card-layout';

// A fake font: every character is half the font size wide; ascent 0.9 and descent 0.3 of the size.
const measure: TextMeasure = {
  width: (text, font) => [...text].length * font.size * 0.5,
  extent: (font) => ({ ascent: font.size * 0.9, descent: font.size * 0.3 }),
};
const monospace = (piece: string) => piece.length * 10;

test('lines break at spaces and fill the width greedily', () => {
  assert.deepEqual(wrapText('aa bb cc dd', 50, monospace), ['aa bb', 'cc dd']);
  assert.deepEqual(wrapText('aa   bb\ncc', 200, monospace), ['aa bb cc'], 'runs of white space are one space');
  assert.deepEqual(wrapText('', 50, monospace), []);
});

test('a hyphenated name is never cut at its hyphen', () => {
  const lines = wrapText('lãnh đạo Kim Jong-un', 130, monospace);
  assert.deepEqual(lines, ['lãnh đạo Kim', 'Jong-un']);
});

test('a word wider than the line is cut between characters, never inside a letter with its tone mark', () => {
  const decomposed = 'Nguyễn'.normalize('NFD');
  const lines = wrapText(`x ${decomposed.repeat(3)}`, 60, (piece) => [...new Intl.Segmenter('vi', { granularity: 'grapheme' }).segment(piece)].length * 10);
  assert.equal(lines[0], 'x');
  assert.ok(lines.slice(1).every((line) => line.normalize('NFC').length <= 6), lines.join('|'));
  assert.equal(lines.slice(1).join(''), decomposed.repeat(3));
});

test('longer sentences get smaller type', () => {
  assert.deepEqual(sentenceSizes('a'.repeat(60), 'b'.repeat(60)), { vi: 60, en: 40 });
  assert.deepEqual(sentenceSizes('a'.repeat(300), 'b'.repeat(300)), { vi: 29, en: 22 });
});

const card = { kicker: 'Nga – Triều Tiên', vietnamese: 'Hiệp định được ký hôm nay.', english: 'The agreement was signed today.', footer: 'Song Ngữ · 19/6/2024' };

test('the card: kicker at the top, footer at the bottom, the sentence centred between them', () => {
  const layout = layoutCard(card, measure);
  assert.equal(layout.width, CARD_WIDTH);
  assert.equal(layout.height, CARD_HEIGHT);
  const [kicker, vietnamese, english, footer] = layout.lines;
  assert.ok(kicker && vietnamese && english && footer && layout.lines.length === 4, JSON.stringify(layout.lines));
  assert.deepEqual([kicker.text, vietnamese.text, english.text, footer.text], [card.kicker, card.vietnamese, card.english, card.footer]);
  assert.deepEqual([kicker.colour, vietnamese.colour, english.colour, footer.colour], [CARD_COLOURS.accent, CARD_COLOURS.vietnamese, CARD_COLOURS.english, CARD_COLOURS.footer]);
  assert.ok(layout.lines.every((line) => line.x === 96), 'text starts after the bar and the padding');
  // Kicker: 28 px, normal line height (0.9 + 0.3 of the size), from the top padding.
  assert.equal(kicker.baseline, 56 + 28 * 0.9);
  // Footer: its line box ends at the bottom padding.
  assert.equal(footer.baseline, CARD_HEIGHT - 56 - 24 * 1.2 + 24 * 0.9);
  // The space above the sentence equals the space below it.
  const sentenceTop = vietnamese.baseline - (60 * 1.22 - 60 * 1.2) / 2 - 60 * 0.9;
  const sentenceBottom = english.baseline - (40 * 1.3 - 40 * 1.2) / 2 - 40 * 0.9 + 40 * 1.3;
  const above = sentenceTop - (56 + 28 * 1.2);
  const below = CARD_HEIGHT - 56 - 24 * 1.2 - sentenceBottom;
  assert.ok(Math.abs(above - below) < 1e-9, `${above} vs ${below}`);
  assert.ok(above > 0);
});

test('every line fits the text column, and a card with no English has no English line', () => {
  const long = { ...card, vietnamese: 'Hiệp định đối tác chiến lược toàn diện '.repeat(6), english: '' };
  const layout = layoutCard(long, measure);
  for (const line of layout.lines) assert.ok(measure.width(line.text, line.font) <= CARD_WIDTH - 96 - 72, line.text);
  assert.ok(layout.lines.every((line) => line.colour !== CARD_COLOURS.english));
  assert.ok(layout.lines.filter((line) => line.colour === CARD_COLOURS.vietnamese).length > 1);
});
