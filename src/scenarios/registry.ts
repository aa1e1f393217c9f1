import { awsManagedKeys } from './aws-managed-keys';
import { bringYourOwnKey } from './bring-your-own-key';
import { crossAccount } from './cross-account';
import { directEncrypt } from './direct-encrypt';
import { envelopeEncryption } from './envelope-encryption';
import { fourKbLimit } from './four-kb-limit';
import { grants } from './grants';
import { keyRotation } from './key-rotation';
import { permissions } from './permissions';
import { regions } from './regions';
import type { ScenarioDefinition } from './types';

/** Every scenario with its code, in catalog order. */
export const SCENARIOS: readonly ScenarioDefinition[] = [
  directEncrypt,
  fourKbLimit,
  envelopeEncryption,
  keyRotation,
  regions,
  permissions,
  awsManagedKeys,
  crossAccount,
  grants,
  bringYourOwnKey,
];

/** A scenario by id, or undefined. */
export function findScenario(id: string): ScenarioDefinition | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
