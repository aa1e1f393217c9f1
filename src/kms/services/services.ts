/**
 * Simulated AWS services that call KMS on a caller's behalf (S3, EBS, RDS, Secrets Manager). Each uses
 * envelope encryption the way the real service does: it asks KMS for a data key through the caller's
 * credentials with `kms:ViaService` set, encrypts locally with AES-GCM, and keeps only the encrypted
 * data key. Without an explicit key they use the service's AWS managed key, created on first use.
 */
import type { Engine } from '../engine';
import { resolvePrincipal } from '../dispatch';
import { VIA_SERVICE_PREFIX } from '../policies';
import { ensureAwsManagedKey } from './aws-managed-keys';

type CallRaw = (
  op: string,
  input: Record<string, unknown>,
  ctx: { region: string; accessKeyId?: string; viaService?: string },
) => Promise<Record<string, unknown>>;

/** Common request fields. */
export interface ServiceRequest {
  region: string;
  /** Caller's access key id (default: root of the default account). */
  accessKeyId?: string;
  /** Customer managed key (ID, ARN, alias); default: the service's AWS managed key. */
  kmsKeyId?: string;
}

/** What a service stored for one item: enough to show the envelope in the UI. */
export interface StoredItem {
  /** Key ARN KMS reported. */
  kmsKeyArn: string;
  encryptionContext: Record<string, string>;
  /** Data key encrypted under the KMS key (what the service keeps). */
  encryptedDataKey: Uint8Array;
  /** AES-GCM nonce used with the data key. */
  iv: Uint8Array;
  /** Data encrypted under the data key. */
  ciphertext: Uint8Array;
  region: string;
}

/** One simulated service with envelope-encrypted items. */
export interface EnvelopeService {
  /** Endpoint used as kms:ViaService, e.g. `s3.us-east-1.amazonaws.com`. */
  viaService(region: string): string;
  /** Items by id (e.g. `bucket/key`). */
  readonly items: ReadonlyMap<string, StoredItem>;
}

/** S3 with SSE-KMS. */
export interface S3Service extends EnvelopeService {
  putObject(req: ServiceRequest & { bucket: string; key: string; body: Uint8Array }): Promise<{ ssekmsKeyId: string; item: StoredItem }>;
  getObject(req: Omit<ServiceRequest, 'kmsKeyId'> & { bucket: string; key: string }): Promise<{ body: Uint8Array; ssekmsKeyId: string }>;
}
/** EBS encrypted volumes. */
export interface EbsService extends EnvelopeService {
  createVolume(
    req: ServiceRequest & { volumeId?: string; data?: Uint8Array },
  ): Promise<{ volumeId: string; kmsKeyId: string; item: StoredItem }>;
  readVolume(req: Omit<ServiceRequest, 'kmsKeyId'> & { volumeId: string }): Promise<{ data: Uint8Array }>;
}
/** RDS encrypted DB instances. */
export interface RdsService extends EnvelopeService {
  createDbInstance(
    req: ServiceRequest & { dbInstanceIdentifier: string; data?: Uint8Array },
  ): Promise<{ kmsKeyId: string; item: StoredItem }>;
  readDbInstance(req: Omit<ServiceRequest, 'kmsKeyId'> & { dbInstanceIdentifier: string }): Promise<{ data: Uint8Array }>;
}
/** Secrets Manager. */
export interface SecretsManagerService extends EnvelopeService {
  createSecret(req: ServiceRequest & { name: string; secretString: string }): Promise<{ arn: string; kmsKeyId: string; item: StoredItem }>;
  getSecretValue(req: Omit<ServiceRequest, 'kmsKeyId'> & { name: string }): Promise<{ secretString: string }>;
}

/** The simulated services (`kms.services`). Their stored items live in memory only (not persisted). */
export interface SimulatedServices {
  s3: S3Service;
  ebs: EbsService;
  rds: RdsService;
  secretsmanager: SecretsManagerService;
  /** Forgets every stored item (called by kms.reset()). */
  clear(): void;
}

function makeEnvelope(engine: Engine, callRaw: CallRaw, service: string) {
  const items = new Map<string, StoredItem>();
  const via = (region: string) => `${VIA_SERVICE_PREFIX[service]}.${region}.amazonaws.com`;

  async function seal(req: ServiceRequest, id: string, data: Uint8Array, context: Record<string, string>): Promise<StoredItem> {
    const principal = resolvePrincipal(engine, req.accessKeyId ?? engine.accessKeyIdOfRoot);
    let keyId = req.kmsKeyId;
    if (!keyId) keyId = (await ensureAwsManagedKey(engine, principal.accountId, req.region, service)).arn;
    const dk = await callRaw(
      'GenerateDataKey',
      { KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: context },
      { region: req.region, accessKeyId: req.accessKeyId, viaService: via(req.region) },
    );
    const plaintextKey = dk.Plaintext as Uint8Array<ArrayBuffer>;
    const iv = new Uint8Array(12);
    engine.random(iv);
    const aes = await crypto.subtle.importKey('raw', plaintextKey, 'AES-GCM', false, ['encrypt']);
    plaintextKey.fill(0);
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, data as Uint8Array<ArrayBuffer>));
    const item: StoredItem = {
      kmsKeyArn: dk.KeyId as string,
      encryptionContext: context,
      encryptedDataKey: dk.CiphertextBlob as Uint8Array,
      iv,
      ciphertext,
      region: req.region,
    };
    items.set(id, item);
    return item;
  }

  async function open(req: Omit<ServiceRequest, 'kmsKeyId'>, id: string, what: string): Promise<Uint8Array> {
    const item = items.get(id);
    if (!item || item.region !== req.region) throw new Error(`${what} ${id} does not exist in ${req.region}.`);
    const dk = await callRaw(
      'Decrypt',
      { CiphertextBlob: item.encryptedDataKey, EncryptionContext: item.encryptionContext },
      { region: req.region, accessKeyId: req.accessKeyId, viaService: via(req.region) },
    );
    const plaintextKey = dk.Plaintext as Uint8Array<ArrayBuffer>;
    const aes = await crypto.subtle.importKey('raw', plaintextKey, 'AES-GCM', false, ['decrypt']);
    plaintextKey.fill(0);
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: item.iv as Uint8Array<ArrayBuffer> },
        aes,
        item.ciphertext as Uint8Array<ArrayBuffer>,
      ),
    );
  }

  return { items, viaService: via, seal, open };
}

const hexId = (engine: Engine, bytes: number) => {
  const b = new Uint8Array(bytes);
  engine.random(b);

  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
};

/** Builds `kms.services`. */
export function createSimulatedServices(engine: Engine, callRaw: CallRaw): SimulatedServices {
  const s3 = makeEnvelope(engine, callRaw, 's3');
  const ebs = makeEnvelope(engine, callRaw, 'ebs');
  const rds = makeEnvelope(engine, callRaw, 'rds');
  const sm = makeEnvelope(engine, callRaw, 'secretsmanager');
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  return {
    clear() {
      for (const svc of [s3, ebs, rds, sm]) svc.items.clear();
    },
    s3: {
      items: s3.items,
      viaService: s3.viaService,
      async putObject(req) {
        const id = `${req.bucket}/${req.key}`;
        // S3 binds the object ARN as encryption context (SSE-KMS).
        const item = await s3.seal(req, id, req.body, { 'aws:s3:arn': `arn:aws:s3:::${id}` });
        return { ssekmsKeyId: item.kmsKeyArn, item };
      },
      async getObject(req) {
        const id = `${req.bucket}/${req.key}`;
        const body = await s3.open(req, id, 'Object');
        return { body, ssekmsKeyId: s3.items.get(id)!.kmsKeyArn };
      },
    },
    ebs: {
      items: ebs.items,
      viaService: ebs.viaService,
      async createVolume(req) {
        const volumeId = req.volumeId ?? `vol-${hexId(engine, 9).slice(0, 17)}`;
        const item = await ebs.seal(req, volumeId, req.data ?? enc.encode(`data on ${volumeId}`), { 'aws:ebs:id': volumeId });
        return { volumeId, kmsKeyId: item.kmsKeyArn, item };
      },
      async readVolume(req) {
        return { data: await ebs.open(req, req.volumeId, 'Volume') };
      },
    },
    rds: {
      items: rds.items,
      viaService: rds.viaService,
      async createDbInstance(req) {
        const item = await rds.seal(req, req.dbInstanceIdentifier, req.data ?? enc.encode(`rows of ${req.dbInstanceIdentifier}`), {
          'aws:rds:db-id': req.dbInstanceIdentifier,
        });
        return { kmsKeyId: item.kmsKeyArn, item };
      },
      async readDbInstance(req) {
        return { data: await rds.open(req, req.dbInstanceIdentifier, 'DB instance') };
      },
    },
    secretsmanager: {
      items: sm.items,
      viaService: sm.viaService,
      async createSecret(req) {
        const principal = resolvePrincipal(engine, req.accessKeyId ?? engine.accessKeyIdOfRoot);
        const arn = `arn:aws:secretsmanager:${req.region}:${principal.accountId}:secret:${req.name}-${hexId(engine, 3)}`;
        const item = await sm.seal(req, req.name, enc.encode(req.secretString), { SecretARN: arn, SecretVersionId: hexId(engine, 16) });
        return { arn, kmsKeyId: item.kmsKeyArn, item };
      },
      async getSecretValue(req) {
        return { secretString: dec.decode(await sm.open(req, req.name, 'Secret')) };
      },
    },
  };
}
