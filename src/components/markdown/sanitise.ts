import DOMPurify from 'dompurify';

/**
 * The sanitiser behind every rendered Markdown string (question banks, study guides, learners'
 * notes): DOMPurify with a fixed deny list, link and image rewriting so that the page makes no
 * network request. Shared by render-markdown.ts and render-note.ts.
 */

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
function neutraliseImages(root: HTMLElement, source: string) {
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
      span.textContent = `[Image: ${alt} — not included in ${source}]`;
      img.replaceWith(span);
    }
  }
}

/** Options for {@link sanitiseToElement}. */
export interface SanitiseOptions {
  /**
   * `data-*` attributes the caller's own Markdown extensions emit (callouts, wiki links). Raw HTML in
   * the source never carries attributes to this point (neutraliseRawHtml turns it into text), so these
   * can only come from the renderer itself.
   */
  dataAttributes?: readonly string[];
  /** Where a missing image was supposed to come from, for its placeholder: "this bank", "this note". */
  imageSource?: string;
}

/**
 * Sanitises rendered HTML and returns it as an element of an inert document: no scripts, event
 * handlers, `javascript:` URLs, styles, frames or form controls; links open in a new tab with
 * `rel="noopener noreferrer"`; remote images become links so nothing is fetched.
 */
export function sanitiseToElement(html: string, options: SanitiseOptions = {}): HTMLElement {
  installHooks();
  const root = DOMPurify.sanitize(html, {
    FORBID_TAGS,
    FORBID_ATTR,
    ADD_ATTR: [...(options.dataAttributes ?? [])],
    ALLOW_DATA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    RETURN_DOM: true,
  }) as HTMLElement;
  neutraliseImages(root, options.imageSource ?? 'this bank');
  return root;
}

/** Escapes text for HTML (element content and quoted attribute values). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
