/** The id a URL fragment names; a malformed one (…#%E0%A4) is no target rather than an error. */
export function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}
