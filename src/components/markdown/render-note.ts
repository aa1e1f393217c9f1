import { Marked } from 'marked';
import { OBSIDIAN_ATTRIBUTES, OBSIDIAN_EXTENSIONS } from './obsidian';
import { neutraliseRawHtml } from './render-markdown';
import { escapeHtml, sanitiseToElement } from './sanitise';

/**
 * Markdown with Obsidian's callouts, wiki links, embeds, highlights and comments (obsidian.ts), for
 * learners' notes and the study guides. The same hostile-input rules as question banks: raw HTML
 * only as bare formatting tags, then the shared sanitiser; nothing is fetched.
 */

// A private instance, like the banks' one. Obsidian shows a single line break as a break (its
// default, "strict line breaks" off), so this one does too.
const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html({ text }) {
      return neutraliseRawHtml(text);
    },
  },
});
marked.use({ extensions: OBSIDIAN_EXTENSIONS });

/** Options for {@link renderNoteElement}. */
export interface RenderNoteOptions {
  /** Placeholder wording for an image that is not here: "this note" (default), "this guide". */
  imageSource?: string;
}

/**
 * Renders a note to a sanitised element of an inert document, so the caller can annotate it
 * (stale claims, wiki link targets) before showing its `innerHTML`. Never throws: on a parser
 * failure the text is shown escaped.
 */
export function renderNoteElement(md: string, options: RenderNoteOptions = {}): HTMLElement {
  let html: string;
  try {
    html = marked.parse(md ?? '', { async: false });
  } catch {
    html = `<pre>${escapeHtml(md ?? '')}</pre>`;
  }
  return sanitiseToElement(html, { dataAttributes: OBSIDIAN_ATTRIBUTES, imageSource: options.imageSource ?? 'this note' });
}

/** {@link renderNoteElement} as an HTML string. */
export function renderNoteMarkdown(md: string, options: RenderNoteOptions = {}): string {
  return renderNoteElement(md, options).innerHTML;
}
