import { useCallback, useEffect, useState } from 'react';
import type { SearchDocument, SearchKind } from '@/lib/search/documents';
import { findMatches, loadDocuments, loadFirstPage, MORE_PAGE, type SearchMatches, type SearchSource } from '@/lib/search/engine';
import { openSearchIndex } from './index-client';

export interface SearchResults {
  query: string;
  matches: SearchMatches;
  /** Per group, the documents shown; null while the group's first page is on its way. */
  shown: Record<SearchKind, SearchDocument[] | null>;
}

/**
 * The results for `query` (already trimmed and settled): the counts once its shards are here, then
 * each group's first page as soon as its files are (names first, without waiting for the sentences');
 * `onOpen` runs when the manifest has arrived (pass a stable function).
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
      .then((matches) => {
        if (!current) return;
        setResults({ query, matches, shown: { entity: null, article: null, sentence: null } });
        return loadFirstPage(source, matches, (kind, documents) => {
          if (current) setResults((latest) => (latest?.query === query ? { ...latest, shown: { ...latest.shown, [kind]: documents } } : latest));
        });
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    // A slower answer to an older query never replaces a newer one.
    return () => {
      current = false;
    };
  }, [source, query]);

  const showMore = useCallback(
    (kind: SearchKind) => {
      const shown = results?.shown[kind];
      if (!source || !results || !shown) return;
      const start = shown.length;
      loadDocuments(source, results.matches.groups[kind].slice(start, start + MORE_PAGE)).then(
        (documents) => setResults((latest) => (latest?.query === results.query ? { ...latest, shown: { ...latest.shown, [kind]: [...(latest.shown[kind] ?? []), ...documents] } } : latest)),
        () => setFailed(true),
      );
    },
    [source, results],
  );

  return { failed, results: results?.query === query ? results : null, showMore };
}
