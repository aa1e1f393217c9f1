/** Hands a file to the browser's downloads (no network: the bytes are made here). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is not needed afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
