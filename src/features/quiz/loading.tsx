import type { ReactNode } from 'react';

/**
 * The placeholder while banks and progress load. Tall on purpose: the page that replaces it is
 * long, and a short placeholder would make the footer jump (layout shift) when it arrives.
 */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="min-h-[80vh]">
      {children}
    </p>
  );
}
