import { Marked } from 'marked';
import DOMPurify from 'dompurify';

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

// Tags that can run code, load remote content, submit data or restyle the page.
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'template',
  'noscript',
  'dialog',
];
const FORBID_ATTR = ['style', 'class', 'id', 'srcset', 'formaction', 'action', 'background', 'ping', 'poster'];

const SAFE_LINK = /^(https?:|mailto:|#)/i;
// Images are kept only when they carry their own bytes; anything else would be fetched.
const INLINE_IMAGE = /^data:image\/(png|jpe?g|gif|webp);base64,/i;
const REMOTE = /^https?:\/\//i;

let hooksInstalled = false;

function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook('uponSanitizeAttribute', (_node, data) => {
    // Belt and braces: DOMPurify already drops on* attributes, this also covers odd casings.
    if (/^on/i.test(data.attrName)) data.keepAttr = false;
  });
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href.trim())) {
        node.removeAttribute('href');
      } else if (!href.startsWith('#')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    }
  });
}

/** Replaces an <img> that would load something from elsewhere by a link or a text note. */
function neutraliseImages(root: HTMLElement) {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = (img.getAttribute('src') ?? '').trim();
    if (INLINE_IMAGE.test(src)) {
      img.setAttribute('loading', 'lazy');
      img.setAttribute('referrerpolicy', 'no-referrer');
      continue;
    }
    const alt = img.getAttribute('alt')?.trim() || 'image';
    const doc = root.ownerDocument;
    if (REMOTE.test(src)) {
      const a = doc.createElement('a');
      a.setAttribute('href', src);
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
      a.setAttribute('data-remote-image', '');
      a.textContent = `Image: ${alt} (opens online)`;
      img.replaceWith(a);
    } else {
      const span = doc.createElement('span');
      span.setAttribute('data-missing-image', '');
      span.textContent = `[Image: ${alt} — not included in this bank]`;
      img.replaceWith(span);
    }
  }
}

/**
 * Renders Markdown to sanitised HTML: no scripts, event handlers, `javascript:` URLs, styles,
 * frames or form controls; links open in a new tab with `rel="noopener noreferrer"`; remote
 * images become links so nothing is fetched. Never throws: on any failure the text is escaped.
 */
export function renderMarkdown(md: string): string {
  installHooks();
  let html: string;
  try {
    html = marked.parse(md ?? '', { async: false });
  } catch {
    return escapeHtml(md ?? '');
  }
  const fragment = DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM: true,
  }) as HTMLElement;
  neutraliseImages(fragment);
  return fragment.innerHTML;
}

/** Renders a short Markdown string without the wrapping paragraph (for option labels). */
export function renderInlineMarkdown(md: string): string {
  const html = renderMarkdown(md).trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return single && !single[1]!.includes('<p>') ? single[1]! : html;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
