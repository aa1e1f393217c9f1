import { EnvelopeError } from './errors';

/**
 * Turns a KMS failure (an SDK exception or a simulator KmsError: anything with the AWS exception
 * `name`) into an {@link EnvelopeError} naming the problem. Branches on `name`, not `instanceof`,
 * because the SDK throws AccessDeniedException as a plain KMSServiceException.
 * Error names: https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html#API_Decrypt_Errors
 *
 * @param err - what the provider threw
 * @param operation - the KMS operation that failed, for the message
 * @param contextDiffers - Decrypt only: whether the caller's encryption context differs from the one in the header
 */
export function kmsFailure(err: unknown, operation: 'GenerateDataKey' | 'Decrypt', contextDiffers = false): EnvelopeError {
  if (err instanceof EnvelopeError) return err;
  const name = err instanceof Error ? err.name : 'UnknownError';
  const raw = err instanceof Error ? err.message : String(err);
  // The SDK shows "UnknownError" where AWS sends no message (InvalidCiphertextException).
  const kmsMessage = raw && raw !== 'UnknownError' ? raw : '';
  const said = kmsMessage ? ` KMS said: "${kmsMessage}"` : '';
  const details = { kmsErrorName: name, kmsMessage };
  const action = operation === 'Decrypt' ? 'kms:Decrypt' : 'kms:GenerateDataKey';
  switch (name) {
    case 'InvalidCiphertextException':
      return contextDiffers
        ? new EnvelopeError(
            'wrong-encryption-context',
            'Wrong encryption context: KMS refused to decrypt the data key (InvalidCiphertextException) because the encryption context you gave is not the one it was encrypted with. Keys and values must match exactly, including case.',
            details,
          )
        : new EnvelopeError(
            'wrapped-key-rejected',
            "KMS refused to decrypt the wrapped data key (InvalidCiphertextException): the wrapped key or the encryption context stored in this file's header was changed. The file cannot be decrypted.",
            details,
          );
    case 'DisabledException':
      return new EnvelopeError(
        'key-disabled',
        `The KMS key is disabled (DisabledException), so KMS will not ${operation === 'Decrypt' ? 'decrypt the data key' : 'generate a data key'}. Enable the key in the KMS console, then try again.${said}`,
        details,
      );
    case 'KMSInvalidStateException': {
      const pending = /pending ?deletion/i.test(kmsMessage);
      return new EnvelopeError(
        'key-unavailable',
        pending
          ? `The KMS key is pending deletion (KMSInvalidStateException): KMS refuses every cryptographic operation with it. Cancel the key deletion in the KMS console to use it again.${said}`
          : `The KMS key is not in a state that allows ${operation} (KMSInvalidStateException).${said}`,
        details,
      );
    }
    case 'NotFoundException':
      return new EnvelopeError(
        'key-not-found',
        `The KMS key does not exist in this account and Region (NotFoundException). It may have been deleted, or the file was encrypted in another Region.${said}`,
        details,
      );
    case 'InvalidKeyUsageException':
      return new EnvelopeError(
        'wrong-key-type',
        `This KMS key cannot make data keys (InvalidKeyUsageException): GenerateDataKey needs a symmetric encryption key (SYMMETRIC_DEFAULT, ENCRYPT_DECRYPT).${said}`,
        details,
      );
    case 'AccessDeniedException':
      // Decrypt answers this way when the blob names a key it cannot find here (AWS does the same).
      if (/does not exist/i.test(kmsMessage)) {
        return new EnvelopeError(
          'key-not-found',
          `KMS cannot find the KMS key that wrapped this file's data key in this Region (AccessDeniedException): it may be in another Region or account, or deleted. Switch to the Region the file was encrypted in.${said}`,
          details,
        );
      }
      return new EnvelopeError(
        'access-denied',
        `Access denied: the signed-in principal is not allowed ${action} on this key (AccessDeniedException). Use a principal whose key policy or IAM policy allows ${action}.${said}`,
        details,
      );
    default:
      return new EnvelopeError('kms-error', `KMS ${operation} failed with ${name}.${said}`, details);
  }
}
