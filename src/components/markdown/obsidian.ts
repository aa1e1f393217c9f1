import type { TokenizerAndRendererExtension, Tokens } from 'marked';
import { escapeHtml } from './sanitise';

/**
 * marked extensions for Obsidian-flavoured Markdown, as learners' notes use it:
 *
 * - callouts `> [!tip] Title` (and foldable `> [!note]-` / `> [!note]+`), rendered as a box with a
 *   visible type label, or as <details> when foldable;
 * - wiki links `[[Page]]`, `[[Page#Heading|shown text]]`, rendered as a span with `data-wikilink`
 *   (the page that shows the note turns it into a link when it knows the target);
 * - embeds `![[image.png]]`, `![[Other note]]`, rendered as a labelled placeholder: the note's
 *   attachments are not here, and nothing may be fetched;
 * - highlights `==text==` (<mark>) and comments `%% ... %%` (dropped, as Obsidian hides them).
 *
 * Everything emitted is escaped text inside fixed markup, then sanitised like any other Markdown.
 */

const ALIAS_LABELS: Record<string, string> = { faq: 'FAQ', tldr: 'TL;DR' };

/** Callout families: Obsidian's types and aliases, each with the label shown. `changed` is KMS Lab's own. */
const CALLOUT_FAMILIES: Record<string, { family: string; label: string }> = {};
for (const [family, label, ...aliases] of [
  ['note', 'Note'],
  ['abstract', 'Summary', 'summary', 'tldr'],
  ['info', 'Info'],
  ['todo', 'To do'],
  ['tip', 'Tip', 'hint', 'important'],
  ['success', 'Success', 'check', 'done'],
  ['question', 'Question', 'help', 'faq'],
  ['warning', 'Warning', 'caution', 'attention'],
  ['failure', 'Failure', 'fail', 'missing'],
  ['danger', 'Danger', 'error'],
  ['bug', 'Bug'],
  ['example', 'Example'],
  ['quote', 'Quote', 'cite'],
  ['changed', 'Changed'],
  ['exam', 'Exam tip'],
  ['trap', 'Trap'],
] as const) {
  CALLOUT_FAMILIES[family] = { family, label };
  for (const alias of aliases) CALLOUT_FAMILIES[alias] = { family, label: ALIAS_LABELS[alias] ?? cap(alias) };
}

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).replace(/[-_]/g, ' ');
}

/** The attributes the extensions emit; the sanitiser must let these through. */
export const OBSIDIAN_ATTRIBUTES = [
  'data-callout',
  'data-callout-title',
  'data-callout-label',
  'data-wikilink',
  'data-wikilink-heading',
  'data-embed',
  'data-missing-image',
  'data-missing-file',
] as const;

const IMAGE_EXT = /\.(png|jpe?g|gif|webp|svg|bmp|avif|tiff?)$/i;
const FILE_EXT = /\.(pdf|mp3|wav|m4a|ogg|flac|webm|mp4|mov|mkv|ogv|3gp|canvas|excalidraw)$/i;

interface CalloutToken extends Tokens.Generic {
  type: 'callout';
  family: string;
  label: string;
  fold: '' | '+' | '-';
  titleTokens: Tokens.Generic[];
  hasTitle: boolean;
  tokens: Tokens.Generic[];
}

const CALLOUT_HEAD = /^ {0,3}>[ \t]?\[!([A-Za-z][\w-]*)\]([+-]?)[ \t]*([^\n]*)(?:\n|$)/;
const QUOTE_LINE = /^ {0,3}>[ \t]?([^\n]*)(?:\n|$)/;

const callout: TokenizerAndRendererExtension = {
  name: 'callout',
  level: 'block',
  start(src) {
    return src.match(/(?:^|\n) {0,3}>[ \t]?\[!/)?.index;
  },
  tokenizer(src) {
    const head = CALLOUT_HEAD.exec(src);
    if (!head) return undefined;
    let raw = head[0];
    let rest = src.slice(raw.length);
    const body: string[] = [];
    for (let m = QUOTE_LINE.exec(rest); m && m[0]; m = QUOTE_LINE.exec(rest)) {
      body.push(m[1]!);
      raw += m[0];
      rest = rest.slice(m[0].length);
    }
    const type = head[1]!.toLowerCase();
    const known = CALLOUT_FAMILIES[type] ?? { family: 'note', label: cap(type) };
    const title = head[3]!.trim();
    const token: CalloutToken = {
      type: 'callout',
      raw,
      family: known.family,
      label: known.label,
      fold: head[2] as CalloutToken['fold'],
      hasTitle: title.length > 0 && title.toLowerCase() !== known.label.toLowerCase(),
      titleTokens: this.lexer.inlineTokens(title),
      tokens: this.lexer.blockTokens(body.join('\n')),
    };
    return token;
  },
  renderer(token) {
    const t = token as CalloutToken;
    const label = `<span data-callout-label="">${escapeHtml(t.label)}</span>`;
    const heading = t.hasTitle ? `${label} ${this.parser.parseInline(t.titleTokens)}` : label;
    const body = this.parser.parse(t.tokens);
    if (t.fold) {
      return `<details data-callout="${t.family}"${t.fold === '+' ? ' open=""' : ''}><summary data-callout-title="">${heading}</summary>${body}</details>\n`;
    }
    return `<div data-callout="${t.family}"><p data-callout-title="">${heading}</p>${body}</div>\n`;
  },
};

/** A wiki link target: `Page`, `Page#Heading`, `#Heading`, `Page^block`. */
function splitTarget(target: string): { page: string; heading: string } {
  const [pagePart, ...rest] = target.split('#');
  const page = pagePart!.replace(/\^[\w-]+$/, '').trim();
  const heading = rest
    .join(' › ')
    .replace(/\^[\w-]+$/, '')
    .trim();
  return { page, heading };
}

function linkText(page: string, heading: string, alias: string | undefined): string {
  if (alias?.trim()) return alias.trim();
  if (page && heading) return `${page} › ${heading}`;
  return page || heading;
}

/** marked's `start` for an inline marker: where it first occurs, or undefined. */
function startOf(marker: string) {
  return (src: string) => {
    const i = src.indexOf(marker);
    return i >= 0 ? i : undefined;
  };
}

const WIKI = /^\[\[([^[\]\n|]+?)(?:\|([^[\]\n]*))?\]\]/;
const EMBED = /^!\[\[([^[\]\n|]+?)(?:\|([^[\]\n]*))?\]\]/;

const embed: TokenizerAndRendererExtension = {
  name: 'wikiEmbed',
  level: 'inline',
  start: startOf('![['),
  tokenizer(src) {
    const m = EMBED.exec(src);
    if (!m) return undefined;
    return { type: 'wikiEmbed', raw: m[0], target: m[1]!.trim() };
  },
  renderer(token) {
    const { page, heading } = splitTarget(String(token.target));
    const name = escapeHtml(page || heading);
    if (IMAGE_EXT.test(page)) return `<span data-missing-image="">[Image: ${name} — not included in this note]</span>`;
    if (FILE_EXT.test(page)) return `<span data-missing-file="">[File: ${name} — not included in this note]</span>`;
    const shown = escapeHtml(linkText(page, heading, undefined));
    return `<span data-embed="${escapeHtml(page)}" data-wikilink-heading="${escapeHtml(heading)}">[Embedded note: ${shown} — not included in this note]</span>`;
  },
};

const wikiLink: TokenizerAndRendererExtension = {
  name: 'wikiLink',
  level: 'inline',
  start: startOf('[['),
  tokenizer(src) {
    const m = WIKI.exec(src);
    if (!m) return undefined;
    return { type: 'wikiLink', raw: m[0], target: m[1]!.trim(), alias: m[2] };
  },
  renderer(token) {
    const { page, heading } = splitTarget(String(token.target));
    const text = escapeHtml(linkText(page, heading, token.alias as string | undefined));
    return `<span data-wikilink="${escapeHtml(page)}" data-wikilink-heading="${escapeHtml(heading)}">${text}</span>`;
  },
};

const highlight: TokenizerAndRendererExtension = {
  name: 'highlight',
  level: 'inline',
  start: startOf('=='),
  tokenizer(src) {
    const m = /^==(?=\S)([^\n]*?\S)==(?!=)/.exec(src);
    if (!m) return undefined;
    return { type: 'highlight', raw: m[0], tokens: this.lexer.inlineTokens(m[1]!) };
  },
  renderer(token) {
    return `<mark>${this.parser.parseInline(token.tokens ?? [])}</mark>`;
  },
};

const commentInline: TokenizerAndRendererExtension = {
  name: 'obsidianComment',
  level: 'inline',
  start: startOf('%%'),
  tokenizer(src) {
    const m = /^%%[\s\S]*?(?:%%|$)/.exec(src);
    return m ? { type: 'obsidianComment', raw: m[0] } : undefined;
  },
  renderer() {
    return '';
  },
};

const commentBlock: TokenizerAndRendererExtension = {
  name: 'obsidianCommentBlock',
  level: 'block',
  start(src) {
    return src.match(/(?:^|\n)%%/)?.index;
  },
  tokenizer(src) {
    const m = /^%%[\s\S]*?(?:%%[ \t]*(?:\n|$)|$)/.exec(src);
    return m ? { type: 'obsidianCommentBlock', raw: m[0] } : undefined;
  },
  renderer() {
    return '';
  },
};

/** The extensions, in the order marked must try them (embeds before links: `![[` starts with `!`). */
export const OBSIDIAN_EXTENSIONS: TokenizerAndRendererExtension[] = [commentBlock, callout, commentInline, embed, wikiLink, highlight];
