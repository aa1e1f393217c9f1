import type { Engine } from '../engine';
import { KmsError, errors } from '../errors';
import { pendingImported } from '../imported/imported-state';
import { rotateToStaged } from '../imported/multi-region';
import { KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import { MAX_ON_DEMAND_ROTATIONS, requireNotReplica, requireRotatable } from './rotation-common';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

const TWENTY_MINUTES = 20 * 60_000;

/**
 * Imported material rotates to new material imported beforehand, PENDING_ROTATION (docs/kms-facts.md
 * §5.3); in a multi-Region key, only once every replica has it. AWS's exception and message when there
 * is none are not published: KMSInvalidStateException, neutral.
 */
function rotateImported(engine: Engine, key: KeyRecord, now: number): void {
  const staged = pendingImported(key);
  if (!staged || staged.state !== 'PENDING_ROTATION' || !staged.imported) {
    const why =
      staged?.state === 'PENDING_MULTI_REGION_IMPORT_AND_ROTATION'
        ? `Key material ${staged.id} is imported into the primary key but not yet into every replica: import it into each replica (ImportType EXISTING_KEY_MATERIAL), then rotate.`
        : 'A key with imported material rotates to new material you import first: ImportKeyMaterial with ImportType NEW_KEY_MATERIAL, then RotateKeyOnDemand.';
    throw errors.invalidState(`${key.arn} has no key material pending rotation.`).explained(why);
  }
  rotateToStaged(engine, key, staged, now);
}

/** RotateKeyOnDemand: rotates now (max 25 times per key); the automatic schedule is unchanged. */
export const rotateKeyOnDemand = defineKeyOperation({
  name: 'RotateKeyOnDemand',
  docUrl: apiDoc('RotateKeyOnDemand'),
  description:
    "Rotates a symmetric key's material immediately, up to 25 times per key (imported material: to new material imported first). Does not change the automatic schedule.",
  action: 'kms:RotateKeyOnDemand',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.onDemandRotation,
  customerManagedOnly: true,
  mutates: true,
  async run(ctx) {
    const key = ctx.key;
    requireRotatable(key, 'RotateKeyOnDemand');
    requireNotReplica(key, 'RotateKeyOnDemand');
    const done = key.rotations.filter((r) => r.rotationType === 'ON_DEMAND').length;
    if (done >= MAX_ON_DEMAND_ROTATIONS)
      throw errors
        .limitExceeded(`On-demand rotations quota exceeded for ${key.arn}.`)
        .explained(
          `A key can be rotated on demand at most ${MAX_ON_DEMAND_ROTATIONS} times (10 at launch in April 2024), a quota that cannot be raised.`,
        );
    if (key.rotationEnabled && key.nextRotationDate !== undefined && key.nextRotationDate - ctx.now < TWENTY_MINUTES)
      // The exception's model description; AWS's exact message is not published.
      throw new KmsError(
        'ConflictException',
        'An automatic rotation of this key is currently in progress or scheduled to begin within the next 20 minutes.',
      ).explained('Wait until the automatic rotation has happened, then rotate on demand.');
    if (key.origin === 'EXTERNAL') rotateImported(ctx.engine, key, ctx.now);
    else await ctx.engine.rotate(key, ctx.now, 'ON_DEMAND');
    key.onDemandRotationStartDate = ctx.now;
    ctx.engine.saveKey(key);
    return { KeyId: key.arn };
  },
});
