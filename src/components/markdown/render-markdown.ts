import { Marked } from 'marked';
import { escapeHtml, sanitiseToElement } from './sanitise';

/**
 * Markdown to safe HTML for question stems, options and explanations.
 *
 * Learners import banks from the internet, so every string is treated as hostile: marked renders it,
 * DOMPurify removes anything executable or stylable, and a hook rewrites what remains so that the
 * page makes no network request (the app must work offline and send nothing anywhere).
 */

// Bare formatting tags that banks legitimately use (`<br/>` in stems, `<details>` answers, `<sub>`).
// Raw HTML is only passed on as one of these, without any attribute; every other tag is shown as
// text. Attributes never reach the HTML parser, so even the browser's CSP reports (which fire when
// an inert document parses an `onerror=`) do not happen; DOMPurify below is the second line.
const BARE_TAG =
  /^<\/?(b|i|u|s|em|strong|code|kbd|samp|var|sub|sup|small|mark|del|ins|br|hr|p|div|span|ul|ol|li|dl|dt|dd|pre|blockquote|details|summary|table|thead|tbody|tfoot|tr|th|td|caption|h[1-6])\s*\/?>$/i;

/** Keeps bare whitelisted tags, drops comments, and turns any other tag into visible text. */
export function neutraliseRawHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?(-->|$)|<[^>]*>?/g, (tag) => {
    if (tag.startsWith('<!--')) return '';
    if (BARE_TAG.test(tag)) return tag;
    return tag.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  });
}

// A private instance: other code that uses marked with other options is not affected.
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return neutraliseRawHtml(text);
    },
  },
});

/**
 * Renders Markdown to sanitised HTML: no scripts, event handlers, `javascript:` URLs, styles,
 * frames or form controls; links open in a new tab with `rel="noopener noreferrer"`; remote
 * images become links so nothing is fetched. Never throws: on any failure the text is escaped.
 */
export function renderMarkdown(md: string): string {
  let html: string;
  try {
    html = marked.parse(md ?? '', { async: false });
  } catch {
    return escapeHtml(md ?? '');
  }
  return sanitiseToElement(html).innerHTML;
}

/** Renders a short Markdown string without the wrapping paragraph (for option labels). */
export function renderInlineMarkdown(md: string): string {
  const html = renderMarkdown(md).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}
