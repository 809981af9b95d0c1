import type { TFunction } from 'i18next';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleEnd as End } from '@/lib/article/related';
import type { Locale } from '@/lib/i18n/config';
import { articleEndTree, type Headlined } from '@/lib/render/article-end';
import { DATA } from '@/lib/render/contract';

/**
 * Where the article ends: the next article in the library and those sharing the most names with it
 * (lib/render/article-end.ts). In the production export this is an empty slot that the build fills
 * after `next build` (lib/render/page-fill.ts), so that a headline edited elsewhere rewrites the slot
 * instead of rendering the page again; `end` is then not called. `next dev` renders the tree here.
 */
export function ArticleEnd({ end, t, locale }: { end: () => End<Headlined>; t: TFunction; locale: Locale }) {
  if (process.env.NODE_ENV === 'production') {
    return <div {...{ [DATA.endSlot.name]: '' }} dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  return <div>{toJsxRuntime(articleEndTree(end(), t, locale), { Fragment, jsx, jsxs })}</div>;
}
