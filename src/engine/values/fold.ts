/**
 * Folding what accountants type into one canonical form before it is read: full-width
 * characters (１２３，．％＞＝) to half-width, the many dashes and minus signs to "-",
 * ≧ ≦ to ≥ ≤, the box-drawing and small equals signs ═ ﹦ that some forms print to =, and every
 * kind of space (ideographic, no-break, thin) removed.
 */

/** Characters that need folding; tested first so that plain ASCII text costs one scan. */
const NEEDS_FOLD =
  /[\uFF01-\uFF5E\u3000\u00A0\u2000-\u200B\u202F\u205F\u2212\u2010-\u2015\uFE63\uFE66\u2550\u2266\u2267\s]/;

const FOLD_CHAR = /[\uFF01-\uFF5E\u2212\u2010-\u2015\uFE63\uFE66\u2550\u2266\u2267]/g;
const SPACES = /[\s\u3000\u00A0\u2000-\u200B\u202F\u205F]+/g;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x2267) return '≥';
  if (code === 0x2266) return '≤';
  if (code === 0x2550 || code === 0xfe66) return '=';
  // U+2212 minus, U+2010–U+2015 hyphens and dashes, U+FE63 small hyphen-minus.
  return '-';
}

/**
 * The text folded to half-width with all spaces removed ("９５ ％" → "95%", "－５" → "-5",
 * "——" → "--"). Spaces are removed because they never change what a value means here.
 */
export function fold(text: string): string {
  if (!NEEDS_FOLD.test(text)) return text;
  return text.replace(SPACES, '').replace(FOLD_CHAR, foldChar);
}
