'use client';

import { Fragment, useEffect, useMemo, useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import { SEARCH_INDEX_PATH } from '@/lib/paths';
import type { SearchDocument } from '@/lib/search/documents';
import { matchRanges, prepare, search, type PreparedDocument } from '@/lib/search/query';
import { useTranslator } from './islands/use-translator';

function isSearchDocument(value: unknown): value is SearchDocument {
  return typeof value === 'object' && value !== null && 'kind' in value && 'path' in value && 'vi' in value && 'en' in value;
}

function Highlighted({ text, query }: { text: string; query: string }) {
  const ranges = matchRanges(text, query);
  const parts: React.ReactNode[] = [];
  let position = 0;
  for (const [start, end] of ranges) {
    parts.push(<Fragment key={`t${start}`}>{text.slice(position, start)}</Fragment>, <mark key={`m${start}`}>{text.slice(start, end)}</mark>);
    position = end;
  }
  parts.push(<Fragment key="rest">{text.slice(position)}</Fragment>);
  return <>{parts}</>;
}

/**
 * Queries are capped and searched once typing pauses: a 10,000-character query (typed or linked as
 * ?q=) froze the page for seconds, and every keystroke ran a search over the whole index.
 */
const MAX_QUERY = 200;
const DEBOUNCE_MS = 150;

/** One box over both languages; the query lives in the URL (?q=) so that results can be linked to. */
export function SearchBox({ locale, messages }: { locale: string; messages: Pick<Messages, 'search'> }) {
  const t = useTranslator(locale, messages);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState<PreparedDocument[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    fetch(SEARCH_INDEX_PATH)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((data: unknown) => {
        setIndex(prepare(Array.isArray(data) ? data.filter(isSearchDocument) : []));
        // A linked search (?q=…) runs once the index is here; a query typed meanwhile wins.
        setQuery((typed) => typed || (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY));
      })
      .catch(() => setFailed(true));
  }, []);

  const results = useMemo(() => (index && settled.trim() ? search(index, settled) : []), [index, settled]);

  function update(typed: string) {
    const next = typed.slice(0, MAX_QUERY);
    setQuery(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  const trimmed = settled.trim();
  const summary = !trimmed || !index ? '' : results.length ? t('search.results', { count: results.length, query: trimmed }) : t('search.noResults', { query: trimmed });

  return (
    <div className="search">
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-query">{t('search.label')}</label>
        <input id="search-query" name="q" type="search" value={query} onChange={(event) => update(event.target.value)} maxLength={MAX_QUERY} autoComplete="off" spellCheck={false} />
        <button type="submit">{t('search.submit')}</button>
      </form>
      <p className="search-summary" role="status">
        {failed ? t('search.loadFailed') : summary}
      </p>
      <ol className="search-results">
        {results.map((document) => (
          <li key={document.path}>
            <span className="search-kind">{t(`search.kinds.${document.kind}`)}</span>
            <a href={`/${locale}${document.path}`}>
              <span lang="vi">
                <Highlighted text={document.vi} query={settled} />
              </span>
            </a>
            <span lang="en" className="search-en">
              <Highlighted text={document.en} query={settled} />
            </span>
            {document.context ? (
              <span className="search-context" lang={locale}>
                {document.context[locale === 'vi' ? 'vi' : 'en']}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
