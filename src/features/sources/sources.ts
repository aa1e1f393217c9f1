/** Where KMS Lab's facts come from. Every simulator rule and every question cites one of these. */
export interface Source {
  title: string;
  url: string;
  usedFor: string;
}

export const SOURCES: readonly Source[] = [
  {
    title: 'AWS KMS API Reference',
    url: 'https://docs.aws.amazon.com/kms/latest/APIReference/Welcome.html',
    usedFor:
      'Operation names, request and response fields, limits (4,096-byte Encrypt, 1,024-byte data keys) and exception names the simulator returns.',
  },
  {
    title: 'AWS KMS Developer Guide',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/overview.html',
    usedFor: 'Key types, key states, rotation, aliases, multi-Region keys, key policies, grants and encryption context.',
  },
  {
    title: 'AWS KMS Cryptographic Details',
    url: 'https://docs.aws.amazon.com/kms/latest/cryptographic-details/intro.html',
    usedFor: 'How HSM backing keys, AES-256-GCM and the ciphertext header work; why Decrypt needs no key id.',
  },
  {
    title: 'Rotating AWS KMS keys',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    usedFor: 'Rotation periods (90 to 2,560 days since April 2024), on-demand rotation, AWS managed keys rotating yearly since May 2022.',
  },
  {
    title: 'Key policies in AWS KMS',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    usedFor: 'The default key policy, policy evaluation and condition keys such as kms:ViaService.',
  },
  {
    title: 'AWS KMS quotas',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/limits.html',
    usedFor: 'Resource and request quotas, throttling.',
  },
  {
    title: 'AWS KMS pricing',
    url: 'https://aws.amazon.com/kms/pricing/',
    usedFor: 'Cost facts used in questions.',
  },
];
