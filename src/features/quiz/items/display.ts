/** Small helpers the item views share: display positions, letters and plain text for menus. */

/** Display position of a written-order index in a display order (`order[position] = written`). */
export function positionOf(order: readonly number[], written: number): number {
  return order.indexOf(written);
}

/** "A", "B", ... for display positions, as exams print them. */
export function letterAt(position: number): string {
  return String.fromCharCode(65 + position);
}

/** Display letters of written-order indexes, in display order: [2, 0] with order [2, 1, 0] gives "A, C". */
export function displayLetters(order: readonly number[], written: readonly number[]): string {
  return written
    .map((w) => positionOf(order, w))
    .filter((p) => p >= 0)
    .sort((a, b) => a - b)
    .map(letterAt)
    .join(', ');
}

/**
 * Markdown as plain text, for places that cannot render it (the options of a native `<select>`,
 * accessible names, announcements): code ticks, emphasis and link targets removed.
 */
export function plainText(markdown: string): string {
  return (
    markdown
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/`/g, '')
      .replace(/\*\*|__/g, '')
      // Single * or _ emphasis only around words, so snake_case names such as RSAES_OAEP_SHA_256 stay whole.
      .replace(/(^|\s)[*_]([^\s*_](?:[^*_]*[^\s*_])?)[*_](?=\s|$|[.,;:!?)])/g, '$1$2')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
