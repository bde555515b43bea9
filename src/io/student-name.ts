// A student's name, typed on the title screen and carried in saves, reports and replays. It is
// untrusted text (from a keyboard, or from a file someone else made): shown only as text,
// trimmed and capped here, and a file whose name is bad still loads with the name cleaned.

/** Long enough for a first name and a surname; short enough for a file name and a heading. */
export const STUDENT_NAME_MAX = 40;

/**
 * The name as the game keeps it: control and invisible formatting characters (bidi overrides,
 * zero-width joiners used to spoof) become spaces, runs of space become one, the ends are
 * trimmed, and it is cut to STUDENT_NAME_MAX characters. Anything not a string is no name ('').
 */
export function cleanStudentName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const plain = raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  return Array.from(plain).slice(0, STUDENT_NAME_MAX).join('').trim();
}

/** The name as part of a file name: letters and digits of any script, runs of others as '-'. */
export function studentFileStem(name: string): string {
  return cleanStudentName(name)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
}
