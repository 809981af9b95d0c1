// The local server's gate (issue 15 part 8). A page on another site can make the browser send
// requests to 127.0.0.1, and DNS rebinding can make it send them with another host name: so every
// request must name this server in Host, a browser's Origin (when sent) must be this server, and
// every write carries the start-up token in a header no other origin can set without CORS, which
// this server never grants. Pure: request facts in, a refusal or null out.

export interface RequestFacts {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
  /** The token header of a write, the cookie of a page or read. */
  tokenHeader: string | undefined;
  tokenCookie: string | undefined;
  contentType: string | undefined;
}

export interface Refusal {
  status: number;
  reason: string;
}

export const TOKEN_HEADER = 'x-workbench-token';
export const TOKEN_COOKIE = 'song_ngu_workbench';
const WRITES = new Set(['POST', 'PUT']);

/** The Host values this server answers to. */
export function localHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Compares in time independent of where the strings differ. */
export function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined || given.length !== token.length) return false;
  let difference = 0;
  for (let index = 0; index < token.length; index++) difference |= given.charCodeAt(index) ^ token.charCodeAt(index);
  return difference === 0;
}

export function refusal(facts: RequestFacts, port: number, token: string): Refusal | null {
  const hosts = localHosts(port);
  if (!facts.host || !hosts.includes(facts.host.toLowerCase())) return { status: 421, reason: `this server answers only to ${hosts.join(' or ')}` };
  if (facts.origin !== undefined && !hosts.some((host) => facts.origin === `http://${host}`)) return { status: 403, reason: 'requests from another origin are refused' };
  if (facts.secFetchSite !== undefined && !['same-origin', 'none'].includes(facts.secFetchSite)) return { status: 403, reason: 'requests from another site are refused' };
  if (!['GET', 'HEAD', 'POST', 'PUT'].includes(facts.method)) return { status: 405, reason: `method ${facts.method} is not allowed` };
  if (WRITES.has(facts.method)) {
    if (!sameToken(facts.tokenHeader, token)) return { status: 403, reason: `a write needs the start-up token in ${TOKEN_HEADER}` };
    if (!facts.contentType?.toLowerCase().startsWith('application/json')) return { status: 415, reason: 'a write sends application/json' };
  }
  return null;
}

/** The token from a Cookie header. */
export function cookieToken(cookie: string | undefined): string | undefined {
  for (const part of cookie?.split(';') ?? []) {
    const [name, ...value] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return value.join('=');
  }
  return undefined;
}
