/** Starting points for identity policies, each showing one idea the exams test. */
export const POLICY_TEMPLATES: { id: string; label: string; document: object | null }[] = [
  { id: 'none', label: 'No policy (everything implicitly denied)', document: null },
  {
    id: 'encrypt-only',
    label: 'Encrypt only (kms:Encrypt, not kms:Decrypt)',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EncryptOnly',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:DescribeKey', 'kms:ListKeys', 'kms:ListAliases'],
          Resource: '*',
        },
      ],
    },
  },
  {
    id: 'decrypt-only',
    label: 'Decrypt only',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DecryptOnly',
          Effect: 'Allow',
          Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:ListKeys', 'kms:ListAliases'],
          Resource: '*',
        },
      ],
    },
  },
  {
    id: 'envelope',
    label: 'Envelope encryption (GenerateDataKey* and Decrypt)',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DataKeys',
          Effect: 'Allow',
          Action: ['kms:GenerateDataKey*', 'kms:Decrypt', 'kms:DescribeKey', 'kms:ListKeys', 'kms:ListAliases'],
          Resource: '*',
        },
      ],
    },
  },
  {
    id: 'via-s3',
    label: 'Use keys only through S3 (kms:ViaService)',
    document: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'OnlyViaS3',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          Resource: '*',
          Condition: { StringLike: { 'kms:ViaService': 's3.*.amazonaws.com' } },
        },
        { Sid: 'SeeKeys', Effect: 'Allow', Action: ['kms:ListKeys', 'kms:ListAliases'], Resource: '*' },
      ],
    },
  },
  {
    id: 'admin-deny-decrypt',
    label: 'Full KMS access, but an explicit Deny on Decrypt',
    document: {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AllKms', Effect: 'Allow', Action: 'kms:*', Resource: '*' },
        { Sid: 'NeverDecrypt', Effect: 'Deny', Action: 'kms:Decrypt', Resource: '*' },
      ],
    },
  },
  {
    id: 'full',
    label: 'Full KMS access (kms:*)',
    document: { Version: '2012-10-17', Statement: [{ Sid: 'AllKms', Effect: 'Allow', Action: 'kms:*', Resource: '*' }] },
  },
];
