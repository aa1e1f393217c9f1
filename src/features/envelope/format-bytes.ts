/** "1.5 MB"-style sizes (binary units, labelled as such: KiB, MiB, GiB). */
export function formatBytes(n: number): string {
  n = Math.round(n);
  if (n < 1024) return `${n} byte${n === 1 ? '' : 's'}`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** Bytes per second as "12.3 MiB/s". */
export function formatRate(bytes: number, seconds: number): string {
  if (seconds <= 0) return '–';
  return `${formatBytes(bytes / seconds).replace(/ bytes?$/, ' B')}/s`;
}

/** The first and last bytes of a blob as hex, for showing a wrapped key without a wall of hex. */
export function hexPreview(bytes: Uint8Array, edge = 8): string {
  const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join(' ');
  return bytes.length <= edge * 2 ? hex(bytes) : `${hex(bytes.subarray(0, edge))} … ${hex(bytes.subarray(bytes.length - edge))}`;
}
