import { describe, expect, it } from 'vitest';
import { renderNoteElement } from '@/components/markdown/render-note';
import { annotateNote, claimHeadline, demoteHeadings } from '@/features/learn/annotate-note';
import { resolveGuideLink } from '@/features/learn/guide-links';
import { labLinks } from '@/features/learn/lab-links';
import { staleClaim } from '@/learn';

function annotate(md: string) {
  const root = renderNoteElement(md);
  const result = annotateNote(root, { resolveLink: resolveGuideLink, guideTitle: (t) => `Guide ${t}` });
  return { root, ...result };
}

describe('annotateNote: stale claims', () => {
  it('marks each course-note sentence and follows it with the current fact, its date, its source and its guide', () => {
    const { root, flags } = annotate(
      [
        '> [!tip] Exam',
        '> Implements FIPS 140-2 (Level 2) overall. Memorise this, it will likely be on the exam',
        '',
        '- AWS managed keys are rotated every three years.',
        '- Automatic rotation is always yearly.',
        '- Imported key material cannot be rotated.',
      ].join('\n'),
    );
    expect(flags.map((f) => f.claims.map((c) => c.id))).toEqual([
      ['fips-140-2-level-2'],
      ['aws-managed-three-years'],
      ['rotation-always-yearly'],
      ['imported-material-no-rotation'],
    ]);
    const first = root.querySelector('#claim-1')!;
    expect(first.tagName).toBe('MARK');
    expect(first.textContent).toBe('Implements FIPS 140-2 (Level 2) overall.');
    // The rest of the callout's sentence is not marked.
    expect(root.querySelector('[data-callout]')!.textContent).toContain('Memorise this');
    const note = root.querySelector('#claim-1-note')!;
    expect(first.getAttribute('aria-describedby')).toBe('claim-1-note');
    expect(note.textContent).toContain('Out of date since May 2023');
    expect(note.textContent).toContain('FIPS 140-3 Level 3');
    const links = Array.from(note.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.hasAttribute('data-internal')]);
    expect(links).toEqual([
      ['https://docs.aws.amazon.com/kms/latest/developerguide/kms-internals.html', false],
      ['/learn/hsm-fips#fips-140-validation', true],
    ]);
    // In a list item the note sits inside the item, after its text.
    expect(root.querySelector('#claim-2')!.closest('li')!.querySelector('aside')!.id).toBe('claim-2-note');
  });

  it('leaves a correct note untouched', () => {
    const { root, flags } = annotate(
      'KMS was FIPS 140-2 Level 2 until 2023; it is FIPS 140-3 Level 3 now.\n\nAWS managed keys rotate every year.',
    );
    expect(flags).toEqual([]);
    expect(root.querySelector('mark, aside')).toBeNull();
  });

  it('marks a sentence that runs through inline markup, in pieces, without losing text', () => {
    const { root, flags } = annotate('Note: **AWS managed** keys rotate *every `3` years*. Fine after.');
    expect(flags).toHaveLength(1);
    const marks = Array.from(root.querySelectorAll('mark[data-claim="1"]'));
    expect(marks.length).toBeGreaterThan(2);
    expect(marks.map((m) => m.textContent).join('')).toBe('Note: AWS managed keys rotate every 3 years.');
    expect(root.querySelector('p')!.textContent).toBe('Note: AWS managed keys rotate every 3 years. Fine after.');
    expect(root.querySelector('strong')!.textContent).toBe('AWS managed');
  });

  it('treats separate lines of a paragraph as separate sentences', () => {
    const { flags } = annotate('Rotation notes\nAWS managed: every 3 years for AWS managed keys\nCustomer managed: optional');
    expect(flags.map((f) => f.sentence)).toEqual(['AWS managed: every 3 years for AWS managed keys']);
  });

  it('puts the note before a nested list and checks the nested items on their own', () => {
    const { root, flags } = annotate('- Imported key material cannot be rotated.\n  - AWS managed keys rotate every 3 years.');
    expect(flags).toHaveLength(2);
    const outer = root.querySelector('li')!;
    const children = Array.from(outer.children).map((c) => c.tagName);
    expect(children.indexOf('ASIDE')).toBeLessThan(children.indexOf('UL'));
    expect(outer.querySelector(':scope ul li aside')!.id).toBe('claim-2-note');
  });

  it('flags the old name once per note, and never inside code blocks', () => {
    const { flags } = annotate('Create a CMK.\n\nUse the CMK again.\n\n```\nAWS managed keys rotate every three years.\n```');
    expect(flags.map((f) => f.claims[0]!.id)).toEqual(['customer-master-key-name']);
  });

  it('says how each kind of claim is flagged', () => {
    expect(claimHeadline(staleClaim('rotation-reencrypts-data')!)).toBe('Commonly wrong');
    expect(claimHeadline(staleClaim('customer-master-key-name')!)).toBe('Renamed in August 2021');
    expect(claimHeadline(staleClaim('rsaes-pkcs1-v1-5-wrapping')!)).toBe('Out of date since 10 October 2023');
  });
});

describe('annotateNote: links and headings', () => {
  it('turns wiki links to guides into in-app links and explains the ones it cannot resolve', () => {
    const { root } = annotate(
      'See [[Envelope encryption]], [[rotation#On-demand rotation|on demand]], [[Grants]], [[quotas]] and [[My other note]].',
    );
    const links = Array.from(root.querySelectorAll('a[data-internal]')).map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Envelope encryption', '/learn/envelope-encryption'],
      ['on demand', '/learn/rotation#on-demand-rotation'],
      ['Grants', '/learn/grants'],
      // Written without a name: the guide's title is shown.
      ['Quotas and throttling', '/learn/quotas'],
    ]);
    expect(root.querySelector('[data-wikilink="My other note"]')?.getAttribute('title')).toMatch(/Not found/);
  });

  it('returns the plain text of the note for concept detection', () => {
    const { text } = annotate('# Title\n\nUse **GenerateDataKey** for files over 4 KB.');
    expect(text).toContain('Use GenerateDataKey for files over 4 KB.');
  });

  it('moves headings down, capped at h6', () => {
    const root = renderNoteElement('# One\n\n## Two\n\n##### Five');
    demoteHeadings(root, 2);
    expect(Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H3:One',
      'H4:Two',
      'H6:Five',
    ]);
  });
});

describe('labLinks', () => {
  it('links only the labs the labs area knows, in the guide order', () => {
    const known = new Map([
      ['rotate-a-key', 'Rotate a key'],
      ['grant-access', 'Grant access'],
    ]);
    expect(labLinks(['grant-access', 'not-built-yet', 'rotate-a-key'], known)).toEqual([
      { id: 'grant-access', title: 'Grant access', href: '/labs/grant-access' },
      { id: 'rotate-a-key', title: 'Rotate a key', href: '/labs/rotate-a-key' },
    ]);
    expect(labLinks(['rotate-a-key'])).toEqual([]);
  });
});
