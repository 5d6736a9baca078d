/**
 * Text as a message shows it: a character a reader cannot see (a no-break space, a zero-width
 * space, a stray carriage return) is written as its code point and name, so "got "约 6.55万亿""
 * becomes "got "约⟨U+00A0 NO-BREAK SPACE⟩6.55万亿"" and the fault is found in one look.
 */
const NAMES: Record<number, string> = {
  0x09: 'TAB',
  0x0a: 'LINE FEED (LF)',
  0x0d: 'CARRIAGE RETURN (CR)',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
};

/** Characters no content file should hold: controls, format characters, and spaces other than the ordinary and the ideographic. */
export const INVISIBLE = /[\p{Cc}\p{Cf}\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f]/u;

/** "U+200B ZERO WIDTH SPACE" */
export const codePoint = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}${NAMES[cp] ? ` ${NAMES[cp]}` : ''}`;
};

/** `text` with every invisible character written out as ⟨U+…⟩ (line breaks too: a message is one line). */
export const shown = (text: string) => [...text].map((ch) => (INVISIBLE.test(ch) ? `⟨${codePoint(ch)}⟩` : ch)).join('');

/**
 * Invisible characters in a content file, each as file:line:column and what it is. A byte-order
 * mark at the very start and CRLF line endings are how some editors save text, and are allowed.
 */
export function invisibleProblems(text: string, file: string): string[] {
  const out: string[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    const body = line.endsWith('\r') ? line.slice(0, -1) : line;
    [...body].forEach((ch, col) => {
      if (INVISIBLE.test(ch) && ch !== '\t')
        out.push(
          `${file}:${i + 1}:${col + 1}: ${codePoint(ch)}: content files hold no invisible characters (delete it, or type the character it stands for)`,
        );
    });
  });
  return out;
}
