import type { Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CLASS, DATA } from '@/lib/render/contract';
import { withContentLinks } from '@/lib/render/article-body';

/**
 * The article's hast (from lib/pipeline) as the page's body. In the production export the body is an
 * empty slot that scripts/fill-article-pages.ts fills with the same tree as static HTML after
 * `next build`: the reading text then is neither in the RSC payload nor hydrated (React leaves the
 * children of an element with dangerouslySetInnerHTML alone when hydrating). `next dev` has no such
 * step, so there the body renders through React, as React elements: no HTML strings.
 */
export function ArticleBody({ tree }: { tree: Root }) {
  if (process.env.NODE_ENV === 'production') {
    return <div className={CLASS.articleBody} {...{ [DATA.bodySlot.name]: '' }} dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  return <div className={CLASS.articleBody}>{toJsxRuntime(withContentLinks(tree), { Fragment, jsx, jsxs })}</div>;
}
