import { describe, expect, it } from 'vitest';
import { explainError } from '@/features/console/error-explanations';
import { CIPHERTEXT_REGION_RULE } from '@/kms';

describe('explainError', () => {
  it('explains the 4 KB limit and points to envelope encryption', () => {
    const e = explainError(
      'ValidationException',
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
      'Encrypt',
    );
    expect(e.title).toMatch(/4,096 bytes/);
    expect(e.fix).toMatch(/GenerateDataKey/);
    expect(e.docUrl).toBe('https://docs.aws.amazon.com/kms/latest/APIReference/API_Encrypt.html');
  });

  it('tells an explicit deny from an implicit one', () => {
    const explicit = explainError(
      'AccessDeniedException',
      'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/x with an explicit deny in a resource-based policy',
    );
    const implicit = explainError(
      'AccessDeniedException',
      'User: arn:aws:iam::111122223333:user/dev is not authorized to perform: kms:Decrypt on resource: arn:aws:kms:us-east-1:111122223333:key/x because no identity-based policy allows the kms:Decrypt action',
    );
    expect(explicit.title).toMatch(/explicit Deny/);
    expect(implicit.title).not.toMatch(/explicit/i);
    expect(implicit.why).toMatch(/kms:Encrypt and kms:Decrypt are separate/);
  });

  it('gives one Region explanation for a ciphertext whose key is not in this Region, matching the simulator', () => {
    const e = explainError(
      'AccessDeniedException',
      'The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access.',
      'Decrypt',
    );
    expect(e.why).toBe(CIPHERTEXT_REGION_RULE);
    expect(e.why).toMatch(/Region is part of a KMS key's identity/);
    expect(e.fix).toMatch(/multi-Region key/);
    // InvalidCiphertextException is about the bytes and the context, not the Region.
    expect(explainError('InvalidCiphertextException', '').fix).not.toMatch(/Region/);
  });

  it('explains the reserved alias/aws/ prefix and alias-name ValidationExceptions', () => {
    expect(explainError('NotAuthorizedException', '', 'CreateAlias').why).toMatch(/reserved for AWS managed keys/);
    expect(explainError('ValidationException', 'alias/my:alias contains invalid characters for an alias', 'CreateAlias').title).toMatch(
      /alias name/,
    );
  });

  it('says a cancelled deletion leaves the key disabled', () => {
    const e = explainError('KMSInvalidStateException', 'arn:aws:kms:us-east-1:111122223333:key/x is pending deletion.');
    expect(e.fix).toMatch(/comes back Disabled/);
  });

  it('gives every explanation a documentation link on docs.aws.amazon.com', () => {
    for (const name of ['DisabledException', 'NotFoundException', 'InvalidCiphertextException', 'Whatever']) {
      expect(explainError(name, '').docUrl).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/kms\//);
    }
  });

  it('never leaves an unknown exception unexplained', () => {
    const e = explainError('SomethingNewException', 'new');
    expect(e.title).toContain('SomethingNewException');
    expect(e.fix.length).toBeGreaterThan(10);
  });
});
