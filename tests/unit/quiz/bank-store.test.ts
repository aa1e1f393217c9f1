import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { BankStoreError, getImportedBank, listImportedBanks, removeImportedBank, saveImportedBank } from '@/quiz/bank-store';
import { parseBank } from '@/quiz/parse-bank';
import { readFixture } from './read-fixture';

/** A bank to save, with the title the quiz store passes after parsing it. */
const withTitle = (fileName: string, source: string) => ({ fileName, source, title: parseBank(source, { fileName }).title });

const T1 = new Date('2026-04-01T10:00:00.000Z');
const T2 = new Date('2026-04-02T10:00:00.000Z');

describe('imported bank store (IndexedDB)', () => {
  it('saves, lists (oldest first), reads back byte for byte and removes banks', async () => {
    const indexedDB = new IDBFactory();
    const source = readFixture('task-list-community.md').replace(/\n/g, '\r\n');
    const a = await saveImportedBank(withTitle('community.md', source), { indexedDB, now: T1 });
    const b = await saveImportedBank(withTitle('numbered.md', readFixture('numbered-details.md')), { indexedDB, now: T2 });
    expect(a.replaced).toBe(false);
    const list = await listImportedBanks({ indexedDB });
    expect(list.map((x) => x.fileName)).toEqual(['community.md', 'numbered.md']);
    expect(list[0]).toMatchObject({ id: a.bank.id, addedAt: T1.toISOString(), size: source.length });
    expect((await getImportedBank(a.bank.id, { indexedDB }))!.source).toBe(source);
    expect(parseBank(list[0]!.source).questions).toHaveLength(4);
    await removeImportedBank(a.bank.id, { indexedDB });
    expect((await listImportedBanks({ indexedDB })).map((x) => x.id)).toEqual([b.bank.id]);
    await removeImportedBank('no-such-bank', { indexedDB });
  });

  it('replaces a bank when the same bank (file name and title) is imported again, keeping its first import date', async () => {
    const indexedDB = new IDBFactory();
    const first = await saveImportedBank(withTitle('Mine.md', '# My bank\n\nv1'), { indexedDB, now: T1 });
    const second = await saveImportedBank(withTitle('mine.md', '# My bank\n\nv2'), { indexedDB, now: T2 });
    expect(second).toMatchObject({
      replaced: true,
      bank: { id: first.bank.id, source: '# My bank\n\nv2', addedAt: T1.toISOString(), updatedAt: T2.toISOString() },
    });
    expect(await listImportedBanks({ indexedDB })).toHaveLength(1);
  });

  it('keeps two different banks that share a file name (community banks are all README.md)', async () => {
    const indexedDB = new IDBFactory();
    const a = await saveImportedBank(withTitle('README.md', '# Exam A questions\n\n### Q?\n- [x] a\n- [ ] b\n'), { indexedDB, now: T1 });
    const b = await saveImportedBank(withTitle('README.md', '# Exam B questions\n\n### Q?\n- [x] a\n- [ ] b\n'), { indexedDB, now: T2 });
    expect(b.replaced).toBe(false);
    expect(a.bank.id).not.toBe(b.bank.id);
    expect(await listImportedBanks({ indexedDB })).toHaveLength(2);
  });

  it('persists across connections (a reload) and works with the global fake indexedDB', async () => {
    const saved = await saveImportedBank(withTitle('global.md', '## Q?\n- [x] a\n- [ ] b\n'));
    expect((await listImportedBanks()).some((x) => x.id === saved.bank.id)).toBe(true);
  });

  it('rejects with a clear BankStoreError when IndexedDB is missing', async () => {
    const g = globalThis as { indexedDB?: IDBFactory };
    const saved = g.indexedDB;
    try {
      g.indexedDB = undefined;
      const error = await listImportedBanks().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BankStoreError);
      expect((error as BankStoreError).reason).toBe('unavailable');
      expect((error as Error).message).toMatch(/does not offer IndexedDB/);
    } finally {
      g.indexedDB = saved;
    }
  });

  it('turns a quota error into a "storage is full" message', async () => {
    const indexedDB = new IDBFactory();
    await listImportedBanks({ indexedDB }); // opens the database
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      const error = await saveImportedBank(withTitle('big.md', 'x'), { indexedDB }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'BankStoreError', reason: 'quota' });
      expect((error as Error).message).toMatch(/storage is full/);
    } finally {
      put.mockRestore();
    }
    expect(await listImportedBanks({ indexedDB })).toEqual([]);
  });
});
