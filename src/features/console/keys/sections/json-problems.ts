/** Where a JSON syntax error is, as 1-based line and column, from the parser's message and the text. */
export function jsonSyntaxProblem(text: string): { line: number; column: number; message: string } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8: "... in JSON at position 42" (older) or "(line 3 column 5)" (newer).
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc) return { line: Number(lc[1]), column: Number(lc[2]), message };
    const pos = /position (\d+)/.exec(message);
    const offset = pos ? Number(pos[1]) : text.length;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { line, column, message };
  }
}
