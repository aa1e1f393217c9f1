/**
 * Where an envelope job's output goes. Two honest options:
 *
 * - `file`: the File System Access API (`showSaveFilePicker`, Chromium browsers). Chunks are written
 *   straight to disk as they are produced, so memory stays bounded whatever the size. The browser
 *   writes to a temporary file and only replaces the target on `close()`; `abort()` discards it, so
 *   a failed decryption leaves nothing behind.
 * - `download`: everywhere else. Chunks are collected into a Blob and offered as a download only
 *   when the job has fully succeeded. The JS heap stays small (each chunk is handed to the browser's
 *   Blob storage, then freed), but the whole output is held by the browser until you download it:
 *   memory is NOT bounded on this path.
 */
export interface OutputTarget {
  kind: 'file' | 'download';
  /** Appends bytes; the caller awaits it before producing more. */
  write: (bytes: Uint8Array<ArrayBuffer>) => Promise<void>;
  /** Makes the output visible: closes the file, or builds the Blob. Only call after full success. */
  commit: () => Promise<CommittedOutput>;
  /** Throws the output away (on failure or cancel). */
  discard: () => Promise<void>;
}

/** The finished output. */
export type CommittedOutput = { kind: 'file'; name: string } | { kind: 'download'; name: string; blob: Blob };

interface WritableFileStream {
  write(data: Uint8Array<ArrayBuffer>): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}
interface SaveFileHandle {
  name: string;
  createWritable(): Promise<WritableFileStream>;
}
type SaveFilePicker = (options: {
  suggestedName?: string;
  types?: { description: string; accept: Record<string, string[]> }[];
}) => Promise<SaveFileHandle>;

function savePicker(): SaveFilePicker | undefined {
  const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  // Cross-origin iframes expose the function but refuse to use it.
  return typeof picker === 'function' && globalThis.self === globalThis.top ? picker.bind(globalThis) : undefined;
}

/** True when this browser can stream output straight to a file. */
export function canWriteFiles(): boolean {
  return savePicker() !== undefined;
}

/**
 * Asks where to save (must run during the click that started the job: browsers require a user
 * gesture). Resolves to null when the learner cancels the dialog.
 */
export async function pickFileTarget(suggestedName: string, encrypted: boolean): Promise<OutputTarget | null> {
  const picker = savePicker();
  if (!picker) throw new Error('This browser cannot write files directly; use the download option.');
  let handle: SaveFileHandle;
  try {
    handle = await picker({
      suggestedName,
      types: encrypted ? [{ description: 'KMS Lab envelope file', accept: { 'application/octet-stream': ['.kmslab'] } }] : undefined,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') return null;
    throw err;
  }
  const writable = await handle.createWritable();
  return {
    kind: 'file',
    write: (bytes) => writable.write(bytes),
    async commit() {
      await writable.close();
      return { kind: 'file', name: handle.name };
    },
    async discard() {
      try {
        await writable.abort();
      } catch {
        // Already closed or aborted.
      }
    },
  };
}

/** Collects output into a Blob, released only by commit(). */
export function downloadTarget(name: string, type = 'application/octet-stream'): OutputTarget {
  let parts: Blob[] = [];
  return {
    kind: 'download',
    async write(bytes) {
      // new Blob copies the bytes into the browser's Blob storage, so the caller may free the array.
      parts.push(new Blob([bytes]));
    },
    async commit() {
      const blob = new Blob(parts, { type });
      parts = [];
      return { kind: 'download', name, blob };
    },
    async discard() {
      parts = [];
    },
  };
}
