import type { EnvelopeHeader } from '@/envelope';
import { contextToRows, rowsToContext, type ContextRow } from './context-editor';
import type { KeyChoice } from './kms-choices';

/** Where a job's result goes: a download when finished, or a file written as it goes. */
export type OutputKind = 'download' | 'file';

/** The .kmslab file chosen for decryption (picked, dropped, or the one just encrypted). */
export interface SealedFile {
  blob: Blob;
  name: string;
}

/** What the chosen .kmslab file's header says, or why it could not be read. */
export type SealedInfo = { header: EnvelopeHeader; length: number } | { error: string };

/** Everything the learner has entered on the envelope page (the job's progress lives in useEnvelopeJob). */
export interface EnvelopeForm {
  /** The key chosen; '' until the learner picks one (the page then offers a sensible default). */
  keyId: string;
  source: 'file' | 'text';
  plainFile: File | null;
  text: string;
  encRows: ContextRow[];
  encOutput: OutputKind;
  encProblem?: string;
  sealed: SealedFile | null;
  /** The header read for `sealed`; null while reading or when nothing is chosen. */
  sealedInfo: SealedInfo | null;
  decRows: ContextRow[];
  decOutput: OutputKind;
  decProblem?: string;
}

export type EnvelopeAction =
  | { type: 'key'; keyId: string }
  | { type: 'source'; source: EnvelopeForm['source'] }
  | { type: 'plain-file'; file: File | null }
  | { type: 'text'; text: string }
  | { type: 'enc-rows'; rows: ContextRow[] }
  | { type: 'enc-output'; output: OutputKind }
  | { type: 'enc-problem'; problem?: string }
  | { type: 'sealed'; sealed: SealedFile | null }
  | { type: 'header-read'; sealed: SealedFile; info: SealedInfo }
  | { type: 'dec-rows'; rows: ContextRow[] }
  | { type: 'dec-output'; output: OutputKind }
  | { type: 'dec-problem'; problem?: string };

/** The form as the page opens: a starter context for encryption, nothing chosen. */
export function initialEnvelopeForm(): EnvelopeForm {
  return {
    keyId: '',
    source: 'file',
    plainFile: null,
    text: '',
    encRows: contextToRows({ purpose: 'study-notes' }),
    encOutput: 'download',
    sealed: null,
    sealedInfo: null,
    decRows: contextToRows(),
    decOutput: 'download',
  };
}

/** The page's reducer: each action is one thing the learner did, or one answer that arrived. */
export function envelopeReducer(state: EnvelopeForm, action: EnvelopeAction): EnvelopeForm {
  switch (action.type) {
    case 'key':
      return { ...state, keyId: action.keyId };
    case 'source':
      return { ...state, source: action.source };
    case 'plain-file':
      return { ...state, plainFile: action.file };
    case 'text':
      return { ...state, text: action.text };
    case 'enc-rows':
      return { ...state, encRows: action.rows };
    case 'enc-output':
      return { ...state, encOutput: action.output };
    case 'enc-problem':
      return { ...state, encProblem: action.problem };
    case 'sealed':
      // A new file: its header is read afresh (the old summary must not describe it meanwhile).
      return { ...state, sealed: action.sealed, sealedInfo: null, decProblem: undefined };
    case 'header-read':
      // A late answer for a file no longer chosen is dropped.
      if (action.sealed !== state.sealed) return state;
      return 'header' in action.info
        ? { ...state, sealedInfo: action.info, decRows: contextToRows(action.info.header.encryptionContext) }
        : { ...state, sealedInfo: action.info };
    case 'dec-rows':
      return { ...state, decRows: action.rows };
    case 'dec-output':
      return { ...state, decOutput: action.output };
    case 'dec-problem':
      return { ...state, decProblem: action.problem };
  }
}

/** The key to use: the one chosen if it is still listed, else the first enabled key, else the first, else none. */
export function effectiveKeyId(keys: readonly KeyChoice[], chosen: string): string {
  if (keys.some((k) => k.keyId === chosen)) return chosen;
  return (keys.find((k) => k.state === 'Enabled') ?? keys[0])?.keyId ?? '';
}

/** What an encryption needs, or the first thing missing, said so the learner knows what to do. */
export function encryptRequest(
  form: EnvelopeForm,
  keyId: string,
): { problem: string } | { input: Blob; name: string; keyId: string; encryptionContext: Record<string, string>; output: OutputKind } {
  const { context, error } = rowsToContext(form.encRows);
  if (error) return { problem: error };
  const input = form.source === 'file' ? form.plainFile : new Blob([form.text], { type: 'text/plain;charset=utf-8' });
  if (!input) return { problem: 'Choose a file to encrypt (or switch to typing text).' };
  if (!keyId) return { problem: 'Choose a KMS key, or create one.' };
  const name = form.source === 'file' && form.plainFile ? form.plainFile.name : 'text.txt';
  return { input, name, keyId, encryptionContext: context, output: form.encOutput };
}

/** What a decryption needs, or the first thing missing. */
export function decryptRequest(
  form: EnvelopeForm,
): { problem: string } | { file: Blob; name: string; encryptionContext: Record<string, string>; output: OutputKind } {
  const { context, error } = rowsToContext(form.decRows);
  if (error) return { problem: error };
  if (!form.sealed) return { problem: 'Choose a .kmslab file to decrypt.' };
  return { file: form.sealed.blob, name: form.sealed.name, encryptionContext: context, output: form.decOutput };
}
