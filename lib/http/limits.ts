/**
 * Limits on what a request may make the server do before any code of the app looks at it. A
 * request body is read whole and parsed on the main thread (by Next for a server action, by the
 * route for JSON), so its size and its nesting are checked first: JSON nested 600,000 deep takes
 * seconds to parse, while the app's own requests nest a dozen levels.
 */

/** The largest request body: an import file of 1.4 MB sent as base64, with room to spare. Also Next's own limit for server actions (next.config.ts). */
export const MAX_REQUEST_BODY_BYTES = 2 * 1024 * 1024;
/**
 * How much of a body Next buffers for the proxy (next.config.ts). Next drops the piece of a body
 * that crosses this mark and ends the copy there, for the proxy and the app alike, so a chunked
 * body (no declared length) one limit long would reach the proxy cut to under the limit and the
 * app cut short (a server action then fails with a 500). With a whole limit's room beyond it
 * (a socket read is at most 64 kB), an oversized body always shows as oversized.
 */
export const PROXY_BODY_BUFFER_BYTES = 2 * MAX_REQUEST_BODY_BYTES;
/** The deepest nesting of `[` and `{` a request body or import file may have. */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether JSON text nests deeper than `max`, found in one pass without parsing it. Brackets inside strings do not count. */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index++;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if (code === CLOSE_BRACKET || code === CLOSE_BRACE) depth--;
  }
  return false;
}

/**
 * The same for a body that carries JSON among other things (the parts of a multipart server
 * action): every bracket counts, quoted or not, so it errs towards refusing; a closing bracket
 * never takes the count below zero, so closing brackets first cannot hide deep nesting after them.
 */
export function bracketsNestDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      if (++depth > max) return true;
    } else if ((code === CLOSE_BRACKET || code === CLOSE_BRACE) && depth > 0) depth--;
  }
  return false;
}
