'use client';

import { Fragment, useCallback, useEffect, useState } from 'react';
import type { Messages } from '@/lib/i18n/types';
import type { SearchDocument } from '@/lib/search/documents';
import { MORE_PAGE, SEARCH_KINDS } from '@/lib/search/engine';
import { matchRanges } from '@/lib/search/terms';
import { useTranslator } from '../use-translator';
import { useSearch } from './use-search';

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

function Result({ document, query, locale }: { document: SearchDocument; query: string; locale: string }) {
  return (
    <li>
      <a href={`/${locale}${document.path}`}>
        <span lang="vi">
          <Highlighted text={document.vi} query={query} />
        </span>
      </a>
      <span lang="en" className="search-en">
        <Highlighted text={document.en} query={query} />
      </span>
      {document.context ? (
        <span className="search-context" lang={locale}>
          {document.context[locale === 'vi' ? 'vi' : 'en']}
        </span>
      ) : null}
    </li>
  );
}

/**
 * Queries are capped and searched once typing pauses: a 10,000-character query (typed or linked as
 * ?q=) froze the page for seconds, and every keystroke would fetch the shards of a half-typed word.
 */
const MAX_QUERY = 200;
const DEBOUNCE_MS = 150;

/** One box over both languages; the query lives in the URL (?q=) so that results can be linked to. */
export function SearchBox({ locale, messages }: { locale: string; messages: Pick<Messages, 'search'> }) {
  const t = useTranslator(locale, messages);
  const [query, setQuery] = useState('');
  const [settled, setSettled] = useState('');
  const trimmed = settled.trim();
  // A linked search (?q=…) runs once the index is here; a query typed meanwhile wins.
  const applyLinkedQuery = useCallback(() => setQuery((typed) => typed || (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, MAX_QUERY)), []);
  const { failed, results, showMore } = useSearch(trimmed, applyLinkedQuery);

  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(query), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [query]);

  function update(typed: string) {
    const next = typed.slice(0, MAX_QUERY);
    setQuery(next);
    const url = new URL(window.location.href);
    if (next) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
  }

  const summary = !trimmed || !results ? '' : results.matches.total ? t('search.results', { count: results.matches.total, query: trimmed }) : t('search.noResults', { query: trimmed });

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
      {results
        ? SEARCH_KINDS.map((kind) => {
            const all = results.matches.groups[kind];
            const shown = results.shown[kind];
            if (!all.length) return null;
            // A group whose first page is on its way shows its heading and count, and is busy.
            const remaining = shown ? all.length - shown.length : 0;
            return (
              <section key={kind} className="search-group" aria-labelledby={`search-group-${kind}`}>
                <h2 id={`search-group-${kind}`}>
                  {t(`search.groups.${kind}`)} <span className="search-count">{t('search.groupCount', { count: all.length })}</span>
                </h2>
                <ol className="search-results" aria-busy={shown ? undefined : true}>
                  {(shown ?? []).map((document) => (
                    <Result key={document.path} document={document} query={trimmed} locale={locale} />
                  ))}
                </ol>
                {remaining > 0 ? (
                  <button type="button" className="search-more" onClick={() => showMore(kind)}>
                    {t('search.more', { count: Math.min(remaining, MORE_PAGE) })}
                  </button>
                ) : null}
              </section>
            );
          })
        : null}
    </div>
  );
}
