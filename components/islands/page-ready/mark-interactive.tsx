'use client';

import { useEffect } from 'react';
import { DATA } from '@/lib/render/contract';

/**
 * Marks <html> with DATA.interactive once the page is hydrated. Rendered last in every root layout
 * and in the global not-found page: the page's islands hydrate in the same commit (no Suspense
 * boundary holds any of them back), and a commit's effects run in tree order, so when this one runs
 * every island's listeners are attached.
 */
export function MarkInteractive() {
  useEffect(() => {
    document.documentElement.setAttribute(DATA.interactive.name, '');
  }, []);
  return null;
}
