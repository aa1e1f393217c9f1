import { useEffect, useState } from 'react';
import { loadAppKms, type AppKms } from '@/lib/kms-runtime';

/** The loaded app KMS, or undefined while IndexedDB is being read; `error` if it could not load. */
export function useAppKms(): { kms?: AppKms; error?: string } {
  const [state, setState] = useState<{ kms?: AppKms; error?: string }>({});
  useEffect(() => {
    let live = true;
    loadAppKms().then(
      (kms) => live && setState({ kms }),
      (e: unknown) => live && setState({ error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
