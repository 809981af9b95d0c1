import { join, resolve } from 'node:path';

/** Where build artefacts are kept between builds: `.cache/`, or SONG_NGU_CACHE_DIR (CI caches, deploy hosts). */
export const cacheDirectory = (): string => resolve(process.env.SONG_NGU_CACHE_DIR ?? '.cache');

/** One namespace of the cache (`cards`, `compressed`, `analysis`, `bodies`, `build`). */
export const cachePath = (namespace: string): string => join(cacheDirectory(), namespace);

/** The analysed articles (lib/article/analysis-cache.ts). */
export const analysisCacheDirectory = (): string => cachePath('analysis');

/** The articles' read bodies (lib/content/body-cache.ts). */
export const bodyCacheDirectory = (): string => cachePath('bodies');
