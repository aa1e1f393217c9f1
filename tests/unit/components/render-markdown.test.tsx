import { describe, expect, it } from 'vitest';
import { renderMarkdown, renderInlineMarkdown } from '@/components/markdown/render-markdown';

function dom(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: emphasis, code, lists, fenced JSON', () => {
    const el = dom(renderMarkdown('**bold** and `code`\n\n- one\n- two\n\n```json\n{"Effect":"Allow"}\n```'));
    expect(el.querySelector('strong')?.textContent).toBe('bold');
    expect(el.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('pre code')?.textContent).toContain('"Effect":"Allow"');
  });

  it('links open in a new tab without opener or referrer', () => {
    const a = dom(renderMarkdown('[docs](https://docs.aws.amazon.com/kms/)')).querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops javascript:, data: and vbscript: link targets', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:msgbox']) {
      const a = dom(renderMarkdown(`<a href="${href}">x</a>`)).querySelector('a');
      expect(a?.getAttribute('href') ?? null, href).toBeNull();
    }
  });

  it('removes scripts, styles, iframes, forms, event handlers and style attributes', () => {
    const el = dom(
      renderMarkdown(
        '<script>1</script><style>body{display:none}</style><iframe src="https://e.com"></iframe>' +
          '<form action="https://e.com"><input name=a><button>go</button></form>' +
          '<div onclick="1" onmouseover="1" style="position:fixed">text</div><svg onload="1"></svg>',
      ),
    );
    for (const tag of ['script', 'style', 'iframe', 'form', 'input', 'button', 'svg']) expect(el.querySelector(tag), tag).toBeNull();
    const attrs = Array.from(el.querySelectorAll('*')).flatMap((n) => Array.from(n.attributes).map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on') || a === 'style')).toEqual([]);
    expect(el.textContent).toContain('text');
  });

  it('turns remote images into links and relative images into a note, so nothing is fetched', () => {
    const el = dom(renderMarkdown('![diagram](https://example.com/a.png) and ![local](images/001.png)'));
    expect(el.querySelector('img')).toBeNull();
    const link = el.querySelector('a[data-remote-image]')!;
    expect(link.getAttribute('href')).toBe('https://example.com/a.png');
    expect(link.textContent).toBe('Image: diagram (opens online)');
    expect(el.querySelector('[data-missing-image]')?.textContent).toContain('local');
  });

  it('keeps inline base64 images, which need no request', () => {
    const src = 'data:image/png;base64,iVBORw0KGgo=';
    const img = dom(renderMarkdown(`![dot](${src})`)).querySelector('img');
    expect(img?.getAttribute('src')).toBe(src);
  });

  it('inline rendering drops the wrapping paragraph', () => {
    expect(renderInlineMarkdown('Use `Encrypt`')).toBe('Use <code>Encrypt</code>');
  });
});

describe('raw HTML in banks', () => {
  it('keeps bare formatting tags and shows anything with attributes as text', () => {
    const el = dom(renderMarkdown('Line one<br/>line two, H<sub>2</sub>O\n\n<img src=x onerror="alert(1)"> and <b onclick="x()">bold</b>'));
    expect(el.querySelector('br')).not.toBeNull();
    expect(el.querySelector('sub')?.textContent).toBe('2');
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(el.textContent).toContain('<b onclick="x()">');
  });

  it('drops HTML comments (metadata comments are not for learners)', () => {
    expect(dom(renderMarkdown('Before <!-- id: x --> after')).textContent?.trim()).toBe('Before  after');
  });

  it('keeps a bare <details> block that banks use for answers', () => {
    const el = dom(renderMarkdown('<details>\n<summary>Answer</summary>\n\nB\n\n</details>'));
    expect(el.querySelector('details summary')?.textContent).toBe('Answer');
  });
});
