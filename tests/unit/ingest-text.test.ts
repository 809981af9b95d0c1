// Whole scrapes, in the shapes real Vietnamese news pages come in (text written for these tests):
// the headline or a warning, the date where one is printed, no body line lost, boilerplate dropped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseSeed } from '../../lib/ingest/parse-seed';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures', 'ingest');
const bodyOf = (draft: ReturnType<typeof parseSeed>) => draft.decisions.filter((decision) => decision.action === 'kept').map((decision) => decision.text);

test('a Dân trí-shaped scrape: event stream and breadcrumb skipped, numbered alt text dropped, mark, date and byline read', () => {
  const draft = parseSeed(readFileSync(join(FIXTURES, 'dantri-shape.txt'), 'utf8'));
  assert.equal(draft.headline, 'Thông xe tuyến đường ven biển dài 40 km qua ba huyện');
  assert.equal(draft.date, '2024-06-19');
  assert.equal(draft.time, '10:15');
  assert.equal(draft.byline, 'Minh Phương');
  assert.equal(draft.outletMark, '(Dân trí)');
  assert.deepEqual(bodyOf(draft), [
    '(Dân trí) - Sáng 19/6, tuyến đường ven biển nối ba huyện phía nam tỉnh chính thức thông xe sau gần ba năm thi công.',
    'Xe khách chạy thử trên đoạn đường mới (Ảnh: Hữu Nghị).',
    'Tuyến đường có bốn làn xe, tổng vốn khoảng 2.100 tỷ đồng. Ban quản lý dự án cho biết phần lớn mặt bằng được bàn giao đúng hạn.',
    'Người dân ven biển kỳ vọng tuyến đường giúp hàng hải sản đến chợ đầu mối nhanh hơn. Nhiều hộ đã mở thêm quầy bán hàng dọc tuyến.',
  ]);
  assert.equal(draft.dropped.length, 13);
  assert.deepEqual(draft.warnings, []);
});

test('related lists in every form, a byline and "Nguồn:" after them, a date printed over two lines', () => {
  const draft = parseSeed(readFileSync(join(FIXTURES, 'related-forms.txt'), 'utf8'));
  assert.equal(draft.headline, 'Cảng biển mới đón chuyến tàu hàng đầu tiên');
  assert.deepEqual([draft.date, draft.time], ['2024-10-17', '16:02']);
  assert.equal(draft.outletMark, 'TPO');
  assert.equal(draft.byline, 'Hoàng Anh');
  assert.equal(draft.attribution, 'Nguồn: TASS');
  assert.ok(!draft.blocks.some((block) => block.type === 'caption'), '"Nguồn: TASS" is not a photo caption');
  assert.equal(bodyOf(draft).length, 3);
  assert.equal(draft.splits.length, 1);
  assert.equal(draft.dropped.length, 13);
});

const DATE_LINES = [
  'Thứ tư, 19/06/2024 10:15 (GMT+7)',
  '19/6/2024 - 10:15',
  '10:15 19/06/2024',
  'ngày 19 tháng 6 năm 2024',
  '19-06-2024',
  '2024-06-19T10:15:00+07:00',
  'Thứ Tư, 10:15, 19/06/2024',
  '19/06/2024 10:15 GMT+7',
];

test('a date line in any of eight shapes becomes `published`, not a body unit', () => {
  for (const line of DATE_LINES) {
    const draft = parseSeed(`Giá lúa tăng mạnh sau vụ thu hoạch\n${line}\nGiá lúa tại các tỉnh miền Tây tăng thêm 500 đồng mỗi kg trong tuần qua.`);
    assert.equal(draft.date, '2024-06-19', line);
    assert.equal(draft.blocks.length, 1, line);
    assert.equal(draft.headline, 'Giá lúa tăng mạnh sau vụ thu hoạch', line);
  }
});

test('paragraphs joined without a space are split, and each split is listed', () => {
  const raw = [
    'Hai nước ký văn bản hợp tác mới',
    '',
    'Thứ trưởng hai nước gặp nhau tại Matxcơva.Thứ trưởng Rudenko nói cuộc gặp rất tốt.Hai bên ký văn bản mới. Văn bản cũ được ký ngày 9/2/2000.KCNA dẫn lời quan chức nói văn bản có hiệu lực ngay.Tại TP.HCM, U23 Việt Nam có mặt.Đại diện U.S. cũng đến dự.',
  ].join('\n');
  const draft = parseSeed(raw);
  assert.deepEqual(draft.blocks[0]?.sentences, [
    'Thứ trưởng hai nước gặp nhau tại Matxcơva.',
    'Thứ trưởng Rudenko nói cuộc gặp rất tốt.',
    'Hai bên ký văn bản mới.',
    'Văn bản cũ được ký ngày 9/2/2000.',
    'KCNA dẫn lời quan chức nói văn bản có hiệu lực ngay.',
    'Tại TP.HCM, U23 Việt Nam có mặt.',
    'Đại diện U.S. cũng đến dự.',
  ]);
  assert.equal(draft.splits.length, 5);
  assert.ok(draft.splits.every((split) => split.line === 3 && split.rule === 'full stop followed directly by a capital'));
});

test('a unit over 400 characters is reported', () => {
  const long = `Tiêu đề bài\n\n${'Một câu rất dài không có dấu chấm ở giữa, '.repeat(12)}kết thúc.`;
  assert.match(parseSeed(long).warnings.join('\n'), /unit s1 is \d+ characters long/);
});

test('no headline: an explicit warning, and the first line stays article text', () => {
  const draft = parseSeed('Tổng thống hai nước hôm thứ Tư đã ký hiệp định hợp tác toàn diện, theo hãng tin nhà nước đưa tin sáng nay.\n\nHai bên cũng ký thêm ba văn bản khác.');
  assert.equal(draft.headline, undefined);
  assert.match(draft.warnings[0] ?? '', /^no headline found: line 1 reads as article text/);
  assert.equal(draft.blocks[0]?.line, 1);
});

test('a line the related rule is unsure about is kept and flagged', () => {
  const raw = [
    'Mở rộng sân bay thêm một nhà ga',
    '',
    'Sân bay sẽ có thêm một nhà ga với công suất 10 triệu khách mỗi năm, theo quyết định vừa được phê duyệt.',
    'Tin liên quan',
    '1. Giá vé máy bay dịp hè tăng',
    'Nhà ga mới ở phía đông',
    'Nhà ga mới được xây ở phía đông đường băng hiện có, dự kiến hoàn thành sau ba năm.',
  ].join('\n');
  const draft = parseSeed(raw);
  const unsure = draft.decisions.filter((decision) => decision.unsure);
  assert.deepEqual(unsure.map((decision) => decision.text), ['Nhà ga mới ở phía đông']);
  assert.equal(draft.decisions.find((decision) => decision.text === 'Nhà ga mới ở phía đông')?.action, 'kept');
  assert.equal(bodyOf(draft).length, 3);
});

test('bylines at the top or the end leave the body; a name-like line in the middle stays, flagged', () => {
  const raw = [
    'Nông dân thu hoạch cà phê sớm',
    'Thứ Hai, 07/10/2024 08:00',
    'Lê Hoàng',
    'Nông dân Tây Nguyên bắt đầu thu hoạch cà phê sớm hơn mọi năm vì thời tiết nắng nóng kéo dài.',
    'Trần Minh Khoa',
    'Giá cà phê nhân hiện ở mức cao nhất trong nhiều năm, khiến nhiều hộ hái sớm để bán ngay.',
    'Theo Reuters',
  ].join('\n');
  const draft = parseSeed(raw);
  assert.equal(draft.byline, 'Lê Hoàng');
  assert.equal(draft.attribution, 'Theo Reuters');
  assert.deepEqual(bodyOf(draft).length, 3);
  assert.equal(draft.decisions.find((decision) => decision.text === 'Trần Minh Khoa')?.unsure, true);
});

test('comment and back-to-top widgets, the weather box and title/time/summary triples after the article', () => {
  const raw = [
    'Khai mạc lễ hội hoa xuân',
    '',
    'Lễ hội hoa xuân năm nay có hơn 300 gian hàng của các nhà vườn trong tỉnh và các tỉnh lân cận.',
    'Bình luận (0)',
    'Lên đầu trang',
    'THÔNG TIN CẦN BIẾT',
    'Trời nhiều mây, có mưa rào, nhiệt độ từ 24 đến 30 độ C.',
    'Giá xăng giảm nhẹ',
    '15:00 14/02/2024',
    'Giá xăng giảm 300 đồng mỗi lít từ chiều nay.',
  ].join('\n');
  const draft = parseSeed(raw);
  assert.equal(bodyOf(draft).length, 1);
  assert.deepEqual(
    draft.dropped.map((line) => line.reason),
    ['comment widget', 'back-to-top link', 'weather box', 'weather box', 'related-article title (title, time, summary)', 'timestamp of a related article', 'related-article summary'],
  );
});

test('only boilerplate gives no blocks', () => {
  const draft = parseSeed('Xem thêm\n1. Giá vàng tăng\n2. Giá xăng giảm\nBình luận (0)\nLên đầu trang');
  assert.equal(draft.blocks.length, 0);
});

// One scrape per outlet shape: what each must yield. `kept` counts body lines (none may be lost).
const SHAPES: { file: string; headline?: string; date?: string; time?: string; byline?: string; mark?: string; attribution?: string; kept: number; dropped: number }[] = [
  { file: 'tuoitre.txt', headline: 'Hà Nội đề xuất cấm xe máy ở nội đô từ năm 2030', date: '2024-06-19', time: '10:15', byline: 'NGỌC AN', mark: 'TTO', kept: 4, dropped: 5 },
  { file: 'thanhnien.txt', headline: 'Giá dầu tăng mạnh sau cuộc họp của OPEC+', date: '2024-06-19', time: '10:15', byline: 'Ngọc Thịnh', attribution: 'Theo Reuters', kept: 3, dropped: 3 },
  { file: 'laodong.txt', headline: 'Nông dân trúng mùa vải thiều', byline: 'Quang Minh', mark: 'LĐO', kept: 2, dropped: 2 },
  { file: 'vietnamplus.txt', headline: 'Nhật Bản phóng thành công vệ tinh thời tiết mới', date: '2024-06-19', time: '10:15', mark: '(Vietnam+)', attribution: 'TTXVN/Vietnam+', kept: 2, dropped: 4 },
  { file: 'vnexpress.txt', headline: 'Giá thép xây dựng giảm lần thứ năm liên tiếp', date: '2024-06-19', time: '10:15', byline: 'Như Tâm (theo Bloomberg)', kept: 3, dropped: 2 },
  { file: 'cand.txt', headline: 'Bắt nhóm đối tượng lừa đảo qua mạng xã hội', date: '2024-06-19', time: '10:15', byline: 'Thu Hằng', mark: '(CAND)', kept: 3, dropped: 2 },
  { file: 'plo.txt', headline: 'Tòa tuyên án vụ gian lận thi cử', date: '2024-06-19', time: '10:15', byline: 'HOÀNG YẾN', mark: '(PLO)', kept: 2, dropped: 4 },
  { file: 'vtc-no-headline.txt', mark: '(VTC News)', kept: 2, dropped: 0 },
];

test('outlet shapes: headline, date, byline, mark and source; no body line lost', () => {
  for (const shape of SHAPES) {
    const draft = parseSeed(readFileSync(join(FIXTURES, 'shapes', shape.file), 'utf8'));
    const actual = { headline: draft.headline, date: draft.date, time: draft.time, byline: draft.byline, mark: draft.outletMark, attribution: draft.attribution };
    const expected = { headline: shape.headline, date: shape.date, time: shape.time, byline: shape.byline, mark: shape.mark, attribution: shape.attribution };
    assert.deepEqual(actual, expected, shape.file);
    assert.equal(bodyOf(draft).length, shape.kept, shape.file);
    assert.equal(draft.dropped.length, shape.dropped, shape.file);
    assert.equal(draft.warnings.some((warning) => warning.startsWith('no headline found')), shape.headline === undefined, shape.file);
  }
});

test('edge cases that must keep the article text: a score heading, a single timestamped item, numbered paragraphs after a related list', () => {
  const raw = [
    'Việt Nam vào bán kết sau trận thắng Thái Lan',
    '',
    'Đội tuyển Việt Nam giành chiến thắng thuyết phục trong trận tứ kết tối qua trước đông đảo khán giả.',
    'U23 Việt Nam thắng Thái Lan 3 - 1',
    'Bàn thắng quyết định đến ở phút 85 sau một pha phối hợp đẹp mắt của hàng tiền vệ.',
    'Diễn biến chính',
    '20:15 18/06/2024',
    'Hai đội bước vào sân trong không khí cuồng nhiệt, khán giả lấp kín khán đài từ sớm.',
    'Tin liên quan',
    '1. Lịch thi đấu bán kết',
    '1. Về chuyên môn, ban huấn luyện cho biết các cầu thủ đều khỏe và sẵn sàng cho trận bán kết sắp tới.',
    'Đăng ký kết hôn trực tuyến qua ứng dụng VNeID từ tháng 7.',
  ].join('\n');
  const draft = parseSeed(raw);
  assert.deepEqual(bodyOf(draft), [
    'Đội tuyển Việt Nam giành chiến thắng thuyết phục trong trận tứ kết tối qua trước đông đảo khán giả.',
    'U23 Việt Nam thắng Thái Lan 3 - 1',
    'Bàn thắng quyết định đến ở phút 85 sau một pha phối hợp đẹp mắt của hàng tiền vệ.',
    'Diễn biến chính',
    'Hai đội bước vào sân trong không khí cuồng nhiệt, khán giả lấp kín khán đài từ sớm.',
    '1. Về chuyên môn, ban huấn luyện cho biết các cầu thủ đều khỏe và sẵn sàng cho trận bán kết sắp tới.',
    'Đăng ký kết hôn trực tuyến qua ứng dụng VNeID từ tháng 7.',
  ]);
  assert.deepEqual(draft.dropped.map((line) => line.reason), ['timestamp of a related article', 'related-article heading', 'related-article item']);
});

test('a site’s date of today above the headline loses to the labelled date below it; agency credits and file-like alt text go', () => {
  const raw = [
    'Thứ Hai, ngày 25 tháng 11 năm 2024',
    'Vì sao giá gạo xuất khẩu tăng',
    'Ngày phát hành: 08/01/2021 Lượt xem 1475',
    'Giá gạo xuất khẩu của Việt Nam tăng mạnh trong tuần đầu năm do nhu cầu từ các thị trường châu Á.',
    'anh1',
    'Nông dân thu hoạch lúa ở đồng bằng sông Cửu Long hôm 5/1/2021. AFP',
    'Reuters',
    'Các doanh nghiệp cho biết đơn hàng đã kín đến hết quý một.',
    'Nguồn Đài Ví Dụ: https://tv.example/video/gia-gao-123.htm',
  ].join('\n');
  const draft = parseSeed(raw);
  assert.equal(draft.headline, 'Vì sao giá gạo xuất khẩu tăng');
  assert.equal(draft.date, '2021-01-08');
  assert.equal(draft.attribution, 'Nguồn Đài Ví Dụ');
  assert.deepEqual(draft.blocks.map((block) => block.type), ['paragraph', 'caption', 'paragraph']);
  assert.deepEqual(draft.dropped.map((line) => line.reason), [
    'another date line (the site’s date of today)',
    'image alt text (a file-like name)',
    'photo credit (an agency name alone)',
  ]);
});
