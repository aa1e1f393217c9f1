import { findStaleClaims, formatChangeDate, type StaleClaim } from '@/learn';

/**
 * Annotates a rendered, sanitised note (an element of an inert document, from renderNoteElement):
 * resolves wiki links and embeds to links where the target is known, and marks every sentence that
 * states a known stale claim, with a note after its block that gives the current fact, the date it
 * changed and the AWS source. Everything added here is built with DOM calls from trusted data; the
 * note's own text is never parsed as HTML again.
 */

/** One flagged sentence. */
export interface ClaimFlag {
  /** 1-based, in note order; the mark's id is `claim-<index>`. */
  index: number;
  claims: StaleClaim[];
  sentence: string;
}

/** Where a wiki link or embed points, when the page knows it. */
export interface LinkTarget {
  href: string;
  /** What the link is to, for its accessible description ("Study guide", "Your note"). */
  kind: string;
  /** The target's own name, shown when the link was written without one (`[[quotas]]`). */
  label?: string;
}

/** What {@link annotateNote} needs from the page. */
export interface AnnotateOptions {
  resolveLink: (page: string, heading: string) => LinkTarget | undefined;
  guideTitle: (topic: string) => string;
  /** Check for stale claims (guides do not need it). Default true. */
  checkClaims?: boolean;
}

/** The outcome: flags in note order, and the note's plain text (before annotation) for concept detection. */
export interface Annotation {
  flags: ClaimFlag[];
  text: string;
}

// Elements whose own text is checked sentence by sentence. A nested block (a list inside a list
// item, a paragraph inside a callout) is checked on its own.
const TEXT_BLOCKS = 'p, li, td, th, h1, h2, h3, h4, h5, h6, dt, dd, summary';
const ANY_BLOCK = `${TEXT_BLOCKS}, pre, blockquote, div, details, ul, ol, table, aside`;

interface Piece {
  node: Text | null;
  start: number;
  length: number;
}

/**
 * Moves a note's headings down `by` levels (a note's `# Title` becomes an h3 under the page's h1 and
 * the note's h2), so the page keeps one h1 and a heading order screen readers can follow.
 */
export function demoteHeadings(root: HTMLElement, by: number) {
  for (const h of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const level = Math.min(Number(h.tagName[1]) + by, 6);
    const replacement = root.ownerDocument.createElement(`h${level}`);
    replacement.append(...Array.from(h.childNodes));
    h.replaceWith(replacement);
  }
}

/** Annotates `root` in place. */
export function annotateNote(root: HTMLElement, options: AnnotateOptions): Annotation {
  const text = root.textContent ?? '';
  resolveLinks(root, options.resolveLink);
  const flags: ClaimFlag[] = [];
  if (options.checkClaims !== false) {
    const seen = new Set<string>();
    for (const block of Array.from(root.querySelectorAll<HTMLElement>(TEXT_BLOCKS))) markBlock(block, seen, flags, options);
  }
  return { flags, text };
}

function resolveLinks(root: HTMLElement, resolve: AnnotateOptions['resolveLink']) {
  const doc = root.ownerDocument;
  for (const span of Array.from(root.querySelectorAll<HTMLElement>('[data-wikilink], [data-embed]'))) {
    const embed = span.hasAttribute('data-embed');
    const page = span.getAttribute(embed ? 'data-embed' : 'data-wikilink') ?? '';
    const heading = span.getAttribute('data-wikilink-heading') ?? '';
    const target = resolve(page, heading);
    if (!target) {
      span.setAttribute(
        'title',
        embed ? 'Not included: only the text of this note is here.' : 'Not found among your notes or the study guides.',
      );
      continue;
    }
    const a = doc.createElement('a');
    a.setAttribute('href', target.href);
    a.setAttribute('data-internal', '');
    a.setAttribute('data-link-kind', target.kind);
    const written = span.textContent ?? '';
    const unnamed = written === page || written === `${page} › ${heading}`;
    a.textContent = embed ? `${target.kind}: ${page || heading}` : unnamed && target.label ? target.label : written;
    if (!embed) a.setAttribute('title', target.kind);
    span.replaceWith(a);
  }
}

/** The block's own text: its text nodes that no nested block owns, with line breaks for <br>. */
function ownText(block: HTMLElement): { text: string; pieces: Piece[] } {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  const pieces: Piece[] = [];
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const owner = (n.nodeType === 3 ? n.parentElement : (n as Element))?.closest(ANY_BLOCK);
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR' && owner === block) {
        pieces.push({ node: null, start: text.length, length: 1 });
        text += '\n';
      }
      continue;
    }
    if (owner !== block) continue;
    const value = (n as Text).data;
    pieces.push({ node: n as Text, start: text.length, length: value.length });
    text += value;
  }
  return { text, pieces };
}

function markBlock(block: HTMLElement, seen: Set<string>, flags: ClaimFlag[], options: AnnotateOptions) {
  const { text, pieces } = ownText(block);
  if (!text.trim()) return;
  const matches = findStaleClaims(text, { seen });
  if (matches.length === 0) return;
  // One flag per sentence, with every claim it states.
  const bySentence = new Map<number, { start: number; end: number; sentence: string; claims: StaleClaim[] }>();
  for (const m of matches) {
    const entry = bySentence.get(m.sentence.start) ?? {
      start: m.sentence.start,
      end: m.sentence.end,
      sentence: m.sentence.text,
      claims: [],
    };
    entry.claims.push(m.claim);
    bySentence.set(m.sentence.start, entry);
  }
  const sentences = [...bySentence.values()].map((s, i) => ({ ...s, index: flags.length + i + 1 }));
  // Wrap from the last sentence back, so the offsets of earlier text nodes stay valid.
  for (const s of [...sentences].reverse()) wrapRange(pieces, s.start, s.end, s.index, block.ownerDocument);
  const notes = sentences.map((s) => claimNote(block.ownerDocument, s.index, s.claims, options));
  placeNotes(block, notes);
  for (const s of sentences) flags.push({ index: s.index, claims: s.claims, sentence: s.sentence });
}

function wrapRange(pieces: Piece[], start: number, end: number, index: number, doc: Document) {
  let head: HTMLElement | undefined;
  // Backwards, so splitting a text node never moves a piece that is still to be wrapped.
  for (const piece of [...pieces].reverse()) {
    if (!piece.node || piece.start >= end || piece.start + piece.length <= start) continue;
    let node = piece.node;
    const from = Math.max(start - piece.start, 0);
    const to = Math.min(end - piece.start, piece.length);
    if (to < node.data.length) node.splitText(to);
    if (from > 0) node = node.splitText(from);
    const mark = doc.createElement('mark');
    mark.setAttribute('data-claim', String(index));
    node.replaceWith(mark);
    mark.append(node);
    head = mark;
  }
  // The sentence's first mark is the jump target, described by the note after the block.
  if (head) {
    head.id = `claim-${index}`;
    head.tabIndex = -1;
    head.setAttribute('aria-describedby', `claim-${index}-note`);
  }
}

/** The note after a flagged sentence: what is true now, since when, the source and the guide. */
function claimNote(doc: Document, index: number, claims: StaleClaim[], options: AnnotateOptions): HTMLElement {
  const aside = doc.createElement('aside');
  aside.id = `claim-${index}-note`;
  aside.setAttribute('data-claim-note', '');
  aside.setAttribute('aria-label', `Flag ${index}`);
  for (const claim of claims) {
    const box = doc.createElement('div');
    box.setAttribute('data-claim-kind', claim.kind);
    const head = doc.createElement('p');
    const strong = doc.createElement('strong');
    strong.textContent = `${index}. ${claimHeadline(claim)}`;
    head.append(strong);
    box.append(head);
    box.append(line(doc, 'Now: ', claim.now));
    if (claim.before) box.append(line(doc, 'Older material: ', claim.before));
    const links = doc.createElement('p');
    links.append('Source: ');
    const source = doc.createElement('a');
    source.href = claim.source.url;
    source.target = '_blank';
    source.rel = 'noopener noreferrer';
    source.textContent = claim.source.title;
    links.append(source, ' · ');
    const guide = doc.createElement('a');
    guide.setAttribute('href', `/learn/${claim.guide.topic}#${claim.guide.section}`);
    guide.setAttribute('data-internal', '');
    guide.textContent = `Study guide: ${options.guideTitle(claim.guide.topic)}`;
    links.append(guide);
    box.append(links);
    aside.append(box);
  }
  return aside;
}

/** "Out of date since May 2023", "Renamed in August 2021", "Commonly wrong". */
export function claimHeadline(claim: StaleClaim): string {
  if (claim.kind === 'wrong') return 'Commonly wrong';
  const when = claim.since ? formatChangeDate(claim.since) : '';
  return claim.kind === 'renamed' ? `Renamed in ${when}` : `Out of date since ${when}`;
}

function line(doc: Document, label: string, value: string): HTMLElement {
  const p = doc.createElement('p');
  const b = doc.createElement('strong');
  b.textContent = label;
  p.append(b, value);
  return p;
}

/** Puts the notes where they read naturally: after a paragraph or heading, inside a list item or cell. */
function placeNotes(block: HTMLElement, notes: HTMLElement[]) {
  const tag = block.tagName;
  if (tag === 'LI' || tag === 'TD' || tag === 'TH' || tag === 'DD' || tag === 'DT') {
    const nested = Array.from(block.children).find((c) => c.matches('ul, ol, p, div, blockquote, pre, table'));
    for (const note of notes) block.insertBefore(note, nested ?? null);
    return;
  }
  // A folded callout hides its body: put the notes after the whole callout, not inside it.
  if (tag === 'SUMMARY' && block.parentElement) {
    block.parentElement.after(...notes);
    return;
  }
  block.after(...notes);
}
