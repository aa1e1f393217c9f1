import { describe, expect, it } from 'vitest';
import { explainError } from '@/features/console/error-explanations';

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
