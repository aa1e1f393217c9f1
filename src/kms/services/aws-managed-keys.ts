/** AWS managed keys (`alias/aws/<service>`): created the first time a service uses KMS in an account and Region. */
import type { Engine } from '../engine';
import { buildKey } from '../key-factory';
import type { KeyRecord } from '../model';
import { awsManagedKeyPolicy } from '../policies';

const DESCRIPTIONS: Record<string, string> = {
  s3: 'Default key that protects my S3 objects when no other key is defined',
  ebs: 'Default key that protects my EBS volumes when no other key is defined',
  rds: 'Default key that protects my RDS database volumes when no other key is defined',
  secretsmanager: 'Default key that protects my Secrets Manager data when no other key is defined',
};

/** The AWS managed key of a service, created (with its alias) on first use. */
export async function ensureAwsManagedKey(engine: Engine, accountId: string, region: string, service: string): Promise<KeyRecord> {
  const aliasName = `alias/aws/${service}`;
  const alias = engine.getAlias(accountId, region, aliasName);
  const existing = alias && engine.getKey(accountId, region, alias.targetKeyId);
  if (existing) return existing;
  const now = engine.now();
  const key = await buildKey(engine, {
    accountId,
    region,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    description: DESCRIPTIONS[service] ?? `Default key for ${service}`,
    policy: awsManagedKeyPolicy(service, accountId, region),
    tags: [],
    multiRegion: false,
    keyManager: 'AWS',
    awsService: service,
    now,
  });
  engine.saveKey(key);
  engine.saveAlias({ accountId, region, aliasName, targetKeyId: key.keyId, creationDate: now, lastUpdatedDate: now });
  return key;
}
