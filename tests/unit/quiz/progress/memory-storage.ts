/**
 * An in-memory Storage for tests, with an optional quota (UTF-16 bytes of keys + values, as
 * browsers count) that throws a DOMException named QuotaExceededError like localStorage does.
 */
export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  /** Set to make every call throw, like a browser with storage blocked. */
  blocked = false;
  constructor(public quotaBytes = Infinity) {}

  get length(): number {
    this.check();
    return this.map.size;
  }
  key(index: number): string | null {
    this.check();
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    this.check();
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.check();
    const next = new Map(this.map).set(key, String(value));
    let bytes = 0;
    for (const [k, v] of next) bytes += 2 * (k.length + v.length);
    if (bytes > this.quotaBytes) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map = next;
  }
  removeItem(key: string): void {
    this.check();
    this.map.delete(key);
  }
  clear(): void {
    this.check();
    this.map.clear();
  }
  /** Bytes used, as the quota counts them. */
  usedBytes(): number {
    let bytes = 0;
    for (const [k, v] of this.map) bytes += 2 * (k.length + v.length);
    return bytes;
  }
  private check() {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}
