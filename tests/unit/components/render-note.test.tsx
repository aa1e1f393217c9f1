import { describe, expect, it } from 'vitest';
import { renderNoteMarkdown } from '@/components/markdown/render-note';
import { renderMarkdown } from '@/components/markdown/render-markdown';
import { HOSTILE_PAYLOADS } from '../../fixtures/hostile-markdown';

function dom(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderNoteMarkdown: Obsidian callouts', () => {
  it('renders a callout as a labelled box with its body as Markdown', () => {
    const el = dom(renderNoteMarkdown('> [!tip] Remember this\n> Rotation keeps the **key ID**.\n> - one\n> - two'));
    const box = el.querySelector('[data-callout]')!;
    expect(box.getAttribute('data-callout')).toBe('tip');
    expect(box.querySelector('[data-callout-title]')?.textContent).toBe('Tip Remember this');
    expect(box.querySelector('strong')?.textContent).toBe('key ID');
    expect(box.querySelectorAll('li')).toHaveLength(2);
    expect(el.querySelector('blockquote')).toBeNull();
  });

  it('maps aliases to their family and shows the written type, and keeps unknown types readable', () => {
    const el = dom(renderNoteMarkdown('> [!error]\n> Broken.\n\n> [!mnemonic] KMS\n> Keys stay in.'));
    const [error, unknown] = Array.from(el.querySelectorAll('[data-callout]'));
    expect(error!.getAttribute('data-callout')).toBe('danger');
    expect(error!.querySelector('[data-callout-title]')?.textContent).toBe('Error');
    expect(unknown!.getAttribute('data-callout')).toBe('note');
    expect(unknown!.querySelector('[data-callout-title]')?.textContent).toBe('Mnemonic KMS');
  });

  it('renders foldable callouts as details, open with + and closed with -', () => {
    const el = dom(renderNoteMarkdown('> [!faq]- Why?\n> Because.\n\n> [!example]+ Shown\n> Text.'));
    const [closed, open] = Array.from(el.querySelectorAll<HTMLDetailsElement>('details[data-callout]'));
    expect(closed!.open).toBe(false);
    expect(closed!.querySelector('summary')?.textContent).toBe('FAQ Why?');
    expect(open!.open).toBe(true);
  });

  it('nests callouts and leaves ordinary quotes alone', () => {
    const el = dom(renderNoteMarkdown('> [!note] Outer\n> > [!warning] Inner\n> > careful\n\n> just a quote'));
    expect(el.querySelector('[data-callout="note"] [data-callout="warning"]')?.textContent).toContain('careful');
    expect(el.querySelector('blockquote')?.textContent?.trim()).toBe('just a quote');
  });
});

describe('renderNoteMarkdown: wiki links and embeds', () => {
  it('renders wiki links as targets for the page to resolve, with alias and heading', () => {
    const el = dom(renderNoteMarkdown('See [[Envelope encryption]], [[Key rotation#Periods|periods]] and [[#Top]].'));
    const links = Array.from(el.querySelectorAll('[data-wikilink]'));
    expect(links.map((l) => [l.getAttribute('data-wikilink'), l.getAttribute('data-wikilink-heading'), l.textContent])).toEqual([
      ['Envelope encryption', '', 'Envelope encryption'],
      ['Key rotation', 'Periods', 'periods'],
      ['', 'Top', 'Top'],
    ]);
    expect(el.querySelector('a')).toBeNull();
  });

  it('shows embedded images and files as labelled placeholders, and fetches nothing', () => {
    const el = dom(renderNoteMarkdown('![[kms diagram.png]] ![[lecture.pdf]] ![[Pasted image 2021.jpg|300]] ![](attachments/hsm.png)'));
    expect(el.querySelector('img')).toBeNull();
    const missing = Array.from(el.querySelectorAll('[data-missing-image]')).map((e) => e.textContent);
    expect(missing).toEqual([
      '[Image: kms diagram.png — not included in this note]',
      '[Image: Pasted image 2021.jpg — not included in this note]',
      '[Image: image — not included in this note]',
    ]);
    expect(el.querySelector('[data-missing-file]')?.textContent).toBe('[File: lecture.pdf — not included in this note]');
  });

  it('shows an embedded note as a placeholder naming it', () => {
    const el = dom(renderNoteMarkdown('![[KMS basics#Limits]]'));
    const embed = el.querySelector('[data-embed]')!;
    expect(embed.getAttribute('data-embed')).toBe('KMS basics');
    expect(embed.textContent).toBe('[Embedded note: KMS basics › Limits — not included in this note]');
  });

  it('escapes what a wiki link or embed carries', () => {
    const el = dom(renderNoteMarkdown('[[<img src=x onerror=alert(1)>|<b>x</b>]] ![[" onmouseover="alert(1).png]]'));
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.querySelector('[data-wikilink]')?.textContent).toBe('<b>x</b>');
    const attrs = Array.from(el.querySelectorAll('*')).flatMap((n) => Array.from(n.attributes).map((a) => a.name));
    expect(attrs.filter((a) => a.startsWith('on'))).toEqual([]);
  });
});

describe('renderNoteMarkdown: other Obsidian syntax', () => {
  it('renders ==highlights==, hides %% comments %% and keeps single line breaks', () => {
    const el = dom(renderNoteMarkdown('Key ==4 KB== limit %%private%% here\nnext line\n\n%%\nblock comment\n%%\nafter'));
    expect(el.querySelector('mark')?.textContent).toBe('4 KB');
    expect(el.textContent).not.toContain('private');
    expect(el.textContent).not.toContain('block comment');
    expect(el.querySelector('br')).not.toBeNull();
    expect(el.textContent).toContain('after');
  });

  it('does not touch code', () => {
    const el = dom(renderNoteMarkdown('```\n> [!tip] not a callout\n[[not a link]]\n```'));
    expect(el.querySelector('[data-callout], [data-wikilink]')).toBeNull();
    expect(el.querySelector('pre code')?.textContent).toContain('[[not a link]]');
  });
});

describe('renderNoteMarkdown: hostile HTML', () => {
  const note = `> [!tip] ${HOSTILE_PAYLOADS[1]}\n> ${HOSTILE_PAYLOADS.join('\n> ')}\n\n${HOSTILE_PAYLOADS.join('\n\n')}\n\n[[${HOSTILE_PAYLOADS[0]}]]`;

  it('runs nothing, loads nothing and links nowhere unsafe', () => {
    const el = dom(renderNoteMarkdown(note));
    for (const tag of [
      'script',
      'style',
      'iframe',
      'object',
      'embed',
      'form',
      'input',
      'svg',
      'math',
      'base',
      'meta',
      'link',
      'img',
      'video',
    ]) {
      expect(el.querySelector(tag), tag).toBeNull();
    }
    const attrs = Array.from(el.querySelectorAll('*')).flatMap((n) => Array.from(n.attributes).map((a) => `${a.name}=${a.value}`));
    expect(attrs.filter((a) => /^on|^style=|^class=|^id=/i.test(a))).toEqual([]);
    const hrefs = Array.from(el.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')!);
    expect(hrefs.filter((h) => !/^(https?:|mailto:|#)/i.test(h))).toEqual([]);
  });

  it('allows only its own data attributes', () => {
    const el = dom(renderNoteMarkdown('<span data-callout="x" data-wikilink="y">raw</span> text'));
    expect(el.querySelector('[data-callout], [data-wikilink]')).toBeNull();
    expect(el.textContent).toContain('<span data-callout="x" data-wikilink="y">');
  });

  it('leaves the question-bank renderer unchanged: no callouts or wiki links there', () => {
    const el = dom(renderMarkdown('> [!tip] Title\n> body\n\n[[link]]'));
    expect(el.querySelector('[data-callout], [data-wikilink]')).toBeNull();
    expect(el.querySelector('blockquote')?.textContent).toContain('[!tip] Title');
  });
});
