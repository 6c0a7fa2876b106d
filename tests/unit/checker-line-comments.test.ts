import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { CommentEliminator } from 'inkjs/compiler/Parser/CommentEliminator';
import { describe, expect, it } from 'vitest';
import { withoutLineComments } from '../../src/core/checker/line-comments';
import { listStories } from '../../tools/story-files';

/** What ink's own comment pass leaves of a source. */
function inkCommentPass(source: string): string {
  return new CommentEliminator(source).Process();
}

/** Sources made of the pieces that matter to comments: slashes, stars, newlines and text. */
const sourceArb = fc
  .array(fc.constantFrom('/', '//', '*', '*/', '\n', '\n\n', 'a', ' ', 'http://x.y', '# tag', '"', ':', '\t'), { maxLength: 30 })
  .map((pieces) => pieces.join(''));

describe('the quick comment pass', () => {
  it('leaves exactly what ink’s comment pass leaves, on random sources without block comments', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const quick = withoutLineComments(source);
        if (quick !== null) expect(quick).toBe(inkCommentPass(source));
      }),
      { numRuns: 3000 },
    );
  });

  it('cuts a line comment but keeps its newline, and cuts after // inside text too, as ink does', () => {
    const source = 'One. // a note\nTwo at http://example.com today.\n// whole line\nThree.';
    expect(withoutLineComments(source)).toBe('One. \nTwo at http:\n\nThree.');
    expect(withoutLineComments(source)).toBe(inkCommentPass(source));
  });

  it('leaves block comments and carriage returns to ink’s own pass', () => {
    expect(withoutLineComments('A /* note */ B')).toBeNull();
    expect(withoutLineComments('A\r\nB')).toBeNull();
  });

  it('takes every shipped story, with the same result as ink’s pass', () => {
    for (const file of listStories()) {
      const source = fs.readFileSync(file, 'utf8');
      expect(withoutLineComments(source), path.basename(file)).toBe(inkCommentPass(source));
    }
  });
});
