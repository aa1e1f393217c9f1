/**
 * Reading a learner's note before it is rendered: size and type checks with errors that say what
 * to do, the title, and Obsidian's front matter (properties), which is not part of the text.
 */

/** The largest note accepted, in characters (a long course's notes are a few hundred kB). */
export const MAX_NOTE_CHARS = 1_000_000;

/** File name endings the picker and the drop zone accept. */
export const NOTE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** A note that cannot be read, with a message for the learner. */
export class NoteInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoteInputError';
  }
}

/** Checks a note's text; throws {@link NoteInputError} with what happened and what to do. */
export function checkNoteText(text: string, fileName?: string): void {
  const what = fileName ? `"${fileName}"` : 'The pasted text';
  if (!text.trim()) throw new NoteInputError(`${what} is empty. Paste or open a Markdown note with some text in it.`);
  if (text.length > MAX_NOTE_CHARS) {
    throw new NoteInputError(
      `${what} has ${text.length.toLocaleString('en-US')} characters, more than the ${MAX_NOTE_CHARS.toLocaleString('en-US')} a note may have. Split it into smaller notes.`,
    );
  }
  // NUL bytes do not occur in text files: this is an image, a PDF or an archive renamed to .md.
  if (text.includes('\u0000')) throw new NoteInputError(`${what} is not a text file. Open a Markdown (.md) or text (.txt) note.`);
}

/** Checks a file's name before reading it. */
export function checkNoteFileName(fileName: string): void {
  const lower = fileName.toLowerCase();
  if (!NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    throw new NoteInputError(`"${fileName}" is not a Markdown note. Open a .md, .markdown or .txt file.`);
  }
}

/** The note's text without its YAML front matter, and the front matter's `title` if any. */
export function splitNoteFrontMatter(text: string): { body: string; title?: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(normalised);
  if (!m) return { body: normalised };
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(m[1]!)?.[1];
  return { body: normalised.slice(m[0].length), title };
}

/** A title for a note: its front matter title, its first heading, its file name, or its first words. */
export function noteTitle(text: string, fileName?: string): string {
  const { body, title } = splitNoteFrontMatter(text);
  if (title) return title.slice(0, 120);
  const heading = /^#{1,6}\s+(.+?)\s*#*\s*$/m.exec(body)?.[1];
  if (heading) return heading.replace(/[*_`[\]]/g, '').slice(0, 120);
  if (fileName) return fileName.replace(/\.(md|markdown|txt)$/i, '');
  const words = body
    .replace(/\[![\w-]+\][+-]?/g, ' ')
    .replace(/[#>*_`[\]=%-]/g, ' ')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');
  return words.length > 60 ? `${words.slice(0, 60)}…` : words || 'Untitled note';
}
