import { useEffect, type Dispatch } from 'react';
import { readHeaderFromBlob } from '@/envelope';
import type { EnvelopeAction, SealedFile } from './envelope-form';
import { describeFailure } from './run-envelope-job';

/**
 * Reads a chosen .kmslab file's header at once, so the page can show what the file holds and prefill
 * its encryption context before the learner presses Decrypt. The answer is dispatched as
 * `header-read`; the reducer drops it if another file was chosen meanwhile.
 */
export function useSealedHeader(sealed: SealedFile | null, dispatch: Dispatch<EnvelopeAction>) {
  useEffect(() => {
    if (!sealed) return;
    let live = true;
    readHeaderFromBlob(sealed.blob).then(
      (parsed) => live && dispatch({ type: 'header-read', sealed, info: { header: parsed.header, length: parsed.length } }),
      (err: unknown) => live && dispatch({ type: 'header-read', sealed, info: { error: describeFailure(err).message } }),
    );
    return () => {
      live = false;
    };
  }, [sealed, dispatch]);
}
