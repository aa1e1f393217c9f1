/** "A", "B", ... for option indexes, as exams print them. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** Letters of the given option indexes, e.g. [0, 3] -> "A, D". */
export function lettersOf(indexes: readonly number[]): string {
  return [...indexes]
    .sort((a, b) => a - b)
    .map(optionLetter)
    .join(', ');
}

/** The indexes of a question's correct options. */
export function correctIndexes(options: readonly { correct: boolean }[]): number[] {
  return options.flatMap((o, i) => (o.correct ? [i] : []));
}
