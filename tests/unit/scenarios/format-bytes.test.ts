import { describe, expect, it } from 'vitest';
import { formatSize, groupThousands } from '@/scenarios/format-bytes';

describe('groupThousands', () => {
  it('writes integers as en-US does, with comma thousands separators', () => {
    for (const n of [0, 7, 999, 1000, 4097, 65536, 1234567, 1048576000]) {
      expect(groupThousands(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});

describe('formatSize', () => {
  it('shows bytes below 10,000 and kilobytes above', () => {
    expect(formatSize(184)).toBe('184 B');
    expect(formatSize(4097)).toBe('4,097 B');
    expect(formatSize(15360)).toBe('15.0 KB');
  });
});
