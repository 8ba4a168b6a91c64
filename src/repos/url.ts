/**
 * URL inputs (`base-url`, GITHUB_SERVER_URL, GITHUB_API_URL): each is written into files users
 * install (`.sources`, `.repo`), into the shell lines we print for them to paste, and into requests.
 * So a URL is checked as written, not as `new URL` repairs it (which drops newlines and tabs and
 * encodes spaces): only the characters RFC 3986 allows, no user or password (they would be
 * published), no query or fragment (paths are appended to it).
 */
import { showValue } from '../config/version.js'; // not config/index.js: that loads the config loader
import { DistroError } from '../errors.js';

/** RFC 3986: unreserved, reserved and `%`-escapes; nothing else appears in a URL as written. */
const URL_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

function urlProblem(value: string, protocols: readonly string[]): string | undefined {
  if (!URL_CHARS.test(value))
    return 'it holds a character a URL cannot (a space, a newline, a quote, a backtick, < > { } | \\ ^ or a non-ASCII letter; percent-encode it)';
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) return "a '%' is not followed by two hex digits";
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return 'it does not parse as an absolute URL';
  }
  if (!protocols.includes(u.protocol))
    return `its scheme is ${u.protocol.replace(/:$/, '')}, not ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`;
  if (u.protocol !== 'file:' && !u.hostname) return 'it has no host';
  if (u.username || u.password) return 'it holds a user name or password, which would be published';
  if (value.includes('?') || value.includes('#'))
    return "it has a query or fragment ('?' or '#'); give the address of the directory";
  return undefined;
}

/** Throws one DistroError naming `key` unless `value` is a URL with one of `protocols` (`https:`). */
export function checkUrl(value: string, key: string, protocols: readonly string[]): string {
  const why = urlProblem(value, protocols);
  if (why) {
    const name = key.replace(/^input: /, '');
    throw new DistroError(
      `${key.startsWith('input: ') ? `input '${name}'` : name}: ${showValue(value)} is not a usable URL: ${why}; give it like https://owner.github.io/repo.`,
      { key },
    );
  }
  return value;
}
