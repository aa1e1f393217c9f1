import { describe, expect, it } from 'vitest';
import { MAX_NOTE_CHARS, NoteInputError, checkNoteFileName, checkNoteText, findConcepts, noteTitle, splitNoteFrontMatter } from '@/learn';

describe('reading a note', () => {
  it('refuses empty, oversized and binary notes with what to do', () => {
    expect(() => checkNoteText('  \n ')).toThrow(/is empty/);
    expect(() => checkNoteText('x'.repeat(MAX_NOTE_CHARS + 1), 'big.md')).toThrow(/"big.md" has 1,000,001 characters.*Split it/);
    expect(() => checkNoteText('PNG\u0000\u0001', 'photo.md')).toThrow(NoteInputError);
    expect(() => checkNoteText('# Fine')).not.toThrow();
  });

  it('accepts Markdown and text files only', () => {
    expect(() => checkNoteFileName('KMS.MD')).not.toThrow();
    expect(() => checkNoteFileName('notes.markdown')).not.toThrow();
    expect(() => checkNoteFileName('notes.txt')).not.toThrow();
    expect(() => checkNoteFileName('slides.pdf')).toThrow(/not a Markdown note/);
  });

  it('drops Obsidian properties (front matter) and takes the title from them, a heading, the file or the first words', () => {
    const withProps = '---\ntitle: "KMS week 3"\ntags: [aws]\n---\n# Heading\nBody';
    expect(splitNoteFrontMatter(withProps)).toEqual({ body: '# Heading\nBody', title: 'KMS week 3' });
    expect(noteTitle(withProps, 'file.md')).toBe('KMS week 3');
    expect(noteTitle('Intro\n\n## **Rotation** rules\ntext', 'file.md')).toBe('Rotation rules');
    expect(noteTitle('just text', 'kms-notes.md')).toBe('kms-notes');
    expect(noteTitle('> [!tip] remember the four KB limit of Encrypt calls in KMS')).toBe('remember the four KB limit of Encrypt calls');
    expect(splitNoteFrontMatter('\uFEFFno props\r\nline').body).toBe('no props\nline');
  });
});

describe('findConcepts', () => {
  it('finds the concepts a note mentions, in guide order, with counts', () => {
    const found = findConcepts('Use GenerateDataKey (a data key) above 4 KB. The key policy and a grant decide. CMK rotation.');
    expect(found.map((f) => [f.concept.id, f.mentions])).toEqual([
      ['kms-keys', 1],
      ['four-kb-limit', 1],
      ['envelope-encryption', 2],
      ['rotation', 1],
      ['key-policies', 1],
      ['grants', 1],
    ]);
  });

  it('does not take the verb "grants" for KMS grants', () => {
    expect(findConcepts('The key policy grants access to admins.').map((f) => f.concept.id)).toEqual(['key-policies']);
  });
});
