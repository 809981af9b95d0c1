// The browser's calls to the workbench server: JSON in and out, the start-up token (from the page's
// meta tag) in a header on every write. Answers are checked for their shape before use.
import type { UnitStatus } from '../../article/structure';
import type { QaWaiver } from '../../qa/types';
import type { DiffLine } from '../edit-source';
import type { WorkbenchArticle } from '../view';

const TOKEN_HEADER = 'x-workbench-token';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enough of the shape to trust the rest: the server is ours, the check catches a wrong endpoint or a proxy's page. */
export function isWorkbenchArticle(value: unknown): value is WorkbenchArticle {
  return (
    isRecord(value) &&
    typeof value.slug === 'string' &&
    typeof value.hash === 'string' &&
    Array.isArray(value.units) &&
    value.units.every((unit) => isRecord(unit) && typeof unit.id === 'string' && typeof unit.en === 'string' && typeof unit.status === 'string' && isRecord(unit.qa)) &&
    isRecord(value.todo) &&
    Array.isArray(value.waivers)
  );
}

function isDiff(value: unknown): value is DiffLine[] {
  return Array.isArray(value) && value.every((line) => isRecord(line) && typeof line.text === 'string' && typeof line.line === 'number' && (line.kind === ' ' || line.kind === '-' || line.kind === '+'));
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
    /** A 409: what changed on disk (null when the server no longer knows the version opened). */
    readonly diff: DiffLine[] | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function readToken(): string {
  const meta = document.querySelector('meta[name="workbench-token"]');
  return meta?.getAttribute('content') ?? '';
}

async function call(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method,
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json', [TOKEN_HEADER]: readToken() }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    credentials: 'same-origin',
  });
  let value: unknown = null;
  try {
    value = await response.json();
  } catch {
    value = null;
  }
  if (!response.ok) {
    const record = isRecord(value) ? value : {};
    const issues = Array.isArray(record.issues) ? record.issues.filter((issue): issue is { path: string; message: string } => isRecord(issue) && typeof issue.path === 'string' && typeof issue.message === 'string') : [];
    throw new ApiError(response.status, typeof record.message === 'string' ? record.message : `HTTP ${response.status}`, issues, isDiff(record.diff) ? record.diff : null);
  }
  return value;
}

async function article(method: 'GET' | 'PUT' | 'POST', path: string, body?: unknown): Promise<WorkbenchArticle> {
  const value = await call(method, path, body);
  if (!isWorkbenchArticle(value)) throw new ApiError(500, 'the server answered with something else than an article');
  return value;
}

const base = (slug: string) => `/api/articles/${encodeURIComponent(slug)}`;

export const api = {
  load: (slug: string) => article('GET', base(slug)),
  saveUnit: (slug: string, unit: string, body: { hash: string; en: string; status: UnitStatus }) => article('PUT', `${base(slug)}/units/${encodeURIComponent(unit)}`, body),
  saveNote: (slug: string, note: string, body: { hash: string; vi: string; en: string }) => article('PUT', `${base(slug)}/notes/${encodeURIComponent(note)}`, body),
  saveField: (slug: string, field: string, body: { hash: string; value: string }) => article('PUT', `${base(slug)}/fields/${encodeURIComponent(field)}`, body),
  saveWaivers: (slug: string, body: { hash: string; waivers: QaWaiver[] }) => article('PUT', `${base(slug)}/waivers`, body),
  machineDraft: (slug: string, unit: string, hash: string) => article('POST', `${base(slug)}/units/${encodeURIComponent(unit)}/machine`, { hash }),
  async publish(slug: string, hash: string): Promise<WorkbenchArticle> {
    const value = await call('POST', `${base(slug)}/publish`, { hash });
    const view = isRecord(value) ? value.view : undefined;
    if (!isWorkbenchArticle(view)) throw new ApiError(500, 'the server answered with something else than an article');
    return view;
  },
  createEntity: (entity: unknown) => call('POST', '/api/entities', entity),
  createWord: (entry: unknown) => call('POST', '/api/lexicon', entry),
};
