import { KEY_STATES } from '../key-state';
import { requireRotatable } from './rotation-common';
import { apiDoc, checkEnum, checkRange, paginate, requireMember } from './shared';
import type { OperationDefinition } from './types';

/** ListKeyRotations: completed rotations (AUTOMATIC or ON_DEMAND), oldest first. */
export const listKeyRotations: OperationDefinition<{ KeyId: string; IncludeKeyMaterial?: string; Limit?: number; Marker?: string }> = {
  name: 'ListKeyRotations',
  docUrl: apiDoc('ListKeyRotations'),
  description: 'Lists each completed rotation with its key material ID, date and type (AUTOMATIC or ON_DEMAND).',
  action: 'kms:ListKeyRotations',
  target: { kind: 'param', param: 'KeyId', forms: 'idOrArn' },
  keyStates: KEY_STATES.any,
  validate(input) {
    requireMember(input, 'KeyId');
    checkRange(input, 'Limit', 1, 1000);
    checkEnum(input, 'IncludeKeyMaterial', ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY']);
  },
  run(ctx) {
    const key = ctx.key!;
    requireRotatable(key, 'ListKeyRotations');
    const current = key.materials.at(-1)?.id;
    const state = (id: string) => (id === current ? 'CURRENT' : 'NON_CURRENT');
    const rows: Record<string, unknown>[] = [];
    if (ctx.input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL' && key.materials[0]) {
      rows.push({ KeyId: key.arn, KeyMaterialId: key.materials[0].id, KeyMaterialState: state(key.materials[0].id) });
    }
    for (const r of key.rotations)
      rows.push({
        KeyId: key.arn,
        KeyMaterialId: r.keyMaterialId,
        KeyMaterialState: state(r.keyMaterialId),
        RotationDate: new Date(r.rotationDate),
        RotationType: r.rotationType,
      });
    const { page, ...rest } = paginate(rows, ctx.input, 100);
    return { Rotations: page, ...rest };
  },
};
