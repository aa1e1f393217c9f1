import { useEffect, useState } from 'react';
import { loadAppKms, useCurrentWorkspace, type AppKms } from '@/lib/kms-runtime';

/**
 * The loaded KMS of the current workspace (the learner's own lab, or a lab challenge), or undefined
 * while IndexedDB is being read; `error` if it could not load. Entering or leaving a lab loads the
 * other workspace's KMS.
 */
export function useAppKms(): { kms?: AppKms; error?: string } {
  const workspace = useCurrentWorkspace();
  const [state, setState] = useState<{ workspace?: string; kms?: AppKms; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadAppKms().then(
      (kms) => live && setState({ workspace, kms }),
      (e: unknown) => live && setState({ workspace, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [workspace]);
  return state.workspace === workspace ? state : {};
}
