/** Key specs the simulator supports, with the key usages each allows (AWS's KeySpec -> KeyUsage table). */
export const KEY_SPEC_OPTIONS = [
  { spec: 'SYMMETRIC_DEFAULT', usages: ['ENCRYPT_DECRYPT'], label: 'Symmetric encryption (AES-256-GCM)' },
  { spec: 'RSA_2048', usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], label: 'RSA 2048' },
  { spec: 'RSA_3072', usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], label: 'RSA 3072' },
  { spec: 'RSA_4096', usages: ['ENCRYPT_DECRYPT', 'SIGN_VERIFY'], label: 'RSA 4096' },
  { spec: 'ECC_NIST_P256', usages: ['SIGN_VERIFY'], label: 'ECC NIST P-256' },
  { spec: 'ECC_NIST_P384', usages: ['SIGN_VERIFY'], label: 'ECC NIST P-384' },
  { spec: 'ECC_NIST_P521', usages: ['SIGN_VERIFY'], label: 'ECC NIST P-521' },
  { spec: 'ECC_SECG_P256K1', usages: ['SIGN_VERIFY'], label: 'ECC SECG P-256K1 (secp256k1)' },
  { spec: 'HMAC_224', usages: ['GENERATE_VERIFY_MAC'], label: 'HMAC 224' },
  { spec: 'HMAC_256', usages: ['GENERATE_VERIFY_MAC'], label: 'HMAC 256' },
  { spec: 'HMAC_384', usages: ['GENERATE_VERIFY_MAC'], label: 'HMAC 384' },
  { spec: 'HMAC_512', usages: ['GENERATE_VERIFY_MAC'], label: 'HMAC 512' },
] as const;
