import { listKeysWithAliases, type KeyListing } from '@/lib/kms-runtime';
import { useConsoleData } from '../use-lab';

/** The keys of the current Region with their metadata and aliases, as the current principal sees them. */
export function useKeys() {
  return useConsoleData<KeyListing[]>(['keys'], listKeysWithAliases);
}
