/** Builds new key records (CreateKey, AWS managed keys, ReplicateKey share this). */
import { createAsymmetricMaterial } from './crypto/asymmetric';
import { createHmacMaterial } from './crypto/hmac';
import { createSymmetricMaterial } from './crypto/symmetric';
import type { Engine } from './engine';
import { keyArn, newKeyId, newMultiRegionKeyId } from './ids';
import type { KeyRecord, KeyUsage, SupportedKeySpec, Tag } from './model';

/** Parameters of a new key. */
export interface NewKeyParams {
  accountId: string;
  region: string;
  keySpec: SupportedKeySpec;
  keyUsage: KeyUsage;
  description: string;
  policy: string;
  tags: Tag[];
  multiRegion: boolean;
  keyManager: 'CUSTOMER' | 'AWS';
  awsService?: string;
  now: number;
}

/** Creates a key record with fresh material (not yet saved). */
export async function buildKey(engine: Engine, p: NewKeyParams): Promise<KeyRecord> {
  const keyId = p.multiRegion ? newMultiRegionKeyId(engine.random) : newKeyId(engine.random);
  const key: KeyRecord = {
    accountId: p.accountId,
    region: p.region,
    keyId,
    arn: keyArn(p.region, p.accountId, keyId),
    creationDate: p.now,
    description: p.description,
    keyUsage: p.keyUsage,
    keySpec: p.keySpec,
    keyManager: p.keyManager,
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: p.multiRegion,
    multiRegionRole: p.multiRegion ? 'PRIMARY' : undefined,
    policy: p.policy,
    tags: p.tags,
    rotationEnabled: false,
    rotations: [],
    materials: [],
    awsService: p.awsService,
  };
  if (p.keySpec === 'SYMMETRIC_DEFAULT') {
    key.materials = [await createSymmetricMaterial(engine.random, p.now)];
  } else if (p.keySpec.startsWith('HMAC_')) {
    key.hmac = await createHmacMaterial(p.keySpec, engine.random, (b) => engine.wrap(b));
  } else {
    key.asymmetric = await createAsymmetricMaterial(p.keySpec, p.keyUsage, (b) => engine.wrap(b), engine.random);
  }
  if (p.keyManager === 'AWS') {
    // AWS managed keys rotate every year (since May 2022; docs/kms-facts.md §5.4).
    key.rotationEnabled = true;
    key.rotationPeriodInDays = 365;
    key.nextRotationDate = p.now + 365 * 86_400_000;
  }
  return key;
}
