import { useCallback, useEffect, useState } from 'react';
import type { SearchDocument, SearchKind } from '@/lib/search/documents';
import { findMatches, loadDocuments, loadFirstPage, MORE_PAGE, type SearchMatches, type SearchSource } from '@/lib/search/engine';
import { openSearchIndex } from './index-client';

export interface SearchResults {
  query: string;
  matches: SearchMatches;
  shown: Record<SearchKind, SearchDocument[]>;
}

/**
 * The results for `query` (already trimmed and settled), once the index and the query's files are
 * here; `onOpen` runs when the manifest has arrived (pass a stable function).
 */
export function useSearch(query: string, onOpen: () => void) {
  const [source, setSource] = useState<SearchSource | null>(null);
  const [failed, setFailed] = useState(false);
  const [results, setResults] = useState<SearchResults | null>(null);

  useEffect(() => {
    openSearchIndex().then(
      (opened) => {
        setSource(opened);
        onOpen();
      },
      () => setFailed(true),
    );
  }, [onOpen]);

  useEffect(() => {
    if (!source || !query) return;
    let current = true;
    findMatches(source, query)
      .then(async (matches) => ({ query, matches, shown: await loadFirstPage(source, matches) }))
      .then(
        (found) => {
          if (current) setResults(found);
        },
        () => {
          if (current) setFailed(true);
        },
      );
    // A slower answer to an older query never replaces a newer one.
    return () => {
      current = false;
    };
  }, [source, query]);

  const showMore = useCallback(
    (kind: SearchKind) => {
      if (!source || !results) return;
      const start = results.shown[kind].length;
      loadDocuments(source, results.matches.groups[kind].slice(start, start + MORE_PAGE)).then(
        (documents) => setResults((latest) => (latest?.query === results.query ? { ...latest, shown: { ...latest.shown, [kind]: [...latest.shown[kind], ...documents] } } : latest)),
        () => setFailed(true),
      );
    },
    [source, results],
  );

  return { failed, results: results?.query === query ? results : null, showMore };
}
