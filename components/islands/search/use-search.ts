import { useCallback, useEffect, useState } from 'react';
import type { SearchDocument, SearchKind } from '@/lib/search/documents';
import { findMatches, loadDocuments, SEARCH_KINDS, type SearchMatches, type SearchSource } from '@/lib/search/engine';
import { openSearchIndex } from './index-client';

/** How many results of each group a query shows at first: what its first answer has to download. */
export const FIRST_PAGE: Readonly<Record<SearchKind, number>> = { entity: 5, article: 5, sentence: 10 };
/** How many more “Show more” adds. */
export const MORE_PAGE = 20;

export interface SearchResults {
  query: string;
  matches: SearchMatches;
  shown: Record<SearchKind, SearchDocument[]>;
}

async function firstPage(source: SearchSource, matches: SearchMatches): Promise<Record<SearchKind, SearchDocument[]>> {
  const [entity = [], article = [], sentence = []] = await Promise.all(SEARCH_KINDS.map((kind) => loadDocuments(source, matches.groups[kind].slice(0, FIRST_PAGE[kind]))));
  return { entity, article, sentence };
}

/** The results for `query` (already trimmed and settled), once the index and the query's files are here. */
export function useSearch(query: string) {
  const [source, setSource] = useState<SearchSource | null>(null);
  const [failed, setFailed] = useState(false);
  const [results, setResults] = useState<SearchResults | null>(null);

  useEffect(() => {
    openSearchIndex().then(setSource, () => setFailed(true));
  }, []);

  useEffect(() => {
    if (!source || !query) return;
    let current = true;
    findMatches(source, query)
      .then(async (matches) => ({ query, matches, shown: await firstPage(source, matches) }))
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

  return { ready: source !== null, failed, results: results?.query === query ? results : null, showMore };
}
