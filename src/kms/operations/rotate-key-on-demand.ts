import { KmsError, errors } from '../errors';
import { KEY_STATES } from '../key-state';
import { MAX_ON_DEMAND_ROTATIONS, requireNotReplica, requireRotatable } from './rotation-common';
import { apiDoc, requireMember } from './shared';
import type { OperationDefinition } from './types';

const TWENTY_MINUTES = 20 * 60_000;

/** RotateKeyOnDemand: rotates now (max 25 times per key); the automatic schedule is unchanged. */
export const rotateKeyOnDemand: OperationDefinition<{ KeyId: string }> = {
  name: 'RotateKeyOnDemand',
  docUrl: apiDoc('RotateKeyOnDemand'),
  description: "Rotates a symmetric key's material immediately, up to 25 times per key. Does not change the automatic schedule.",
  action: 'kms:RotateKeyOnDemand',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.rotation,
  customerManagedOnly: true,
  mutates: true,
  validate: (input) => requireMember(input, 'KeyId'),
  async run(ctx) {
    const key = ctx.key!;
    requireRotatable(key, 'RotateKeyOnDemand');
    requireNotReplica(key, 'RotateKeyOnDemand');
    const done = key.rotations.filter((r) => r.rotationType === 'ON_DEMAND').length;
    if (done >= MAX_ON_DEMAND_ROTATIONS)
      throw errors.limitExceeded(`${key.arn} has already been rotated on demand ${MAX_ON_DEMAND_ROTATIONS} times, the maximum per key.`);
    if (key.rotationEnabled && key.nextRotationDate !== undefined && key.nextRotationDate - ctx.now < TWENTY_MINUTES)
      throw new KmsError(
        'ConflictException',
        `An automatic rotation of ${key.arn} is scheduled to begin within the next 20 minutes. Try again after it.`,
      );
    await ctx.engine.rotate(key, ctx.now, 'ON_DEMAND');
    key.onDemandRotationStartDate = ctx.now;
    ctx.engine.saveKey(key);
    return { KeyId: key.arn };
  },
};
