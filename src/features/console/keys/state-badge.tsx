import { Badge } from '@/components/ui';

/** Key state with a colour and the word itself (colour is never the only signal). */
export function StateBadge({ state }: { state: string }) {
  return <Badge tone={state === 'Enabled' ? 'success' : state === 'Disabled' ? 'neutral' : 'warning'}>{state}</Badge>;
}
