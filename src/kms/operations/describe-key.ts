import { KEY_STATES } from '../key-state';
import { apiDoc, checkGrantTokens, checkLength, keyMetadata, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** DescribeKey: metadata of a key (any state). */
export const describeKey: OperationDefinition<{ KeyId: string; GrantTokens?: string[] }> = {
  name: 'DescribeKey',
  docUrl: apiDoc('DescribeKey'),
  description: "Shows a key's metadata: ID, ARN, state, spec, usage, algorithms, manager, multi-Region configuration.",
  action: 'kms:DescribeKey',
  target: { kind: 'param', param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.any,
  validate(input) {
    requireMember(input, 'KeyId');
    checkLength(input, 'KeyId', 1, 2048);
    checkGrantTokens(input);
  },
  run: (ctx) => ({ KeyMetadata: keyMetadata(ctx.engine, ctx.key!) }),
};
