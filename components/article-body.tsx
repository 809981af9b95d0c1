import type { Root } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { CLASS } from '@/lib/render/contract';

// Links in content: fragments stay in the page; anything else leaves the site, so it says so.
function ContentLink(props: React.ComponentProps<'a'>) {
  const external = props.href !== undefined && /^https?:/.test(props.href);
  return <a {...props} {...(external ? { rel: 'noopener noreferrer external' } : {})} />;
}

const components: Partial<Components> = { a: ContentLink };

/** Renders the article's hast (from lib/pipeline) as React elements: no HTML strings. */
export function ArticleBody({ tree }: { tree: Root }) {
  return <div className={CLASS.articleBody}>{toJsxRuntime(tree, { Fragment, jsx, jsxs, components })}</div>;
}
