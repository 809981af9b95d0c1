// An article file's text for tests: valid frontmatter (with optional extra lines) and body helpers.
export function frontmatter(overrides = ''): string {
  return [
    '---',
    'slug: sample',
    'status: published',
    'source:',
    '  seed: 000_sample',
    'headline:',
    '  vi: Tiêu đề',
    '  en: Headline',
    '  editorial: false',
    'published:',
    "  date: '2024-06-19'",
    '  inferred: false',
    'summary:',
    '  en: A summary.',
    '  vi: Tóm tắt.',
    overrides,
    '---',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

export const UNIT = (id: string, vi: string, en?: string) => [`:::unit{#${id}}`, vi, ...(en ? ['', en] : []), ':::', ''].join('\n');
export const BLOCK = (id: string, ...units: string[]) => [`::::paragraph{#${id}}`, ...units, '::::', ''].join('\n');
