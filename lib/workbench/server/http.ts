// The workbench's HTTP server: node:http, loopback only, every request through the gate
// (./guard.ts), every write's body size-limited, parsed, checked field by field (no raw HTML, no
// control characters) and validated before the store (./store.ts) touches a file.
import 'server-only';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { z } from 'zod';
import { UNIT_STATUSES } from '../../article/structure';
import { defaultLocale, isLocale, type Locale } from '../../i18n/config';
import { QA_RULES } from '../../qa/types';
import { stringsOf, textProblem } from '../input-policy';
import { cookieToken, refusal, sameToken, TOKEN_COOKIE, TOKEN_HEADER } from './guard';
import { editorPage, listPage, messagePage, PAGE_CSP } from './html';
import { PathError } from './paths';
import { isEditableField, WorkbenchError, type WorkbenchStore } from './store';

/** Far above any write (an entity record with its explanation is a few kB). */
export const BODY_LIMIT = 64 * 1024;
const LANGUAGE_COOKIE = 'song_ngu_workbench_lang';

export interface WorkbenchServerOptions {
  store: WorkbenchStore;
  token: string;
  assets: { js: string; css: string };
}

const hash = z.string().regex(/^[0-9a-f]{64}$/);
const bodies = {
  unit: z.strictObject({ hash, en: z.string(), status: z.enum(UNIT_STATUSES) }),
  field: z.strictObject({ hash, value: z.string() }),
  note: z.strictObject({ hash, vi: z.string(), en: z.string() }),
  waivers: z.strictObject({ hash, waivers: z.array(z.strictObject({ unit: z.string(), rule: z.enum(QA_RULES), reason: z.string() })).max(500) }),
  hashOnly: z.strictObject({ hash }),
};

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

function send(response: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > BODY_LIMIT) throw new BodyError(413, `a body is at most ${BODY_LIMIT} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > BODY_LIMIT) throw new BodyError(413, `a body is at most ${BODY_LIMIT} bytes`);
    chunks.push(buffer);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400, 'the body is not JSON');
  }
  // Every string anywhere in the body, keys included, before any is read as a value.
  const issues = stringsOf(value).flatMap(({ path, value: text }) => {
    const problem = textProblem(text);
    return problem ? [{ path, message: problem.message }] : [];
  });
  if (issues.length) throw new BodyError(400, `refused: ${issues[0]?.message ?? ''}`, issues);
  return value;
}

function parse<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new BodyError(400, 'the body does not have the expected shape', parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  return parsed.data;
}

function languageOf(request: IncomingMessage, url: URL): Locale {
  const asked = url.searchParams.get('lang');
  if (asked && isLocale(asked)) return asked;
  for (const part of request.headers.cookie?.split(';') ?? []) {
    const [name, value] = part.trim().split('=');
    if (name === LANGUAGE_COOKIE && value && isLocale(value)) return value;
  }
  return defaultLocale;
}

export function createWorkbenchServer(options: WorkbenchServerOptions): Server {
  const { store, token } = options;
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return response.destroy();
      if (error instanceof WorkbenchError) return sendJson(response, error.status, error.body);
      if (error instanceof BodyError) return sendJson(response, error.status, { error: 'bad-request', message: error.message, issues: error.issues });
      if (error instanceof PathError) return sendJson(response, 400, { error: 'bad-path', message: error.message });
      console.error(error);
      sendJson(response, 500, { error: 'internal', message: 'the workbench failed: see its terminal' });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const method = request.method ?? 'GET';
    const refused = refusal(
      {
        method,
        host: request.headers.host,
        origin: request.headers.origin,
        secFetchSite: typeof request.headers['sec-fetch-site'] === 'string' ? request.headers['sec-fetch-site'] : undefined,
        tokenHeader: typeof request.headers[TOKEN_HEADER] === 'string' ? request.headers[TOKEN_HEADER] : undefined,
        tokenCookie: cookieToken(request.headers.cookie),
        contentType: request.headers['content-type'],
      },
      port,
      token,
    );
    if (refused) return send(response, refused.status, 'text/plain; charset=utf-8', `${refused.reason}\n`);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;
    const locale = languageOf(request, url);

    if (method === 'GET' && path === '/assets/workbench.js') return send(response, 200, 'text/javascript; charset=utf-8', options.assets.js);
    if (method === 'GET' && path === '/assets/workbench.css') return send(response, 200, 'text/css; charset=utf-8', options.assets.css);

    // The address printed at start-up carries the token once; the browser keeps it in a cookie
    // only this origin sends (SameSite=Strict, HttpOnly), and the editor page hands it to the script.
    const offered = url.searchParams.get('token');
    if (method === 'GET' && (offered !== null || url.searchParams.has('lang'))) {
      if (offered !== null && !sameToken(offered, token)) return send(response, 403, 'text/html; charset=utf-8', messagePage(locale, 'token', path), { 'content-security-policy': PAGE_CSP });
      const cookies = [`${LANGUAGE_COOKIE}=${locale}; Path=/; SameSite=Strict`];
      if (offered !== null) cookies.push(`${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`);
      response.writeHead(303, { ...SECURITY_HEADERS, location: path, 'set-cookie': cookies });
      return void response.end();
    }
    const authorised = sameToken(cookieToken(request.headers.cookie), token) || sameToken(typeof request.headers[TOKEN_HEADER] === 'string' ? request.headers[TOKEN_HEADER] : undefined, token);
    if (!authorised) {
      if (path.startsWith('/api/')) return sendJson(response, 403, { error: 'token', message: 'open the address npm run edit printed' });
      return send(response, 403, 'text/html; charset=utf-8', messagePage(locale, 'token', path), { 'content-security-policy': PAGE_CSP });
    }

    const html = (status: number, body: string) => send(response, status, 'text/html; charset=utf-8', body, { 'content-security-policy': PAGE_CSP });
    if (method === 'GET' && path === '/') return html(200, listPage(locale, store.list()));
    const edit = /^\/edit\/([^/]+)$/.exec(path);
    if (method === 'GET' && edit) {
      try {
        return html(200, editorPage(locale, store.view(decodeURIComponent(edit[1] ?? '')), token));
      } catch (error) {
        if (error instanceof WorkbenchError && error.status === 404) return html(404, messagePage(locale, 'missing', path));
        throw error;
      }
    }

    const article = /^\/api\/articles\/([^/]+)(\/.*)?$/.exec(path);
    if (article) {
      const slug = decodeURIComponent(article[1] ?? '');
      const rest = article[2] ?? '';
      if (method === 'GET' && rest === '') return sendJson(response, 200, store.view(slug));
      const unit = /^\/units\/([^/]+)(\/machine)?$/.exec(rest);
      if (method === 'PUT' && unit && !unit[2]) {
        const body = parse(bodies.unit, await readBody(request));
        return sendJson(response, 200, store.saveUnit(slug, decodeURIComponent(unit[1] ?? ''), body));
      }
      if (method === 'POST' && unit?.[2]) {
        const body = parse(bodies.hashOnly, await readBody(request));
        return sendJson(response, 200, await store.machineDraft(slug, decodeURIComponent(unit[1] ?? ''), body.hash));
      }
      const note = /^\/notes\/([^/]+)$/.exec(rest);
      if (method === 'PUT' && note) return sendJson(response, 200, store.saveNote(slug, decodeURIComponent(note[1] ?? ''), parse(bodies.note, await readBody(request))));
      const field = /^\/fields\/([\w.]+)$/.exec(rest);
      if (method === 'PUT' && field) {
        const name = field[1] ?? '';
        if (!isEditableField(name)) return sendJson(response, 404, { error: 'no-field', message: `${name} cannot be edited here` });
        return sendJson(response, 200, store.saveField(slug, name, parse(bodies.field, await readBody(request))));
      }
      if (method === 'PUT' && rest === '/waivers') return sendJson(response, 200, store.saveWaivers(slug, parse(bodies.waivers, await readBody(request))));
      if (method === 'POST' && rest === '/publish') {
        const body = parse(bodies.hashOnly, await readBody(request));
        return sendJson(response, 200, await store.publish(slug, body.hash));
      }
    }
    if (method === 'POST' && path === '/api/entities') return sendJson(response, 201, store.createEntity(await readBody(request)));
    if (method === 'POST' && path === '/api/lexicon') return sendJson(response, 201, store.createLexiconEntry(await readBody(request)));
    if (method === 'GET' && path.startsWith('/api/')) return sendJson(response, 404, { error: 'not-found', message: 'no such resource' });
    if (method !== 'GET' && method !== 'HEAD') return sendJson(response, 404, { error: 'not-found', message: 'no such resource' });
    return html(404, messagePage(locale, 'missing', path));
  }

  return server;
}
