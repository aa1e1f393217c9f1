import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** Plain words for jsonc-parser's error codes, so a learner knows what to change. */
const WORDS: Record<string, string> = {
  InvalidSymbol: 'this character cannot appear here',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'a "quoted" property name is expected here (is there a comma before a closing brace?)',
  ValueExpected: 'a value is expected here (is there a comma before a closing bracket, or a missing value?)',
  ColonExpected: 'a “:” is expected after the property name',
  CommaExpected: 'a “,” is expected between items',
  CloseBraceExpected: 'a closing “}” is missing',
  CloseBracketExpected: 'a closing “]” is missing',
  EndOfFileExpected: 'there is extra text after the end of the document',
  InvalidCommentToken: 'JSON does not allow comments',
  UnexpectedEndOfComment: 'JSON does not allow comments',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfNumber: 'a number is cut short',
  InvalidUnicode: 'a \\u escape needs four hex digits',
  InvalidEscapeCharacter: 'unknown escape in a string',
  InvalidCharacter: 'a string cannot contain a line break or control character',
};

/**
 * Where the first JSON syntax error is, as 1-based line and column, with a plain-words reason.
 * Engines word JSON.parse errors differently and some give no position, so this uses jsonc-parser
 * in strict mode (no comments, no trailing commas), which reports the offset of every error.
 */
export function jsonSyntaxProblem(text: string): { line: number; column: number; message: string } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return undefined;
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  const code = printParseErrorCode(first.error);
  return { line, column, message: WORDS[code] ?? code };
}
