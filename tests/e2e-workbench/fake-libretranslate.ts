// A small stand-in for a LibreTranslate server (POST /translate {q, source, target, format} →
// {translatedText}), for the workbench's tests: known sentences get a fixed draft, anything else an
// error, the way a real server answers a language pair it lacks.
import { createServer, type Server } from 'node:http';

export const FAKE_TRANSLATIONS: Record<string, string> = {
  'Hai bên nhất trí mở rộng trao đổi dữ liệu về ngư trường và vùng nuôi ngao.': 'The two sides agreed to expand the exchange of data on fishing grounds and clam farming areas.',
  'Mỗi tuần có ba chuyến bay theo mỗi chiều.': 'There are three flights a week in each direction.',
};

/** Requests seen, newest last: tests check what the workbench sent. */
export const requests: unknown[] = [];

export function createFakeLibreTranslate(options: { key?: string } = {}): Server {
  return createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.method !== 'POST' || request.url !== '/translate') return answer(404, { error: 'Not Found' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { error: 'Invalid request: not JSON' });
      }
      requests.push(body);
      if (typeof body !== 'object' || body === null || !('q' in body) || typeof body.q !== 'string') return answer(400, { error: 'Invalid request: missing q parameter' });
      if (!('source' in body) || body.source !== 'vi' || !('target' in body) || body.target !== 'en') return answer(400, { error: 'only vi → en here' });
      if (options.key && (!('api_key' in body) || body.api_key !== options.key)) return answer(403, { error: 'Invalid API key' });
      const translated = FAKE_TRANSLATIONS[body.q];
      if (!translated) return answer(500, { error: 'the fake knows no translation for this sentence' });
      answer(200, { translatedText: translated });
    });
  });
}
