import { describe, expect, it } from 'vitest';
import { cliScript, toCliCommand } from '@/features/console/commands/to-cli';
import { toSdkSnippet } from '@/features/console/commands/to-sdk-snippet';
import { kebabCase, shellQuote } from '@/features/console/commands/shell-quote';

describe('CLI naming and quoting', () => {
  it('names commands and flags as the AWS CLI does', () => {
    expect(kebabCase('GenerateDataKeyWithoutPlaintext')).toBe('generate-data-key-without-plaintext');
    expect(kebabCase('KeyId')).toBe('key-id');
    expect(kebabCase('RotationPeriodInDays')).toBe('rotation-period-in-days');
    expect(kebabCase('GenerateMac')).toBe('generate-mac');
  });

  it('quotes shell-unsafe values so they reach the CLI unchanged', () => {
    expect(shellQuote('alias/my-key')).toBe('alias/my-key');
    expect(shellQuote('it’s a "test"')).toBe(`'it’s a "test"'`);
    expect(shellQuote("o'clock; rm -rf /")).toBe(`'o'\\''clock; rm -rf /'`);
  });
});

describe('toCliCommand', () => {
  it('writes text plaintext to a file and passes it with fileb://', () => {
    const cli = toCliCommand(
      'Encrypt',
      { KeyId: 'alias/app', Plaintext: new TextEncoder().encode('hello kms'), EncryptionContext: { app: 'exam' } },
      'eu-west-1',
    );
    expect(cli.setup).toEqual(["printf '%s' 'hello kms' > plaintext.bin"]);
    expect(cli.command).toContain('aws kms encrypt');
    expect(cli.command).toContain('--key-id alias/app');
    expect(cli.command).toContain('--plaintext fileb://plaintext.bin');
    expect(cli.command).toContain(`--encryption-context '{"app":"exam"}'`);
    expect(cli.command).toContain('--region eu-west-1');
  });

  it('decodes binary input from base64 into the file', () => {
    const blob = new Uint8Array([0, 255, 1, 128]);
    const cli = toCliCommand('Decrypt', { CiphertextBlob: blob }, 'us-east-1');
    expect(cli.setup[0]).toBe("printf '%s' AP8BgA== | base64 --decode > ciphertext-blob.bin");
    expect(cliScript(cli)).toMatch(/base64 --decode[\s\S]*aws kms decrypt/);
  });

  it('renders numbers, booleans and string lists', () => {
    const cli = toCliCommand(
      'CreateGrant',
      { KeyId: 'k', GranteePrincipal: 'arn:aws:iam::111122223333:user/dev', Operations: ['Encrypt', 'Decrypt'] },
      'us-east-1',
    );
    expect(cli.command).toContain('--operations Encrypt Decrypt');
    const rot = toCliCommand('EnableKeyRotation', { KeyId: 'k', RotationPeriodInDays: 180 }, 'us-east-1');
    expect(rot.command).toContain('--rotation-period-in-days 180');
    const key = toCliCommand('CreateKey', { MultiRegion: true, BypassPolicyLockoutSafetyCheck: false }, 'us-east-1');
    expect(key.command).toContain('--multi-region');
    expect(key.command).toContain('--no-bypass-policy-lockout-safety-check');
  });
});

describe('toCliCommand with a timestamp', () => {
  it('passes a Date as ISO 8601, as the CLI takes --valid-to', () => {
    const cli = toCliCommand('ImportKeyMaterial', { KeyId: 'k', ValidTo: new Date(Date.UTC(2027, 0, 1, 12)) }, 'us-east-1');
    expect(cli.command).toContain('--valid-to 2027-01-01T12:00:00Z');
  });
});

describe('toSdkSnippet', () => {
  it('builds the v3 command with the learner’s parameters', () => {
    const code = toSdkSnippet(
      'GenerateDataKey',
      { KeyId: 'alias/app', KeySpec: 'AES_256', EncryptionContext: { 'tenant-id': '42' } },
      'ap-southeast-2',
    );
    expect(code).toContain('import { KMSClient, GenerateDataKeyCommand } from "@aws-sdk/client-kms";');
    expect(code).toContain('new KMSClient({ region: "ap-southeast-2" })');
    expect(code).toContain('KeyId: "alias/app"');
    expect(code).toContain('"tenant-id": "42"');
  });

  it('shows text blobs as strings and binary blobs as base64', () => {
    expect(toSdkSnippet('Encrypt', { Plaintext: new TextEncoder().encode('hi') }, 'us-east-1')).toContain(
      'Plaintext: new TextEncoder().encode("hi")',
    );
    expect(toSdkSnippet('Decrypt', { CiphertextBlob: new Uint8Array([1, 2, 250]) }, 'us-east-1')).toContain(
      'CiphertextBlob: Buffer.from("AQL6", "base64")',
    );
  });
});
