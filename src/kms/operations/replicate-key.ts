import { errors } from '../errors';
import { KNOWN_REGIONS, keyArn } from '../ids';
import { KEY_STATES } from '../key-state';
import type { KeyRecord } from '../model';
import { replicaImportedState } from '../imported/multi-region';
import { defaultKeyPolicy } from '../policies';
import { apiDoc, checkLength, keyMetadata } from './shared';
import { defineKeyOperation } from './types';
import { validatePolicyDocument, validateTags } from './validate-common';

/**
 * ReplicateKey: a replica of a multi-Region primary in another Region, with the same key ID and key
 * material. Policy, tags, aliases, description and state are the replica's own (docs/kms-facts.md §7).
 */
export const replicateKey = defineKeyOperation({
  name: 'ReplicateKey',
  docUrl: apiDoc('ReplicateKey'),
  description: 'Copies a multi-Region primary key to another Region: same key ID and key material, its own policy, tags and aliases.',
  action: 'kms:ReplicateKey',
  required: ['KeyId', 'ReplicaRegion'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.use,
  customerManagedOnly: true,
  mutates: true,
  validate(input) {
    checkLength(input, 'Description', 0, 8192);
    if (!KNOWN_REGIONS.includes(input.ReplicaRegion))
      throw errors
        .validation(`KMS Lab does not simulate the Region ${input.ReplicaRegion}.`)
        .explained(`KMS Lab simulates these Regions of the aws partition: ${KNOWN_REGIONS.join(', ')}.`);
  },
  async run(ctx) {
    const primary = ctx.key;
    const { input } = ctx;
    // AWS's messages for these refusals are not published: short neutral ones, the rules explained apart.
    if (!primary.multiRegion)
      throw errors
        .unsupported(`${primary.arn} is not a multi-Region key.`)
        .explained(
          'Only a multi-Region primary key can be replicated, and MultiRegion is chosen at CreateKey: a single-Region key never becomes one.',
        );
    if (primary.multiRegionRole !== 'PRIMARY')
      throw errors
        .unsupported(`${primary.arn} is a multi-Region replica key.`)
        .explained('ReplicateKey copies the primary key: call it on the primary.');
    if (input.ReplicaRegion === primary.region)
      throw errors
        .validation(`${primary.arn} is already in ${input.ReplicaRegion}.`)
        .explained(`A replica goes to another Region than the primary's (${primary.region}).`);
    if (ctx.engine.getKey(primary.accountId, input.ReplicaRegion, primary.keyId))
      throw errors
        .alreadyExists(`${keyArn(input.ReplicaRegion, primary.accountId, primary.keyId)} already exists.`)
        .explained(`A multi-Region key has at most one replica per Region, and ${input.ReplicaRegion} already has one.`);
    const tags = validateTags(input.Tags);
    let policy = defaultKeyPolicy(primary.accountId);
    let principalIds: Record<string, string> | undefined;
    if (input.Policy !== undefined) {
      policy = validatePolicyDocument(input.Policy);
      principalIds = ctx.validatePolicy({
        policy,
        principal: ctx.principal,
        accountId: ctx.accountId,
        bypassLockoutCheck: !!input.BypassPolicyLockoutSafetyCheck,
        region: ctx.region,
      });
    }
    const replica: KeyRecord = {
      ...primary,
      region: input.ReplicaRegion,
      arn: keyArn(input.ReplicaRegion, primary.accountId, primary.keyId),
      creationDate: ctx.now,
      description: input.Description ?? primary.description,
      state: 'Enabled',
      deletionDate: undefined,
      pendingWindowInDays: undefined,
      multiRegionRole: 'REPLICA',
      policy,
      // Its own policy, so its own bindings (the primary's do not carry over).
      policyPrincipalIds: principalIds || undefined,
      tags,
      materials: [...primary.materials],
      rotations: [...primary.rotations],
      onDemandRotationStartDate: undefined,
    };
    if (primary.origin === 'EXTERNAL') {
      // A replica of imported material starts without it: the same material must be imported into it (API-ReplicateKey).
      replica.state = 'PendingImport';
      replica.materials = [];
      replica.asymmetric = undefined;
      replica.hmac = undefined;
      replica.imported = replicaImportedState(primary);
    }
    ctx.engine.saveKey(replica);
    return { ReplicaKeyMetadata: keyMetadata(ctx.engine, replica), ReplicaPolicy: policy, ReplicaTags: tags };
  },
});
