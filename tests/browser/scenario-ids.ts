/** Every built-in scenario, in catalog order (src/scenarios/catalog.ts; the unit tests check the catalog). */
export const SCENARIOS = [
  'direct-encrypt',
  'four-kb-limit',
  'envelope-encryption',
  'key-rotation',
  'regions',
  'permissions',
  'aws-managed-keys',
  'cross-account',
  'grants',
  'bring-your-own-key',
];
