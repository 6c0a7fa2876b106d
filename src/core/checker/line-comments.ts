/**
 * The inkjs compiler starts by removing comments, with the same parser machinery it parses ink with:
 * a tenth of compiling a shipped story. For a source without block comments (`/*`) or carriage
 * returns, what that pass leaves is simply the source with every `//` to the end of its line cut out
 * (ink cuts it inside text and URLs too, so does this); any other source keeps ink's own pass.
 * checker-line-comments.test.ts holds the two to the same output.
 */
import { InkParser } from 'inkjs/compiler/Parser/InkParser';

/** What ink's comment pass leaves of `source`, or null when only that pass can say. */
export function withoutLineComments(source: string): string | null {
  if (source.includes('/*') || source.includes('\r')) return null;
  return source.replace(/\/\/[^\n]*/g, '');
}

interface PatchableParser {
  PreProcessInputString(source: string): string;
}

const parserProto = InkParser.prototype as unknown as PatchableParser;
const inkCommentPass = parserProto.PreProcessInputString;

parserProto.PreProcessInputString = function (this: PatchableParser, source) {
  return withoutLineComments(source) ?? inkCommentPass.call(this, source);
};
