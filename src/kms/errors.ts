/**
 * AWS KMS exceptions as the simulator raises them. The `name` is the AWS exception name (`__type` on
 * the wire), so code can branch on `err.name` exactly as with the real SDK.
 * Messages follow docs/kms-facts.md §9 and §3.4 (quoted from the KMS Developer Guide where AWS publishes them).
 */

/**
 * An error AWS KMS would return. `name` is the exception name, `message` AWS's message (exactly as AWS
 * sends it where known), `httpStatus` the status the wire path sends. KMS Lab's own teaching text goes
 * in `explanation`, never in the message: on the wire it travels as a separate body member,
 * `kmsLabExplanation`, which the SDK copies onto the exception it throws.
 */
export class KmsError extends Error {
  /** AWS exception name, e.g. `NotFoundException`. */
  override readonly name: string;
  /** HTTP status sent on the wire: 400 for client errors, 500 for internal errors (what AWS is observed to send). */
  readonly httpStatus: number;
  /** False when AWS sends no `message` member (InvalidCiphertextException and friends). */
  readonly hasMessage: boolean;
  /** KMS Lab's explanation for learners (what happened, what to do), separate from AWS's message. */
  readonly explanation: string | undefined;

  constructor(name: string, message?: string, httpStatus = 400, explanation?: string) {
    super(message ?? '');
    this.name = name;
    this.httpStatus = httpStatus;
    this.hasMessage = message !== undefined;
    this.explanation = explanation;
  }

  /** The same error with KMS Lab's explanation attached. */
  explained(explanation: string): KmsError {
    return new KmsError(this.name, this.hasMessage ? this.message : undefined, this.httpStatus, explanation);
  }
}

/** True when `e` is a {@link KmsError} (works across bundles by duck typing). */
export function isKmsError(e: unknown): e is KmsError {
  return e instanceof KmsError;
}

/** AWS-style validation message: `1 validation error detected: Value ... at 'field' failed to satisfy constraint: ...`. */
export function validationError(field: string, constraint: string, value?: string | number | null): KmsError {
  const shown = value === undefined ? '' : value === null ? 'null ' : `'${value}' `;
  return new KmsError(
    'ValidationException',
    `1 validation error detected: Value ${shown}at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}

/** Shorthand constructors for the exceptions used across operations. */
export const errors = {
  notFoundKey: (arn: string) => new KmsError('NotFoundException', `Key '${arn}' does not exist`),
  notFoundAlias: (aliasArn: string) => new KmsError('NotFoundException', `Alias ${aliasArn} is not found.`),
  invalidKeyId: (keyId: string) => new KmsError('NotFoundException', `Invalid keyId '${keyId}'`),
  disabled: (arn: string) => new KmsError('DisabledException', `${arn} is disabled.`),
  invalidState: (message: string) => new KmsError('KMSInvalidStateException', message),
  /** AWS sends InvalidCiphertextException with no message. */
  invalidCiphertext: () => new KmsError('InvalidCiphertextException'),
  /** AWS's messages for IncorrectKeyMaterialException are not published; callers pass short, neutral text. */
  incorrectKeyMaterial: (message: string) => new KmsError('IncorrectKeyMaterialException', message),
  incorrectKey: () =>
    new KmsError('IncorrectKeyException', 'The key ID in the request does not identify a CMK that can perform this operation.'),
  invalidKeyUsage: (message: string) => new KmsError('InvalidKeyUsageException', message),
  unsupported: (message: string) => new KmsError('UnsupportedOperationException', message),
  validation: (message: string) => new KmsError('ValidationException', message),
  alreadyExists: (message: string) => new KmsError('AlreadyExistsException', message),
  /** AWS sends NotAuthorizedException (reserved `alias/aws/` names) with an empty message. */
  notAuthorized: () => new KmsError('NotAuthorizedException'),
  limitExceeded: (message: string) => new KmsError('LimitExceededException', message),
  tag: (message: string) => new KmsError('TagException', message),
  malformedPolicy: (message: string) => new KmsError('MalformedPolicyDocumentException', message),
  invalidMarker: () => new KmsError('InvalidMarkerException', 'The marker is not valid.'),
  invalidArn: (message: string) => new KmsError('InvalidArnException', message),
  /** Verify failure: AWS sends no message. */
  invalidSignature: () => new KmsError('KMSInvalidSignatureException'),
  /** VerifyMac failure: AWS sends no message. */
  invalidMac: () => new KmsError('KMSInvalidMacException'),
  accessDenied: (message: string) => new KmsError('AccessDeniedException', message),
  unrecognizedClient: () => new KmsError('UnrecognizedClientException', 'The security token included in the request is invalid.'),
  unknownOperation: () => new KmsError('UnknownOperationException'),
  serialization: (message: string) => new KmsError('SerializationException', message),
  internal: (message: string) => new KmsError('KMSInternalException', message, 500),
  dryRun: () => new KmsError('DryRunOperationException', 'The request would have succeeded, but the DryRun option is set.'),
};
