/** The AWS JSON 1.1 wire path as the SDK sees it: region from the hostname, caller from SigV4, error bodies. */
import { describe, expect, it } from 'vitest';
import { CreateKeyCommand, EncryptCommand, KMSServiceException, ListKeysCommand, NotFoundException } from '@aws-sdk/client-kms';
import { ROOT_ACCESS_KEY_ID } from '@/kms';
import { failure, setup, utf8 } from './helpers';

const json = (body: Uint8Array) => JSON.parse(new TextDecoder().decode(body));

function request(target: string, body: unknown, opts: { host?: string; accessKeyId?: string } = {}) {
  return {
    hostname: opts.host ?? 'kms.us-east-1.amazonaws.com',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `TrentService.${target}`,
      authorization: `AWS4-HMAC-SHA256 Credential=${opts.accessKeyId ?? ROOT_ACCESS_KEY_ID}/20260101/us-east-1/kms/aws4_request, SignedHeaders=host, Signature=abc`,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  };
}

describe('wire protocol', () => {
  it('unknown access key ids are rejected as AWS does (400 UnrecognizedClientException)', async () => {
    const { client } = setup();
    const err = await failure(client('us-east-1', 'AKIAUNKNOWN000000000').send(new ListKeysCommand({})));
    expect(err).toBeInstanceOf(KMSServiceException);
    expect(err.name).toBe('UnrecognizedClientException');
    expect(err.message).toBe('The security token included in the request is invalid.');
    expect(err.$metadata!.httpStatusCode).toBe(400);
  });

  it('success: base64 blobs, epoch-second dates, key ARN; the region comes from the hostname', async () => {
    const { kms } = setup();
    const created = await kms.requestHandler.handle(request('CreateKey', {}, { host: 'kms.ap-northeast-1.amazonaws.com' }));
    expect(created.response.statusCode).toBe(200);
    expect(created.response.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(created.response.headers['x-amzn-requestid']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const md = json(created.response.body).KeyMetadata;
    expect(typeof md.CreationDate).toBe('number');
    expect(md.CreationDate).toBe(Date.UTC(2026, 0, 1) / 1000);
    expect(md.Arn).toContain(':ap-northeast-1:');
    const enc = await kms.requestHandler.handle(
      request('Encrypt', { KeyId: md.KeyId, Plaintext: 'aGVsbG8=' }, { host: 'kms.ap-northeast-1.amazonaws.com' }),
    );
    const out = json(enc.response.body);
    expect(typeof out.CiphertextBlob).toBe('string');
    expect(atob(out.CiphertextBlob).slice(0, 2)).toBe('KL');
    const dec = await kms.requestHandler.handle(
      request('Decrypt', { CiphertextBlob: out.CiphertextBlob }, { host: 'kms.ap-northeast-1.amazonaws.com' }),
    );
    expect(json(dec.response.body).Plaintext).toBe('aGVsbG8=');
  });

  it('errors: 400 with __type and message; no message member where AWS sends none', async () => {
    const { kms } = setup();
    const nf = await kms.requestHandler.handle(request('DescribeKey', { KeyId: 'alias/none' }));
    expect(nf.response.statusCode).toBe(400);
    expect(json(nf.response.body)).toEqual({
      __type: 'NotFoundException',
      message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/none is not found.',
    });
    const bad = await kms.requestHandler.handle(request('Decrypt', { CiphertextBlob: 'AAAA' }));
    expect(json(bad.response.body)).toEqual({ __type: 'InvalidCiphertextException' });
    const junk = await kms.requestHandler.handle(request('Decrypt', '{not json'));
    expect(json(junk.response.body).__type).toBe('SerializationException');
    const b64 = await kms.requestHandler.handle(request('Encrypt', { KeyId: 'x', Plaintext: '***' }));
    expect(json(b64.response.body).__type).toBe('SerializationException');
    const unknown = await kms.requestHandler.handle(request('DeriveSharedSecret', {}));
    expect(json(unknown.response.body).__type).toBe('UnknownOperationException');
  });

  it("the SDK throws typed exceptions with AWS's names", async () => {
    const { client } = setup();
    const c = client();
    const err = await failure(c.send(new EncryptCommand({ KeyId: 'alias/none', Plaintext: utf8('x') })));
    expect(err).toBeInstanceOf(NotFoundException);
    expect(err.$metadata!.httpStatusCode).toBe(400);
    const md = (await c.send(new CreateKeyCommand({}))).KeyMetadata!;
    expect(md.CreationDate).toBeInstanceOf(Date);
  });
});
