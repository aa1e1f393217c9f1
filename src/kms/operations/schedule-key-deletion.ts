import { KEY_STATES } from '../key-state';
import { apiDoc, checkRange, days, requireMember } from './shared';
import type { OperationDefinition } from './types';
import { validationError } from '../errors';

/**
 * ScheduleKeyDeletion: waiting period 7–30 days (default 30). A multi-Region primary with replicas
 * waits in PendingReplicaDeletion until its last replica is deleted (docs/kms-facts.md §4).
 */
export const scheduleKeyDeletion: OperationDefinition<{ KeyId: string; PendingWindowInDays?: number }> = {
  name: 'ScheduleKeyDeletion',
  docUrl: apiDoc('ScheduleKeyDeletion'),
  description: 'Schedules a key for deletion after a 7–30 day waiting period (default 30). Until then the key cannot be used.',
  action: 'kms:ScheduleKeyDeletion',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.schedule,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    requireMember(input, 'KeyId');
    checkRange(input, 'PendingWindowInDays', 1, 365);
    const w = input.PendingWindowInDays;
    if (w !== undefined && (w < 7 || w > 30))
      throw validationError('pendingWindowInDays', 'Member must have value greater than or equal to 7 and less than or equal to 30', w);
  },
  run(ctx) {
    const key = ctx.key!;
    const window = ctx.input.PendingWindowInDays ?? 30;
    const replicas =
      key.multiRegionRole === 'PRIMARY'
        ? ctx.engine.relatedKeys(key.accountId, key.keyId).filter((k) => k.multiRegionRole === 'REPLICA')
        : [];
    key.pendingWindowInDays = window;
    if (replicas.length) {
      key.state = 'PendingReplicaDeletion';
      key.deletionDate = undefined;
    } else {
      key.state = 'PendingDeletion';
      key.deletionDate = ctx.now + days(window);
    }
    ctx.engine.saveKey(key);
    const out: Record<string, unknown> = { KeyId: key.arn, KeyState: key.state, PendingWindowInDays: window };
    if (key.deletionDate !== undefined) out.DeletionDate = new Date(key.deletionDate);
    return out;
  },
};
