import { useSyncExternalStore } from 'react';

let revision = 0;
const listeners = new Set<() => void>();

/**
 * Says the simulator's state may have changed (a call ran, a key was created, a service acted), so
 * every list drawn from it reads again. The console calls it after each of its calls; other pages
 * after their own changes.
 */
export function notifyLabChanged(): void {
  revision++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

const current = () => revision;

/** A number that changes whenever {@link notifyLabChanged} is called. */
export function useLabRevision(): number {
  return useSyncExternalStore(subscribe, current, current);
}
