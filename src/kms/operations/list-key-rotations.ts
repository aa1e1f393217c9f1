import type { RotationsListEntry } from '@aws-sdk/client-kms';
import { KEY_STATES } from '../key-state';
import { requireRotatable } from './rotation-common';
import { apiDoc, checkEnum, checkRange, paginate } from './shared';
import { defineKeyOperation } from './types';

/** ListKeyRotations: completed rotations (AUTOMATIC or ON_DEMAND), oldest first. */
export const listKeyRotations = defineKeyOperation({
  name: 'ListKeyRotations',
  docUrl: apiDoc('ListKeyRotations'),
  description: 'Lists each completed rotation with its key material ID, date and type (AUTOMATIC or ON_DEMAND).',
  action: 'kms:ListKeyRotations',
  required: ['KeyId'],
  key: { param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    checkRange(input, 'Limit', 1, 1000);
    checkEnum(input, 'IncludeKeyMaterial', ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY']);
  },
  run({ key, input }) {
    requireRotatable(key, 'ListKeyRotations');
    const current = key.materials.at(-1)?.id;
    const state = (id: string) => (id === current ? 'CURRENT' : 'NON_CURRENT');
    const rows: RotationsListEntry[] = [];
    const first = key.materials[0];
    if (input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL' && first) {
      rows.push({ KeyId: key.arn, KeyMaterialId: first.id, KeyMaterialState: state(first.id) });
    }
    for (const r of key.rotations)
      rows.push({
        KeyId: key.arn,
        KeyMaterialId: r.keyMaterialId,
        KeyMaterialState: state(r.keyMaterialId),
        RotationDate: new Date(r.rotationDate),
        RotationType: r.rotationType,
      });
    const { page, ...rest } = paginate(rows, input, 100);
    return { Rotations: page, ...rest };
  },
});
