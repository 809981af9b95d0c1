// The search index over the network: the manifest once per page, then each shard or document file
// once, whatever the number of queries that need it. Same-origin fetches only (connect-src 'self').
import { SEARCH_MANIFEST_PATH, searchIndexFilePath } from '@/lib/paths';
import type { SearchSource } from '@/lib/search/engine';
import { isSearchManifest } from '@/lib/search/format';

async function fetchJson(path: string, cache: RequestCache): Promise<unknown> {
  const response = await fetch(path, { cache });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

export async function openSearchIndex(): Promise<SearchSource> {
  // The manifest is revalidated (a new build names new files); the files it names never change.
  const manifest = await fetchJson(SEARCH_MANIFEST_PATH, 'no-cache');
  if (!isSearchManifest(manifest)) throw new Error('search index: the manifest is not in the expected shape');
  const files = new Map<string, Promise<unknown>>();
  return {
    manifest,
    load(file) {
      let pending = files.get(file);
      if (!pending) {
        pending = fetchJson(searchIndexFilePath(file), 'default');
        // A failed fetch is tried again by the next query rather than remembered.
        pending.catch(() => files.delete(file));
        files.set(file, pending);
      }
      return pending;
    },
  };
}
