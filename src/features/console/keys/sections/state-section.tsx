import type { KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { Button, TextField } from '@/components/ui';
import { useLab } from '../../use-lab';
import { Section } from './section';

/** Enable, disable, schedule and cancel deletion. */
export function StateSection({ meta }: { meta: KeyMetadata }) {
  const { call } = useLab();
  const [days, setDays] = useState('30');
  const keyId = meta.KeyId!;
  const pending = meta.KeyState === 'PendingDeletion' || meta.KeyState === 'PendingReplicaDeletion';
  return (
    <Section
      id="state-title"
      title="Key state"
      intro={
        <p>
          A disabled key cannot be used but can be enabled again. Deleting a key is final: KMS waits 7 to 30 days (default 30), then
          destroys the key material, and everything encrypted under it becomes unrecoverable. Cancelling a deletion leaves the key{' '}
          <strong>Disabled</strong>.
        </p>
      }
    >
      <div className="flex flex-wrap items-end gap-2">
        {/* Only the change that applies to the key's state: a pending deletion must be cancelled first. */}
        {meta.KeyState === 'Disabled' && (
          <Button size="sm" onClick={() => call('EnableKey', { KeyId: keyId })}>
            Enable
          </Button>
        )}
        {meta.KeyState === 'Enabled' && (
          <Button size="sm" onClick={() => call('DisableKey', { KeyId: keyId })}>
            Disable
          </Button>
        )}
        {pending ? (
          <Button size="sm" onClick={() => call('CancelKeyDeletion', { KeyId: keyId })}>
            Cancel deletion
          </Button>
        ) : (
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              void call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: Number(days) });
            }}
          >
            <TextField
              compact
              id="del-days"
              label="Waiting period (days)"
              inputMode="numeric"
              value={days}
              onChange={setDays}
              className="w-24"
            />
            <Button type="submit" variant="danger-outline" size="sm">
              Schedule deletion
            </Button>
          </form>
        )}
      </div>
    </Section>
  );
}
