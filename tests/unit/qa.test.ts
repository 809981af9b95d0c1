// The quality checks (lib/qa): each rule on the cases the issue names, waivers, and the shipped
// articles passing (with the waivers their frontmatter records).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyWaivers, checkUnits, type QaUnit } from '../../lib/qa';
import { englishKeys, vietnameseQuantities } from '../../lib/qa/rules/numbers';
import { openQuotations } from '../../lib/qa/rules/quotes';
import { lengthNorm } from '../../lib/qa/rules/length';
import { vietnameseWords } from '../../lib/qa/rules/untranslated';

function unit(vi: string, en: string | null, extra: Partial<QaUnit> = {}): QaUnit {
  return { id: 's1', vi, viMentions: [], en, enEntities: [], entities: [], ...extra };
}
const rules = (units: QaUnit[]) => checkUnits(units).map((finding) => `${finding.unit} ${finding.rule}: ${finding.detail}`);

describe('numbers, dates and years', () => {
  test('dates in Vietnamese notation match English dates either way round', () => {
    assert.deepEqual(rules([unit('Ngày 19/6, hai bên hội đàm.', 'On June 19, the two sides held talks.')]), []);
    assert.deepEqual(rules([unit('Hôm 13-9, BBC đưa tin.', 'On 13 September, the BBC reported.')]), []);
    assert.deepEqual(rules([unit('Hội nghị diễn ra ngày 19 tháng 6 năm 2024.', 'The conference took place on June 19, 2024.')]), []);
    assert.deepEqual(rules([unit('Văn bản được ký ngày 9/2/2000.', 'The document was signed on February 9, 2000.')]), []);
    assert.deepEqual(rules([unit('Ngày 19/6, hai bên hội đàm.', 'On June 16, the two sides held talks.')]), ['s1 numbers: 19/6']);
  });

  test('thousands and decimals: 10.000 ↔ 10,000, 1,5 ↔ 1.5', () => {
    assert.deepEqual(rules([unit('Có 10.000 binh sĩ và 1,5 triệu người.', 'There are 10,000 soldiers and 1.5 million people.')]), []);
    assert.deepEqual(rules([unit('Có 10.000 binh sĩ.', 'There are 1,000 soldiers.')]), ['s1 numbers: 10.000']);
    assert.deepEqual(vietnameseQuantities({ vi: 'tăng 1,5 lần', viMentions: [] }).map((quantity) => quantity.keys), [['n:1.5']]);
  });

  test('small numbers may be words; a month alone is its name', () => {
    assert.deepEqual(rules([unit('Chuyến thăm đầu tiên sau hơn 2 thập kỷ, hồi tháng 9.', 'The first visit in more than two decades, in September.')]), []);
    assert.ok(englishKeys('a hundred people').has('n:100'));
  });

  test('a hyphen between two numbers is a range unless a date word comes before it', () => {
    assert.deepEqual(vietnameseQuantities({ vi: 'khoảng 2-3 lần', viMentions: [] }).map((quantity) => quantity.text), ['2', '3']);
    assert.deepEqual(vietnameseQuantities({ vi: 'ngày 19- 6', viMentions: [] }).map((quantity) => quantity.text), ['19- 6']);
  });

  test('digits inside a name belong to the name', () => {
    const vi = 'Tên lửa Hwasong-18 được phóng.';
    const start = vi.indexOf('Hwasong-18');
    assert.deepEqual(rules([unit(vi, 'The missile was launched.', { viMentions: [{ start, end: start + 'Hwasong-18'.length }] })]), []);
  });
});

describe('linked entities, quotation marks, Vietnamese left over, length', () => {
  const putin = { id: 'vladimir-putin', en: ['Vladimir Putin', 'Putin'], vi: ['Vladimir Putin', 'ông Putin'] };
  test('an entity the Vietnamese links is named in the English by its name, an alias or explicit markup', () => {
    assert.deepEqual(rules([unit('Ông Putin phát biểu.', 'Putin spoke.', { entities: [putin] })]), []);
    assert.deepEqual(rules([unit('Ông Putin phát biểu.', 'The president spoke.', { entities: [putin] })]), ['s1 entities: Vladimir Putin']);
    assert.deepEqual(rules([unit('Ông Putin phát biểu.', 'The president spoke.', { entities: [putin], enEntities: ['vladimir-putin'] })]), []);
  });

  test('quotation marks balance unless the Vietnamese leaves the same quotation open', () => {
    assert.equal(openQuotations('He said “yes'), 1);
    assert.deepEqual(rules([unit('Ông nói “có”.', 'He said “yes.')]), ['s1 quotes: 1/0']);
    assert.deepEqual(rules([unit('Ông nói: “Chúng tôi sẽ', 'He said, “We will')]), []);
    assert.deepEqual(rules([unit('… bị tấn công”, ông nói.', '“… is attacked,” he said.')]), []);
  });

  test('Vietnamese letters in the English, but not in the names of linked entities nor accents English borrows', () => {
    assert.deepEqual(vietnameseWords('the café of Pérez in São Paulo'), []);
    assert.deepEqual(rules([unit('Ông nói về hiệp định.', 'He spoke about the hiệp định.')]), ['s1 untranslated: hiệp định']);
    const hanoi = { id: 'hanoi', en: ['Hanoi'], vi: ['Hà Nội'] };
    assert.deepEqual(rules([unit('Tại Hà Nội.', 'In Hà Nội.', { entities: [hanoi], enEntities: ['hanoi'] })]), []);
  });

  test('a unit far from the article’s length ratio is a finding; short units are not judged', () => {
    const long = 'Một câu tiếng Việt khá dài để có thể so sánh được độ dài với bản dịch.';
    const units = [0, 1, 2, 3].map((index) => ({ ...unit(long, 'A rather long English sentence, so that its length can be compared with the source.'), id: `s${index}` }));
    units.push({ ...unit(long, 'Short.'), id: 's9' });
    units.push({ ...unit('Ảnh: Sputnik', 'Photo: Sputnik by our own photographer, credited in full here'), id: 's10' });
    assert.ok(lengthNorm(units) !== null);
    assert.deepEqual(rules(units).map((line) => line.replace(/\d+%$/, 'N%')), ['s9 length: N%']);
  });
});

test('waivers cover their rule in their unit; a waiver that waives nothing comes back as unused', () => {
  const findings = checkUnits([unit('Có 10.000 binh sĩ.', 'There are soldiers.')]);
  const waiver = { unit: 's1', rule: 'numbers' as const, reason: 'the source number is wrong; see note n1' };
  const stale = { unit: 's2', rule: 'quotes' as const, reason: 'nothing to waive any more' };
  const result = applyWaivers(findings, [waiver, stale]);
  assert.deepEqual(result.open, []);
  assert.equal(result.waived.length, 1);
  assert.deepEqual(result.unused, [stale]);
});
