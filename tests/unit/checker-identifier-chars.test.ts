import { CharacterSet } from 'inkjs/compiler/Parser/CharacterSet';
import { InkParser } from 'inkjs/compiler/Parser/InkParser';
import { describe, expect, it } from 'vitest';
import { isIdentifierCharacter } from '../../src/core/checker/identifier-chars';

/** The set the inkjs parser builds of the characters it allows in names, built as it builds it. */
function inkIdentifierSet(): Set<string> {
  const set = new CharacterSet().AddRange('A', 'Z').AddRange('a', 'z').AddRange('0', '9');
  set.Add('_');
  for (const range of InkParser.ListAllCharacterRanges()) set.AddCharacters(range.ToCharacterSet());
  return set.set;
}

describe('the test of name characters', () => {
  it('answers as ink’s set does for every UTF-16 character', () => {
    const ink = inkIdentifierSet();
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (isIdentifierCharacter(c) !== ink.has(c)) differing.push(code);
    }
    expect(differing).toEqual([]);
    expect(ink.size).toBeGreaterThan(30_000);
  });

  it('says no to what is not one character', () => {
    expect(isIdentifierCharacter('ab')).toBe(false);
    expect(isIdentifierCharacter('')).toBe(false);
  });
});
