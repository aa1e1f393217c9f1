/**
 * The audit trail keeps a compact, redacted record per request and builds the CloudTrail-shaped event
 * when it is read. These tests pin what that must not change: nothing secret is ever held or stored
 * (not even in the compact record), the record is a snapshot taken at request time, and the access
 * decision explanations are as complete as before, also after a reload from the store.
 */
import { describe, expect, it } from 'vitest';
import { createKms } from '@/kms/create-kms';
import { createAccessLayer, type AuditEvent, type AuditTrail, type Iam } from '@/kms/access';
import { createSeededRandom } from '@/kms/random';
import { createMemoryStore } from '@/kms/store/memory-store';
import type { KmsStore } from '@/kms/store/types';

const ACCOUNT = '111122223333';
const R = { region: 'us-east-1' };
const SECRET = 'correct horse battery staple';

function makeKms(store: KmsStore = createMemoryStore()) {
  let t = Date.UTC(2026, 0, 15, 9, 30);
  return createKms<Iam, AuditTrail>({
    access: (core) => createAccessLayer(core),
    now: () => (t += 1000),
    random: createSeededRandom('audit-record'),
    store,
  });
}

/** Every leaf (string, number, binary, ...) anywhere inside a value. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => leaves(v, out));
  else out.push(value);
  return out;
}

/** Every member name anywhere inside a value. */
function memberNames(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => memberNames(v, out));
  else if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      memberNames(v, out);
    }
  }
  return out;
}

const b64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

describe('audit records', () => {
  it('hold and store no plaintext, ciphertext, key material or grant token, for every kind of request', async () => {
    const store = createMemoryStore();
    const kms = makeKms(store);
    const plaintext = new TextEncoder().encode(SECRET);
    const key = (await kms.call('CreateKey', {}, R)).KeyMetadata!;
    const enc = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: plaintext, EncryptionContext: { app: 'audit' } }, R);
    const dec = await kms.call('Decrypt', { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'audit' } }, R);
    const re = await kms.call(
      'ReEncrypt',
      { CiphertextBlob: enc.CiphertextBlob!, SourceEncryptionContext: { app: 'audit' }, DestinationKeyId: key.KeyId! },
      R,
    );
    const gdk = await kms.call('GenerateDataKey', { KeyId: key.KeyId!, KeySpec: 'AES_256' }, R);
    const pair = await kms.call('GenerateDataKeyPair', { KeyId: key.KeyId!, KeyPairSpec: 'ECC_NIST_P256' }, R);
    const random = await kms.call('GenerateRandom', { NumberOfBytes: 32 }, R);
    const macKey = (await kms.call('CreateKey', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }, R)).KeyMetadata!;
    const mac = await kms.call('GenerateMac', { KeyId: macKey.KeyId!, Message: plaintext, MacAlgorithm: 'HMAC_SHA_256' }, R);
    await kms.call('VerifyMac', { KeyId: macKey.KeyId!, Message: plaintext, MacAlgorithm: 'HMAC_SHA_256', Mac: mac.Mac! }, R);
    const bob = kms.iam.createUser({ userName: 'bob' });
    const grant = await kms.call('CreateGrant', { KeyId: key.Arn!, GranteePrincipal: bob.arn, Operations: ['Decrypt'] }, R);
    await kms.call(
      'Decrypt',
      { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'audit' }, GrantTokens: [grant.GrantToken!] },
      { ...R, accessKeyId: bob.accessKeyId },
    );
    // A caller passing a secret member as a string (not bytes) is redacted by name too.
    await kms.callRaw('Encrypt', { KeyId: key.KeyId!, Plaintext: SECRET }, R).catch(() => undefined);
    await kms.call('RetireGrant', { GrantToken: grant.GrantToken! }, R);
    await kms.flush();

    const binaries = [
      plaintext,
      enc.CiphertextBlob!,
      dec.Plaintext!,
      re.CiphertextBlob!,
      gdk.Plaintext!,
      gdk.CiphertextBlob!,
      pair.PrivateKeyPlaintext!,
      pair.PrivateKeyCiphertextBlob!,
      pair.PublicKey!,
      random.Plaintext!,
      mac.Mac!,
    ];
    const forbidden = [SECRET, grant.GrantToken!, ...binaries.flatMap((b) => [b64(b), hex(b)])];
    // The store keeps the trail in pages (arrays of records).
    const stored = (await store.getAll('audit')).flatMap((r) => r.value as unknown[]);
    const events = kms.audit.list();
    expect(stored).toHaveLength(14);
    expect(events).toHaveLength(14);
    for (const [what, value] of [
      ['stored records', stored],
      ['events', events],
    ] as const) {
      for (const leaf of leaves(value)) {
        expect(leaf, what).not.toBeInstanceOf(Uint8Array);
        expect(leaf, what).not.toBeInstanceOf(ArrayBuffer);
        if (typeof leaf === 'string') for (const f of forbidden) expect(leaf.includes(f), `${what}: ${leaf}`).toBe(false);
      }
      const names = memberNames(value).map((n) => n.toLowerCase());
      for (const secretName of [
        'plaintext',
        'ciphertextblob',
        'privatekeyplaintext',
        'privatekeyciphertextblob',
        'publickey',
        'mac',
        'granttoken',
        'granttokens',
      ]) {
        expect(names, `${what} has a member ${secretName}`).not.toContain(secretName);
      }
    }
    // What is kept is still useful: key, context, grant ID, lengths the caller asked for.
    const byName = (n: string) => events.find((e) => e.eventName === n)!;
    expect(byName('GenerateDataKey').requestParameters).toEqual({ keyId: key.KeyId, keySpec: 'AES_256' });
    expect(byName('GenerateRandom').requestParameters).toEqual({ numberOfBytes: 32 });
    expect(byName('CreateGrant').responseElements).toEqual({ grantId: grant.GrantId });
    expect(byName('ReEncrypt').requestParameters).toEqual({ sourceEncryptionContext: { app: 'audit' }, destinationKeyId: key.KeyId });
  });

  it("are a snapshot taken at request time: changing the caller's input afterwards changes nothing", async () => {
    const kms = makeKms();
    const key = (await kms.call('CreateKey', {}, R)).KeyMetadata!;
    const context: Record<string, string> = { app: 'billing' };
    const input = { KeyId: key.KeyId!, Plaintext: new Uint8Array(8), EncryptionContext: context };
    await kms.call('Encrypt', input, R);
    context.app = 'changed';
    context.extra = 'added';
    input.KeyId = 'alias/other';
    expect(kms.audit.latest()!.requestParameters).toEqual({ keyId: key.KeyId, encryptionContext: { app: 'billing' } });
  });

  it('keep every explanation: allowed by root, by key policy and IAM, by grant, denied with the failed condition', async () => {
    const store = createMemoryStore();
    const kms = makeKms(store);
    const key = (await kms.call('CreateKey', {}, R)).KeyMetadata!;
    const alice = kms.iam.createUser({
      userName: 'alice',
      policies: {
        Billing: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'Billing',
              Effect: 'Allow',
              Action: 'kms:Encrypt',
              Resource: '*',
              Condition: { StringEquals: { 'kms:EncryptionContext:app': 'billing' } },
            },
          ],
        },
      },
    });
    const bob = kms.iam.createUser({ userName: 'bob' });
    const A = { ...R, accessKeyId: alice.accessKeyId };
    const enc = await kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: new Uint8Array(4), EncryptionContext: { app: 'billing' } }, A);
    await expect(
      kms.call('Encrypt', { KeyId: key.KeyId!, Plaintext: new Uint8Array(4), EncryptionContext: { app: 'hr' } }, A),
    ).rejects.toThrow(/not authorized/);
    const grant = await kms.call('CreateGrant', { KeyId: key.Arn!, GranteePrincipal: bob.arn, Operations: ['Decrypt'], Name: 'reader' }, R);
    await kms.call(
      'Decrypt',
      { CiphertextBlob: enc.CiphertextBlob!, EncryptionContext: { app: 'billing' } },
      { ...R, accessKeyId: bob.accessKeyId },
    );

    const [grantUse, createGrant, denied, allowed, createKey] = kms.audit.list() as [
      AuditEvent,
      AuditEvent,
      AuditEvent,
      AuditEvent,
      AuditEvent,
    ];
    const keyStatement = 'statement 1 (Sid "Enable IAM User Permissions") of the key policy';
    expect(createKey.accessDecision).toEqual({
      allowed: true,
      summary: `Allowed: kms:CreateKey on * is controlled by IAM only, and the root user of account ${ACCOUNT} has every IAM permission.`,
      checks: [
        {
          action: 'kms:CreateKey',
          resource: '*',
          allowed: true,
          outcome: 'allowed-by-root',
          explanation: expect.any(String),
          allowedBy: [],
          deniedBy: [],
          notes: [],
        },
      ],
    });
    expect(createGrant.accessDecision.checks[0]).toMatchObject({
      outcome: 'allowed-by-root',
      allowedBy: [keyStatement],
      explanation: `Allowed by ${keyStatement}: it names the account, and the caller is the account's root user.`,
    });
    expect(allowed.accessDecision.checks).toEqual([
      {
        action: 'kms:Encrypt',
        resource: key.Arn,
        allowed: true,
        outcome: 'allowed-by-key-policy-and-iam',
        explanation: `Allowed: ${keyStatement} lets the account use IAM policies, and statement 1 (Sid "Billing") of identity policy "Billing" allows kms:Encrypt.`,
        allowedBy: [keyStatement, 'statement 1 (Sid "Billing") of identity policy "Billing"'],
        deniedBy: [],
        notes: [],
      },
    ]);
    const near =
      'statement 1 (Sid "Billing") of identity policy "Billing" would allow this, but its condition is not met: StringEquals kms:EncryptionContext:app "billing" (the request has "hr")';
    expect(denied).toMatchObject({
      errorCode: 'AccessDeniedException',
      errorMessage: `User: ${alice.arn} is not authorized to perform: kms:Encrypt on resource: ${key.Arn} because no identity-based policy allows the kms:Encrypt action`,
      accessDecision: {
        allowed: false,
        summary: `Denied: ${keyStatement} lets the account delegate with IAM, but no identity policy of ${alice.arn} allows kms:Encrypt on this key. Close: ${near}.`,
        checks: [{ outcome: 'implicit-deny', allowedBy: [], deniedBy: [], notes: [near] }],
      },
    });
    expect(grantUse.accessDecision.checks[0]).toMatchObject({
      outcome: 'allowed-by-grant',
      grantId: grant.GrantId,
      allowedBy: [`grant "reader" ${grant.GrantId}`],
      explanation: `Allowed by grant "reader" ${grant.GrantId}, which gives ${bob.arn} Decrypt on this key.`,
    });
    expect(grantUse.userIdentity).toMatchObject({ type: 'IAMUser', userName: 'bob', arn: bob.arn });

    // Read back from the store by a fresh instance: the same events, field for field (IDs included).
    await kms.flush();
    const again = makeKms(store);
    await again.ready();
    expect(again.audit.list()).toEqual(kms.audit.list());
    expect(new Set(kms.audit.list().map((e) => e.eventId)).size).toBe(5);
    // New events after the reload continue the ID sequence: every ID unique across sessions.
    await again.call('ListKeys', {}, R);
    await again.call('ListKeys', {}, R);
    const ids = again.audit.list().map((e) => e.eventId);
    const requestIds = again.audit.list().map((e) => e.requestID);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(new Set(requestIds).size).toBe(7);
    await again.flush();
    const third = makeKms(store);
    await third.ready();
    expect(third.audit.list().map((e) => e.eventId)).toEqual(ids);
  });

  it('builds each event once: list, latest and subscribers see the same object', async () => {
    const kms = makeKms();
    const seen: AuditEvent[] = [];
    kms.audit.subscribe((e) => seen.push(e));
    await kms.call('CreateKey', {}, R);
    await kms.call('ListKeys', {}, R);
    expect(kms.audit.list()[0]).toBe(kms.audit.latest());
    expect(kms.audit.list()).toEqual([seen[1], seen[0]]);
    expect(kms.audit.list()[1]).toBe(seen[0]);
  });

  it('persist in a bounded number of store rows, and reload the same events across page boundaries', async () => {
    // Copies values on write, as IndexedDB does: what is stored is what was written, not a live array.
    const memory = createMemoryStore();
    const store: KmsStore = { ...memory, put: (c, id, value) => memory.put(c, id, structuredClone(value)) };
    const tick = () => new Promise((r) => setTimeout(r, 80)); // the page being filled is written within 50 ms
    let t = Date.UTC(2026, 0, 15, 9, 30);
    const make = () =>
      createKms<Iam, AuditTrail>({ access: (core) => createAccessLayer(core, { maxAuditEvents: 30 }), now: () => (t += 1000), store });
    const times = (kms: ReturnType<typeof make>) => kms.audit.list().map((e) => e.eventTime);
    const storedItems = async () => {
      const rows = await store.getAll('audit');
      for (const r of rows) expect(r.id).toMatch(/^page-\d{12}$/);
      return rows.flatMap((r) => r.value as unknown[]).length;
    };
    const first = make();
    await first.ready();
    for (let i = 0; i < 70; i++) await first.call('ListKeys', {}, R);
    await tick();
    expect(first.audit.size).toBe(30);
    const expected = times(first);
    expect(new Set(expected).size).toBe(30);
    // Rows are deleted once none of their events is held: at most one page beyond the 30 held.
    expect(await storedItems()).toBeGreaterThanOrEqual(30);
    expect(await storedItems()).toBeLessThan(30 + 25);

    const second = make();
    await second.ready();
    expect(times(second)).toEqual(expected);
    for (let i = 0; i < 41; i++) await second.call('ListKeys', {}, R);
    await tick();
    const after = times(second);
    expect(after).toHaveLength(30);
    // 41 newer events pushed every reloaded one out, newest first.
    expect(after.filter((x) => expected.includes(x))).toEqual([]);
    expect([...after].sort().reverse()).toEqual(after);
    expect(await storedItems()).toBeLessThan(30 + 25);

    const third = make();
    await third.ready();
    expect(times(third)).toEqual(after);
    // The principal is the same object in every event of one instance; after a round trip through a
    // copying store it is equal, not identical: compare as data.
    expect(JSON.parse(JSON.stringify(third.audit.list()))).toEqual(JSON.parse(JSON.stringify(second.audit.list())));
    await third.audit.clear();
    expect(await store.getAll('audit')).toEqual([]);
    await third.call('ListKeys', {}, R);
    await third.call('ListKeys', {}, R);
    await tick();
    expect(third.audit.size).toBe(2);
    expect(await storedItems()).toBe(2);
  });

  it('still loads full events stored by earlier versions of the app', async () => {
    const store = createMemoryStore();
    const first = makeKms(store);
    await first.call('CreateKey', {}, R);
    const legacy = first.audit.latest()!;
    await store.put('audit', '000000000000', structuredClone(legacy));
    const loaded = makeKms(store);
    await loaded.ready();
    await loaded.call('ListKeys', {}, R);
    expect(loaded.audit.list().map((e) => e.eventName)).toEqual(['ListKeys', 'CreateKey', 'CreateKey']);
    expect(loaded.audit.list({ eventName: 'CreateKey' })[1]).toEqual(legacy);
  });

  it("a Decrypt in the wrong Region: the access decision gives the one Region explanation, AWS's message stays AWS's", async () => {
    const kms = makeKms();
    const key = (await kms.call('CreateKey', {}, R)).KeyMetadata!;
    const { CiphertextBlob } = await kms.call('Encrypt', { KeyId: key.KeyId, Plaintext: new TextEncoder().encode('x') }, R);
    await expect(kms.call('Decrypt', { CiphertextBlob }, { region: 'eu-west-1' })).rejects.toThrow(/does not exist in this region/);
    const event = kms.audit.latest()!;
    expect(event.errorMessage).toBe(
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
    );
    expect(event.accessDecision.summary).toContain(`key ${key.KeyId}, which exists in us-east-1 but not in eu-west-1`);
    expect(event.accessDecision.summary).toContain("The Region is part of a KMS key's identity");
  });
});
