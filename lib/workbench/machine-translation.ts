// Machine drafts: a provider interface and one implementation for a LibreTranslate-compatible HTTP
// API (https://github.com/LibreTranslate/LibreTranslate, self-hostable). Off unless SONG_NGU_MT_URL
// is set; what it returns is stored as a machine draft, which the site never shows.

export interface MachineTranslator {
  /** Shown in the interface and stored nowhere: "LibreTranslate at http://…". */
  readonly name: string;
  translate(vietnamese: string): Promise<string>;
}

export class MachineTranslationError extends Error {
  override name = 'MachineTranslationError';
}

/** The answer /translate gives: `{ translatedText }`, or `{ error }`. */
function translatedText(body: unknown): string {
  if (typeof body === 'object' && body !== null) {
    if ('translatedText' in body && typeof body.translatedText === 'string') return body.translatedText;
    if ('error' in body && typeof body.error === 'string') throw new MachineTranslationError(body.error);
  }
  throw new MachineTranslationError('the server answered without translatedText');
}

export function libreTranslate(options: { url: string; key?: string; timeoutMs?: number; fetch?: typeof fetch }): MachineTranslator {
  const endpoint = new URL('translate', options.url.endsWith('/') ? options.url : `${options.url}/`);
  if (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:') throw new MachineTranslationError(`SONG_NGU_MT_URL must be http(s): ${options.url}`);
  const send = options.fetch ?? fetch;
  return {
    name: `LibreTranslate at ${endpoint.origin}`,
    async translate(vietnamese) {
      const response = await send(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ q: vietnamese, source: 'vi', target: 'en', format: 'text', ...(options.key ? { api_key: options.key } : {}) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
      });
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new MachineTranslationError(`the server answered ${response.status} without JSON`);
      }
      if (!response.ok) {
        const reason = typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string' ? body.error : `status ${response.status}`;
        throw new MachineTranslationError(reason);
      }
      // One paragraph, NFC, no surrounding space: what a unit's English is.
      return translatedText(body).replace(/\s+/g, ' ').trim().normalize('NFC');
    },
  };
}

/** The configured translator, or null when machine drafts are off. */
export function translatorFromEnvironment(environment: Record<string, string | undefined>): MachineTranslator | null {
  const url = environment.SONG_NGU_MT_URL?.trim();
  if (!url) return null;
  const key = environment.SONG_NGU_MT_KEY?.trim();
  return libreTranslate({ url, ...(key ? { key } : {}) });
}
