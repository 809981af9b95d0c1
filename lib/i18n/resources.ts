// Interface strings. Both languages must define the same keys: the type below enforces it.
const en = {
  site: {
    name: 'Song Ngữ',
    tagline: 'Vietnamese news, sentence by sentence, with an English translation',
    skipToContent: 'Skip to content',
    primaryNav: 'Main',
    library: 'Library',
    languageSwitch: 'Interface language',
    footer: 'Vietnamese originals as published; English translations and notes by the Song Ngữ editors.',
  },
  library: {
    title: 'Library',
    intro: 'Vietnamese news on Russia–North Korea relations, each sentence paired with its English translation.',
    count_one: '{{count}} article',
    count_other: '{{count}} articles',
    readingTime: '{{count}} min read',
    readInEnglish: 'English headline',
  },
  article: {
    outlet: 'Outlet',
    outletUnknown: 'Outlet not named in the source',
    published: 'Published',
    byline: 'By',
    inferred: 'inferred',
    inferredTitle: 'Not printed in the source: inferred by the editors',
    editorialHeadline: 'Headline written by the editors: the source has none',
    outletMark: 'mark “{{mark}}”',
    translationPending: 'Translation pending',
    photoCaption: 'Photo caption (photo not reproduced)',
    editorsNotes: 'Editors’ notes',
    noteRef: 'Editors’ note {{number}}',
    backToText: 'Back to the text',
    aboutSentence: 'On sentence',
    units_one: '{{count}} aligned sentence',
    units_other: '{{count}} aligned sentences',
    vietnamese: 'Vietnamese',
    english: 'English',
  },
  layout: {
    label: 'Layout',
    sideBySide: 'Side by side',
    interlinear: 'Interlinear',
    vietnameseOnly: 'Vietnamese only',
    englishOnly: 'English only',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address. It may have been mistyped.',
    back: 'Go to the library',
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Resources = Shape<typeof en>;

const vi: Resources = {
  site: {
    name: 'Song Ngữ',
    tagline: 'Tin tức tiếng Việt, từng câu một, kèm bản dịch tiếng Anh',
    skipToContent: 'Chuyển đến nội dung',
    primaryNav: 'Điều hướng chính',
    library: 'Thư viện',
    languageSwitch: 'Ngôn ngữ giao diện',
    footer: 'Nguyên bản tiếng Việt giữ như khi đăng; bản dịch tiếng Anh và chú thích do biên tập viên Song Ngữ thực hiện.',
  },
  library: {
    title: 'Thư viện',
    intro: 'Tin tức tiếng Việt về quan hệ Nga – Triều Tiên, mỗi câu đi kèm bản dịch tiếng Anh.',
    count_one: '{{count}} bài',
    count_other: '{{count}} bài',
    readingTime: '{{count}} phút đọc',
    readInEnglish: 'Tiêu đề tiếng Anh',
  },
  article: {
    outlet: 'Nguồn',
    outletUnknown: 'Bài gốc không ghi tên báo',
    published: 'Ngày đăng',
    byline: 'Tác giả',
    inferred: 'suy đoán',
    inferredTitle: 'Bài gốc không ghi: do biên tập viên suy đoán',
    editorialHeadline: 'Tiêu đề do biên tập viên đặt: bài gốc không có tiêu đề',
    outletMark: 'ký hiệu “{{mark}}”',
    translationPending: 'Đang chờ bản dịch',
    photoCaption: 'Chú thích ảnh (không đăng lại ảnh)',
    editorsNotes: 'Ghi chú của biên tập viên',
    noteRef: 'Ghi chú {{number}} của biên tập viên',
    backToText: 'Trở lại bài viết',
    aboutSentence: 'Về câu',
    units_one: '{{count}} câu song ngữ',
    units_other: '{{count}} câu song ngữ',
    vietnamese: 'Tiếng Việt',
    english: 'Tiếng Anh',
  },
  layout: {
    label: 'Bố cục',
    sideBySide: 'Song song',
    interlinear: 'Xen kẽ',
    vietnameseOnly: 'Chỉ tiếng Việt',
    englishOnly: 'Chỉ tiếng Anh',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    body: 'Không có trang nào ở địa chỉ này. Có thể địa chỉ bị gõ sai.',
    back: 'Về thư viện',
  },
};

export const resources = { en: { translation: en }, vi: { translation: vi } } as const;
export type TranslationResources = typeof en;
