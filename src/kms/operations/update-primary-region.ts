import { errors } from '../errors';
import { checkKeyState, KEY_STATES } from '../key-state';
import { apiDoc } from './shared';
import { defineKeyOperation } from './types';

/** UpdatePrimaryRegion: the replica in PrimaryRegion becomes the primary; the old primary becomes a replica. */
export const updatePrimaryRegion = defineKeyOperation({
  name: 'UpdatePrimaryRegion',
  docUrl: apiDoc('UpdatePrimaryRegion'),
  description: 'Makes the replica in another Region the primary multi-Region key; the current primary becomes a replica.',
  action: 'kms:UpdatePrimaryRegion',
  required: ['KeyId', 'PrimaryRegion'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.use,
  customerManagedOnly: true,
  mutates: true,
  async run(ctx) {
    const primary = ctx.key;
    if (!primary.multiRegion)
      throw errors
        .unsupported(`${primary.arn} is not a multi-Region key.`)
        .explained('Only multi-Region keys have a primary Region to move.');
    if (primary.multiRegionRole !== 'PRIMARY')
      throw errors
        .unsupported(`${primary.arn} is a multi-Region replica key.`)
        .explained('Call UpdatePrimaryRegion on the current primary key, naming the Region of the replica that should become primary.');
    const target = ctx.engine.getKey(primary.accountId, ctx.input.PrimaryRegion, primary.keyId);
    if (!target || target === primary)
      throw errors.notFoundKey(`arn:aws:kms:${ctx.input.PrimaryRegion}:${primary.accountId}:key/${primary.keyId}`);
    // UpdatePrimaryRegion needs permission on both keys (API-UpdatePrimaryRegion).
    await ctx.authorize('kms:UpdatePrimaryRegion', target);
    checkKeyState(target, KEY_STATES.use);
    primary.multiRegionRole = 'REPLICA';
    target.multiRegionRole = 'PRIMARY';
    // Rotation is driven from the primary: hand over the schedule.
    target.rotationEnabled = primary.rotationEnabled;
    target.rotationPeriodInDays = primary.rotationPeriodInDays;
    target.nextRotationDate = primary.nextRotationDate;
    ctx.engine.saveKey(primary);
    ctx.engine.saveKey(target);
    return {};
  },
});
