import { describe, expect, it } from 'vitest';
import {
  CreateKeyCommand,
  DecryptCommand,
  DescribeKeyCommand,
  EncryptCommand,
  GenerateDataKeyCommand,
  KMSClient,
  PutKeyPolicyCommand,
} from '@aws-sdk/client-kms';
import { createKms } from '@/kms/create-kms';
import { createAccessLayer, type AuditEvent, type AuditTrail, type Iam } from '@/kms/access';
import { createMemoryStore } from '@/kms/store/memory-store';
import { ACCOUNT, REGION, clientFor, failure, makeKms, rootClient } from './sdk-fixture';

const secret = 'correct horse battery staple';

/** Every string and binary anywhere inside a value. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (value instanceof Uint8Array) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => leaves(v, out));
  else out.push(value);
  return out;
}

describe('audit trail', () => {
  it('records CloudTrail-shaped events, newest first, with no plaintext, ciphertext or data keys', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const { KeyMetadata } = await root.send(new CreateKeyCommand({ Description: 'audit test' }));
    const keyArn = KeyMetadata!.Arn!;
    const enc = await root.send(
      new EncryptCommand({ KeyId: keyArn, Plaintext: new TextEncoder().encode(secret), EncryptionContext: { Purpose: 'audit' } }),
    );
    const dec = await root.send(new DecryptCommand({ CiphertextBlob: enc.CiphertextBlob, EncryptionContext: { Purpose: 'audit' } }));
    const gdk = await root.send(new GenerateDataKeyCommand({ KeyId: keyArn, KeySpec: 'AES_256' }));

    const events = kms.audit.list();
    expect(events.map((e) => e.eventName)).toEqual(['GenerateDataKey', 'Decrypt', 'Encrypt', 'CreateKey']);
    const [g, d, e, c] = events as [AuditEvent, AuditEvent, AuditEvent, AuditEvent];
    expect(e).toMatchObject({
      eventVersion: '1.08',
      eventSource: 'kms.amazonaws.com',
      eventName: 'Encrypt',
      awsRegion: REGION,
      eventType: 'AwsApiCall',
      readOnly: true,
      recipientAccountId: ACCOUNT,
      requestParameters: { keyId: keyArn, encryptionContext: { Purpose: 'audit' } },
      responseElements: null,
      resources: [{ accountId: ACCOUNT, type: 'AWS::KMS::Key', ARN: keyArn }],
      userIdentity: { type: 'Root', arn: `arn:aws:iam::${ACCOUNT}:root`, accountId: ACCOUNT },
    });
    expect(e.eventTime).toMatch(/^2026-01-15T09:30:\d\dZ$/);
    expect(c.responseElements).toMatchObject({ keyMetadata: { arn: keyArn, description: 'audit test', keyState: 'Enabled' } });
    expect(c.readOnly).toBe(false);
    expect(d.requestParameters).toEqual({ encryptionContext: { Purpose: 'audit' } });

    // Nothing secret anywhere in any event.
    const plainB64 = btoa(secret);
    const toB64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
    const forbidden = [
      secret,
      plainB64,
      toB64(enc.CiphertextBlob!),
      toB64(gdk.Plaintext!),
      toB64(gdk.CiphertextBlob!),
      toB64(dec.Plaintext!),
    ];
    for (const event of [g, d, e, c]) {
      for (const leaf of leaves(event)) {
        expect(leaf).not.toBeInstanceOf(Uint8Array);
        if (typeof leaf === 'string') for (const f of forbidden) expect(leaf.includes(f)).toBe(false);
      }
    }
    const serialised = JSON.stringify(events);
    expect(serialised).not.toContain('plaintext');
    expect(serialised).not.toContain('ciphertextBlob');
  });

  it('records failures: unknown access key, not found, validation, with errorCode and errorMessage', async () => {
    const kms = makeKms();
    const stranger = new KMSClient({
      region: REGION,
      requestHandler: kms.requestHandler,
      credentials: { accessKeyId: 'AKIANOTAREALKEY00000', secretAccessKey: 'x' },
      maxAttempts: 1,
    });
    const err = await failure(stranger.send(new DescribeKeyCommand({ KeyId: 'alias/nothing' })));
    expect(err.name).toBe('UnrecognizedClientException');
    const e = kms.audit.latest()!;
    expect(e).toMatchObject({
      eventName: 'DescribeKey',
      errorCode: 'UnrecognizedClientException',
      errorMessage: 'The security token included in the request is invalid.',
    });
    expect(e.userIdentity).toEqual({ type: 'Unknown', accessKeyId: 'AKIANOTAREALKEY00000' });
    expect(e.accessDecision.allowed).toBeUndefined();
    expect(e.accessDecision.summary).toContain('failed before authorization');

    await failure(rootClient(kms).send(new DescribeKeyCommand({ KeyId: 'alias/nothing' })));
    expect(kms.audit.latest()).toMatchObject({ errorCode: 'NotFoundException' });
    expect(kms.audit.list({ errorsOnly: true })).toHaveLength(2);
    expect(kms.audit.list({ deniedOnly: true })).toHaveLength(0);
  });

  it('is subscribable, filterable and bounded', async () => {
    let t = 0;
    const kms = createKms<Iam, AuditTrail>({ access: (core) => createAccessLayer(core, { maxAuditEvents: 5 }), now: () => (t += 1000) });
    const seen: string[] = [];
    const unsubscribe = kms.audit.subscribe((event) => seen.push(event.eventName));
    const root = rootClient(kms);
    const keyArn = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    for (let i = 0; i < 7; i++) await root.send(new DescribeKeyCommand({ KeyId: keyArn }));
    expect(seen).toEqual(['CreateKey', ...Array(7).fill('DescribeKey')]);
    expect(kms.audit.size).toBe(5);
    expect(kms.audit.list().every((e) => e.eventName === 'DescribeKey')).toBe(true);
    unsubscribe();
    await root.send(new DescribeKeyCommand({ KeyId: keyArn }));
    expect(seen).toHaveLength(8);
    expect(kms.audit.list({ keyArn, limit: 2 })).toHaveLength(2);
    expect(kms.audit.list({ principalArn: 'arn:aws:iam::111122223333:user/none' })).toHaveLength(0);
    // A throwing subscriber does not break requests.
    kms.audit.subscribe(() => {
      throw new Error('boom');
    });
    const original = console.error;
    console.error = () => {};
    try {
      await root.send(new DescribeKeyCommand({ KeyId: keyArn }));
    } finally {
      console.error = original;
    }
  });

  it('persists events, users and grants in the store and restores them on ready()', async () => {
    const store = createMemoryStore();
    const first = createKms<Iam, AuditTrail>({ access: createAccessLayer, store });
    await first.ready();
    const alice = first.iam.createUser({
      userName: 'alice',
      policies: { All: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:*', Resource: '*' }] } },
    });
    const keyArn = (await rootClient(first).send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    await clientFor(first, alice).send(new DescribeKeyCommand({ KeyId: keyArn }));
    await first.call('CreateGrant', { KeyId: keyArn, GranteePrincipal: alice.arn, Operations: ['Encrypt'] }, { region: REGION });
    await first.flush();
    await new Promise((r) => setTimeout(r, 10));

    const second = createKms<Iam, AuditTrail>({ access: createAccessLayer, store });
    await second.ready();
    expect(second.audit.list().map((e) => e.eventName)).toEqual(['CreateGrant', 'DescribeKey', 'CreateKey']);
    const again = await clientFor(second, alice).send(new DescribeKeyCommand({ KeyId: keyArn }));
    expect(again.KeyMetadata?.Arn).toBe(keyArn);
    expect(second.audit.latest()?.userIdentity.userName).toBe('alice');
    const grants = await second.call('ListGrants', { KeyId: keyArn }, { region: REGION });
    expect(grants.Grants?.[0]?.GranteePrincipal).toBe(alice.arn);

    await second.reset();
    expect(second.audit.size).toBe(0);
    expect(second.iam.listIdentities()).toEqual([]);
    expect((await failure(clientFor(second, alice).send(new DescribeKeyCommand({ KeyId: keyArn })))).name).toBe(
      'UnrecognizedClientException',
    );
  });

  it('logs the key policy on PutKeyPolicy (CloudTrail does) and the denial explanation', async () => {
    const kms = makeKms();
    const root = rootClient(kms);
    const keyArn = (await root.send(new CreateKeyCommand({}))).KeyMetadata!.Arn!;
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: ACCOUNT }, Action: 'kms:*', Resource: '*' }],
    });
    await root.send(new PutKeyPolicyCommand({ KeyId: keyArn, PolicyName: 'default', Policy: policy }));
    expect(kms.audit.latest()?.requestParameters).toMatchObject({ keyId: keyArn, policyName: 'default', policy });
  });
});
