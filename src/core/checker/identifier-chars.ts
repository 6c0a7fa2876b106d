/**
 * The characters ink allows in names, as a test on character codes. The inkjs parser builds a set
 * of every one of them when it parses its first name, some 35,000 entries (the Chinese and Korean
 * ranges alone hold 32,000), for a few hundredths of a second of a compile; this answers its one
 * question of that set (does it hold this character?) from the same ranges without building it.
 * checker-identifier-chars.test.ts holds the two to the same answer for every character.
 */
import { InkParser } from 'inkjs/compiler/Parser/InkParser';
import type { CharacterSet } from 'inkjs/compiler/Parser/CharacterSet';

interface CodeRange {
  lo: number;
  hi: number;
  excludes: ReadonlySet<string>;
}

/** Ink's ranges beyond ASCII, read from the parser's own definitions. */
const ranges: CodeRange[] = InkParser.ListAllCharacterRanges().map((range) => ({
  lo: range.start.charCodeAt(0),
  hi: range.end.charCodeAt(0),
  excludes: (range as unknown as { _excludes: ReadonlySet<string> })._excludes,
}));

/** True when ink's set of name characters holds `c` (one UTF-16 unit, as the parser reads them). */
export function isIdentifierCharacter(c: string): boolean {
  if (c.length !== 1) return false;
  const code = c.charCodeAt(0);
  // A-Z, a-z, 0-9 and the underscore, which the parser adds before the ranges.
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95) return true;
  for (const range of ranges) if (code >= range.lo && code <= range.hi && !range.excludes.has(c)) return true;
  return false;
}

/** The parser reads the set only through `set.has`. */
const identifierCharacters = { set: { has: isIdentifierCharacter } } as unknown as CharacterSet;

Object.defineProperty(InkParser.prototype, 'identifierCharSet', {
  configurable: true,
  get: () => identifierCharacters,
});
