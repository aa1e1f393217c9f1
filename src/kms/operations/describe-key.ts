import { KEY_STATES } from '../key-state';
import { apiDoc, checkGrantTokens, checkLength, keyMetadata } from './shared';
import { defineKeyOperation } from './types';

/** DescribeKey: metadata of a key (any state). */
export const describeKey = defineKeyOperation({
  name: 'DescribeKey',
  docUrl: apiDoc('DescribeKey'),
  description: "Shows a key's metadata: ID, ARN, state, spec, usage, algorithms, manager, multi-Region configuration.",
  action: 'kms:DescribeKey',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'any' },
  keyStates: KEY_STATES.any,
  validate(input) {
    checkLength(input, 'KeyId', 1, 2048);
    checkGrantTokens(input);
  },
  run: ({ engine, key }) => ({ KeyMetadata: keyMetadata(engine, key) }),
});
