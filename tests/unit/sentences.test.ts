import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences, splitSentencesWithJoins } from '../../lib/text/sentences';

test('splits at a full stop followed by a capital', () => {
  assert.deepEqual(splitSentences('Câu một. Câu hai! Câu ba? Đúng vậy.'), ['Câu một.', 'Câu hai!', 'Câu ba?', 'Đúng vậy.']);
});

test('keeps dotted names, decimals and thousands together', () => {
  assert.deepEqual(splitSentences('Tại TP.HCM có 6,83 triệu người. VOV.VN đưa tin 10.000 quân.'), [
    'Tại TP.HCM có 6,83 triệu người.',
    'VOV.VN đưa tin 10.000 quân.',
  ]);
});

test('does not split after an abbreviation or an initial', () => {
  assert.deepEqual(splitSentences('PGS. Hoàng Phúc Lâm và J. Smith đến. Họ nói.'), ['PGS. Hoàng Phúc Lâm và J. Smith đến.', 'Họ nói.']);
  assert.deepEqual(splitSentences('Theo LHQ và HĐBA, T/h. Xong.'), ['Theo LHQ và HĐBA, T/h.', 'Xong.']);
});

test('keeps closing quotes with their sentence and does not split before a lower-case continuation', () => {
  assert.deepEqual(splitSentences('“Đây là thỏa thuận mạnh mẽ.” Ông nói thêm.'), ['“Đây là thỏa thuận mạnh mẽ.”', 'Ông nói thêm.']);
  assert.deepEqual(splitSentences('Ông nói "đây là lý do." - truyền thông Nga đưa tin.'), ['Ông nói "đây là lý do." - truyền thông Nga đưa tin.']);
  assert.deepEqual(splitSentences('“Văn kiện đột phá”, ông Putin nói. Hết.'), ['“Văn kiện đột phá”, ông Putin nói.', 'Hết.']);
});

test('splits a photo credit and a bracketed source from the caption', () => {
  assert.deepEqual(splitSentences('Hai nhà lãnh đạo bắt tay. Ảnh: Reuters'), ['Hai nhà lãnh đạo bắt tay.', 'Ảnh: Reuters']);
  assert.deepEqual(splitSentences('Bình Nhưỡng năm 2024. (Nguồn: AFP)'), ['Bình Nhưỡng năm 2024.', '(Nguồn: AFP)']);
});

test('a sentence may open with a quotation or a number', () => {
  assert.deepEqual(splitSentences('Xong. “Nga và Triều Tiên” hợp tác. 2024 là năm lớn.'), ['Xong.', '“Nga và Triều Tiên” hợp tác.', '2024 là năm lớn.']);
});

test('text without a terminator is one sentence', () => {
  assert.deepEqual(splitSentences('  Ký hiệp ước đối tác chiến lược toàn diện  '), ['Ký hiệp ước đối tác chiến lược toàn diện']);
});

// A full stop glued to the next sentence (a scraper lost the space) splits; dotted names and numbers do not.
const JOINED: [string, string[], number][] = [
  ['Hai bên gặp ở Matxcơva.Thứ trưởng Rudenko nói vậy.', ['Hai bên gặp ở Matxcơva.', 'Thứ trưởng Rudenko nói vậy.'], 1],
  ['Văn bản ký ngày 9/2/2000.KCNA cho biết thêm.', ['Văn bản ký ngày 9/2/2000.', 'KCNA cho biết thêm.'], 1],
  ['Ông nói: “Chúng tôi đồng ý.”Bà đáp lại ngay.', ['Ông nói: “Chúng tôi đồng ý.”', 'Bà đáp lại ngay.'], 1],
  ['Tại TP.HCM có nhiều người.', ['Tại TP.HCM có nhiều người.'], 0],
  ['PGS.TS Hoàng Lâm và ThS.Nguyễn An đến.', ['PGS.TS Hoàng Lâm và ThS.Nguyễn An đến.'], 0],
  ['Đại diện U.S. cũng đến và U23 thắng.', ['Đại diện U.S. cũng đến và U23 thắng.'], 0],
  ['Tỷ lệ tăng 6.5 điểm ngày 19.6.2024 ở VOV.VN.', ['Tỷ lệ tăng 6.5 điểm ngày 19.6.2024 ở VOV.VN.'], 0],
  ['Xem vnexpress.net/Tin hoặc gửi ten.Ho@gmail.com nhé.', ['Xem vnexpress.net/Tin hoặc gửi ten.Ho@gmail.com nhé.'], 0],
  ['Tác giả J.K.Rowling và Th.S Lan đến.', ['Tác giả J.K.Rowling và Th.S Lan đến.'], 0],
  ['Đọc Tuoitre.VN mỗi ngày.', ['Đọc Tuoitre.VN mỗi ngày.'], 0],
];

test('splits a full stop followed directly by a capital and lists each such split', () => {
  for (const [paragraph, sentences, joins] of JOINED) {
    const result = splitSentencesWithJoins(paragraph);
    assert.deepEqual(result.sentences, sentences, paragraph);
    assert.equal(result.joins.length, joins, paragraph);
  }
});
