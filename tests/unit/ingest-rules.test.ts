// Table-driven cases for each ingest rule, in the shapes Vietnamese news pages print them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findAttribution } from '../../lib/ingest/rules/attribution';
import { blockType } from '../../lib/ingest/rules/block-type';
import { isByline } from '../../lib/ingest/rules/byline';
import { parseDateLine, parseIsoDate, parseTimeLine } from '../../lib/ingest/rules/date';
import { isAgencyAlone, isAsciiAlt, isFileLikeAlt, isImageFileName, isNumberedAlt, isPhotoCreditLine } from '../../lib/ingest/rules/image-text';
import { isNavigation } from '../../lib/ingest/rules/navigation';
import { findOutletMark } from '../../lib/ingest/rules/outlet-mark';
import { isLonePunctuation } from '../../lib/ingest/rules/punctuation';
import { isInlineItemList, isInlineRelatedLink, isMarkedItem, isRelatedHeading, isTimestamp } from '../../lib/ingest/rules/related';
import { widgetKind } from '../../lib/ingest/rules/widgets';

const DATES: [string, { date: string; time?: string; rest?: string } | undefined][] = [
  ['19/06/2024', { date: '2024-06-19' }],
  ['9/6/2024', { date: '2024-06-09' }],
  ['19-06-2024', { date: '2024-06-19' }],
  ['Thứ tư, 19/06/2024 10:15 (GMT+7)', { date: '2024-06-19', time: '10:15' }],
  ['Thứ tư, 19/6/2024, 10:15 (GMT+7)', { date: '2024-06-19', time: '10:15' }],
  ['19/6/2024 - 10:15', { date: '2024-06-19', time: '10:15' }],
  ['10:15 19/06/2024', { date: '2024-06-19', time: '10:15' }],
  ['Thứ Tư, 10:15, 19/06/2024', { date: '2024-06-19', time: '10:15' }],
  ['ngày 19 tháng 6 năm 2024', { date: '2024-06-19' }],
  ['Chủ nhật, ngày 08 tháng 12 năm 2024', { date: '2024-12-08' }],
  ['2024-06-19', { date: '2024-06-19' }],
  ['2024-06-19T03:15:00Z', { date: '2024-06-19', time: '10:15' }],
  ['2024-06-19T23:30:00+00:00', { date: '2024-06-20', time: '06:30' }],
  ['Thứ Tư, ngày 13/11/2024 | 08:16', { date: '2024-11-13', time: '08:16' }],
  ['Thứ Tư, 13/09/2023 19:45 \u00a0|\u00a0Anh Duy', { date: '2023-09-13', time: '19:45', rest: 'Anh Duy' }],
  ['Cập nhật: 10:15 19/06/2024', { date: '2024-06-19', time: '10:15' }],
  ['T4, 19/06/2024 - 10:15', { date: '2024-06-19', time: '10:15' }],
  ['19/06/2024 10:15 GMT+7', { date: '2024-06-19', time: '10:15' }],
  ['19.06.2024 | 10h15', { date: '2024-06-19', time: '10:15' }],
  ['Ngày phát hành: 08/01/2021 Lượt xem 1475', { date: '2021-01-08' }],
  // Not date lines: a sentence that mentions a date, an impossible day, a bare number.
  ['Ngày 19-6-2024, Tổng thống hai nước hội đàm.', undefined],
  ['31/02/2024', undefined],
  ['Năm 2024', undefined],
];

test('date lines in the shapes outlets print them (Asia/Ho_Chi_Minh)', () => {
  for (const [line, expected] of DATES) assert.deepEqual(parseDateLine(line), expected, line);
});

test('a time printed on its own line under the date, and ISO dates from meta tags', () => {
  assert.equal(parseTimeLine('16:02 (GMT +7)'), '16:02');
  assert.equal(parseTimeLine('Hà Nội 16:02'), undefined);
  assert.deepEqual(parseIsoDate('2024-06-19T22:30:00-05:00'), { date: '2024-06-20', time: '10:30' });
});

const MARKS: [string, string | undefined][] = [
  ['(Dân trí) - Sáng 19/6, tuyến đường mới thông xe.', '(Dân trí)'],
  ['(Dân trí) – Sáng 19/6, tuyến đường mới thông xe.', '(Dân trí)'],
  ['(CAO) Hôm 13-9, hai bên gặp nhau.', '(CAO)'],
  ['VOV.VN - Hai nước ký thỏa thuận.', 'VOV.VN'],
  ['(PLO)- Tòa tuyên án vào chiều nay.', '(PLO)'],
  ['(VTC News) - Giá vàng tăng mạnh.', '(VTC News)'],
  ['Hà Nội (TTXVN) - Quốc hội khai mạc kỳ họp.', '(TTXVN)'],
  ['TTO - Mưa lớn gây ngập nhiều tuyến phố.', 'TTO'],
  ['(NLĐO) - Công nhân được tăng lương.', '(NLĐO)'],
  ['(Chinhphu.vn) - Thủ tướng ký quyết định.', '(Chinhphu.vn)'],
  ['(Ảnh minh họa) Người dân đi chợ.', undefined],
  ['(19/6) Hai bên gặp nhau.', undefined],
  ['Hà Nội - Thủ đô đón mưa lớn.', undefined],
  ['Ngày 19-6, hai bên gặp nhau.', undefined],
];

test('outlet marks at the start of the lede', () => {
  for (const [lede, mark] of MARKS) assert.equal(findOutletMark(lede)?.mark, mark, lede);
});

const ATTRIBUTIONS: [string, string | undefined][] = [
  ['Theo TASS', 'Theo TASS'],
  ['Nguồn: TASS', 'Nguồn: TASS'],
  ['(Theo Reuters, AFP)', 'Theo Reuters, AFP'],
  ['Theo Tân Hoa Xã', 'Theo Tân Hoa Xã'],
  ['(TTXVN/Vietnam+)', 'TTXVN/Vietnam+'],
  ['Nguồn Hà Nội TV: https://tv.example/video/bai-viet-123.htm', 'Nguồn Hà Nội TV'],
  ['Theo TASS, tại cuộc hội đàm, ông Putin khẳng định quan hệ hai nước dựa trên bình đẳng.', undefined],
  ['Theo kế hoạch, cầu sẽ thông xe vào năm sau.', undefined],
];

test('a source attribution line at the end', () => {
  for (const [line, source] of ATTRIBUTIONS) assert.equal(findAttribution(line), source, line);
});

const BYLINES: [string, boolean][] = [
  ['Minh Phương', true],
  ['THƯ LÊ', true],
  ['Hải Đăng (T/h)', true],
  ['HN tổng hợp', true],
  ['Như Tâm (Theo Reuters)', true],
  ['Nhóm phóng viên', true],
  ['Bài và ảnh: Lê Hoàng', true],
  ['Nguyễn Văn An - Trần Hà', true],
  ['Ký hiệp ước đối tác chiến lược toàn diện', false],
  ['Ông Kim Jong Un tại Nga', false],
  ['Moscow cho biết sẽ giúp Bình Nhưỡng phát triển công nghệ vệ tinh.', false],
  ['Quan hệ tốt đẹp giữa ông Putin và ông Kim Jong-un', false],
];

test('bylines: a short name line', () => {
  for (const [line, expected] of BYLINES) assert.equal(isByline(line), expected, line);
});

const NAVIGATION: [string, boolean][] = [
  ['1. Dòng sự kiện:', true],
  ['Dòng sự kiện', true],
  ['Thế giới › Quân sự', true],
  ['Trang chủ » Thời sự » Chính trị', true],
  ['2. Giá vàng hôm nay tăng mạnh', true],
  ['- Bão số 3 đổ bộ vào đất liền', true],
  ['Ngày phát hành: 08/01/2021', false],
  ['Thông xe tuyến đường ven biển dài 40 km qua ba huyện', false],
  ['Nga - Triều Tiên xích lại gần nhau', false],
];

test('navigation above the headline', () => {
  for (const [line, expected] of NAVIGATION) assert.equal(isNavigation(line), expected, line);
});

const RELATED_HEADINGS: [string, boolean][] = [
  ['Xem thêm', true],
  ['Xem thêm:', true],
  ['XEM THÊM', true],
  ['Tin liên quan', true],
  ['Đọc thêm', true],
  ['Bài liên quan', true],
  ['Cùng chuyên mục', true],
  ['Tin cùng chuyên mục', true],
  ['Có thể bạn quan tâm', true],
  ['Xem thêm các tin khác về giá vàng trong ngày.', false],
];

test('related-article headings however written', () => {
  for (const [line, expected] of RELATED_HEADINGS) assert.equal(isRelatedHeading(line), expected, line);
});

test('related-article items: numbered, dashed, date-prefixed, inline, timestamps', () => {
  const items: [string, (line: string) => boolean, boolean][] = [
    ['1. Giá cước vận tải biển tăng mạnh', isMarkedItem, true],
    ['- Xuất khẩu gạo vượt mốc 7 triệu tấn', isMarkedItem, true],
    ['16-10-2024Kim ngạch xuất khẩu quý III tăng', isMarkedItem, true],
    ['(16/10) Tàu cá bị sóng đánh chìm', isMarkedItem, true],
    ['- 16-10-2024Kim ngạch xuất khẩu tăng - 15-10-2024Tàu cá bị chìm', isInlineItemList, true],
    ['Xem thêm: Giá vàng lập đỉnh mới', isInlineRelatedLink, true],
    ['>> Giá vàng lập đỉnh mới', isInlineRelatedLink, true],
    ['08:32 14/11/2024', isTimestamp, true],
    ['2 giờ trước', isTimestamp, true],
    ['Hội nghị lần thứ 8 đã khai mạc.', isMarkedItem, false],
    ['Ngày 14-11, Sở tổ chức hội thảo.', isTimestamp, false],
  ];
  for (const [line, rule, expected] of items) assert.equal(rule(line), expected, `${rule.name}: ${line}`);
});

const WIDGETS: [string, string | undefined][] = [
  ['Viết bình luận mới', 'comment widget'],
  ['Bình luận (0)', 'comment widget'],
  ['Ý kiến bạn đọc', 'comment widget'],
  ['Lên đầu trang', 'back-to-top link'],
  ['Về đầu trang', 'back-to-top link'],
  ['Chia sẻ Facebook Zalo', 'share bar'],
  ['Facebook | Twitter | Copy link', 'share bar'],
  ['Từ khóa: giao thông, đường ven biển', 'tag list'],
  ['Tags:', 'tag list'],
  ['#giaothong #duongvenbien', 'tag list'],
  ['Quảng cáo', 'advertising label'],
  ['Theo dõi Báo trên Google News', 'follow prompt'],
  ['THÔNG TIN CẦN BIẾT', 'weather box'],
  ['1.234 lượt xem', 'view counter'],
  ['Chia sẻ dữ liệu đàn cá', undefined],
  ['Bình luận của ông về vụ việc được nhiều người chú ý.', undefined],
  ['Đăng ký kết hôn trực tuyến qua ứng dụng VNeID từ tháng 7.', undefined],
  ['Đăng ký nhận bản tin mỗi sáng', 'follow prompt'],
  ['Mời quý độc giả xem video: Thu hoạch vải thiều', 'video prompt'],
  ['Đọc tiếp', 'read-more link'],
  ['Thảo luận', 'comment widget'],
];

test('page widgets by their vocabulary', () => {
  for (const [line, kind] of WIDGETS) assert.equal(widgetKind(line), kind, line);
});

test('image text: file names, ASCII alt, numbered alt, bare photo credits, lone punctuation', () => {
  const cases: [string, (line: string) => boolean, boolean][] = [
    ['cau-song-lam-1.jpg', isImageFileName, true],
    ['IMG_2024.PNG?w=800', isImageFileName, true],
    ['Putin Kim Jong un tai Trieu Tien', isAsciiAlt, true],
    ['Tổng thống Nga bắt tay', isAsciiAlt, false],
    ['Thông xe tuyến đường ven biển - 1', (line) => isNumberedAlt(line, 'Thông xe tuyến đường ven biển'), true],
    ['Xe khách chạy thử trên đoạn đường mới - 2', (line) => isNumberedAlt(line, undefined, true), true],
    ['U23 Việt Nam thắng Thái Lan 3 - 1', (line) => isNumberedAlt(line, undefined, false), false],
    ['Ảnh minh họa', isPhotoCreditLine, true],
    ['Ảnh: TTXVN', isPhotoCreditLine, true],
    ['(Ảnh: Hữu Nghị)', isPhotoCreditLine, true],
    ['Ảnh hưởng của bão rất lớn.', isPhotoCreditLine, false],
    ['* * *', isLonePunctuation, true],
    ['vn1', isFileLikeAlt, true],
    ['anh_12', isFileLikeAlt, true],
    ['U23', isFileLikeAlt, false],
    ['Sputnik', isAgencyAlone, true],
    ['(AFP)', isAgencyAlone, true],
    ['Sputnik đưa tin', isAgencyAlone, false],
    ['|', isLonePunctuation, true],
  ];
  for (const [line, rule, expected] of cases) assert.equal(rule(line), expected, line);
});

test('block types: captions, subheadings, paragraphs; an HTML tag wins unless it wraps a long sentence', () => {
  assert.equal(blockType({ line: 1, text: 'Hai lãnh đạo bắt tay. Ảnh: Reuters', trailingSpace: false }), 'caption');
  assert.equal(blockType({ line: 1, text: 'Ông Kim Jong Un tại Nga', trailingSpace: true }), 'caption');
  assert.equal(blockType({ line: 1, text: 'Công nhân đi bộ về khu nhà ở hôm 3/12/2015. AFP', trailingSpace: false }), 'caption');
  assert.equal(blockType({ line: 1, text: 'Ký hiệp ước đối tác chiến lược toàn diện', trailingSpace: false }), 'heading');
  assert.equal(blockType({ line: 1, text: 'Moscow cho biết sẽ giúp.', trailingSpace: false }), 'paragraph');
  assert.equal(blockType({ line: 1, text: 'Giảm chi phí', trailingSpace: false, hint: 'heading' }), 'heading');
  const lede = '(Dân trí) - Sáng 19/6, cây cầu dài 1,2 km nối hai bờ sông chính thức thông xe, rút ngắn quãng đường giữa hai huyện.';
  assert.equal(blockType({ line: 1, text: lede, trailingSpace: false, hint: 'heading' }), 'paragraph');
});
