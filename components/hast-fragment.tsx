import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** A piece of pipeline output (a quoted cell) as React elements. */
export function HastFragment({ node }: { node: Element }) {
  const root: Root = { type: 'root', children: [node] };
  return toJsxRuntime(root, { Fragment, jsx, jsxs });
}
