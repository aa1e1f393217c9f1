import { catalogEntry } from '../catalog';
import type { LabCondition, LabDefinition } from '../model';
import { probe } from '../probe';
import { condition, keyByAlias, learnerEvents, principalNamed, succeeded, text, touches } from '../queries';
import { allowPolicy } from '../setup-helpers';
import type { LabSnapshot } from '../snapshot';

const ALIAS = 'alias/release-signing';

function check(s: LabSnapshot): LabCondition[] {
  const key = keyByAlias(s, ALIAS);
  const bot = principalNamed(s, 'release-bot');
  const verifier = principalNamed(s, 'verifier');
  const mine = learnerEvents(s).filter((e) => touches(e, key) && succeeded(e));
  const signed = mine.find((e) => e.name === 'Sign' && !!bot && e.callerPolicyArn === bot.arn);
  const verified =
    signed && mine.find((e) => e.name === 'Verify' && e.time >= signed.time && !!verifier && e.callerPolicyArn === verifier.arn);
  const eccOk = !!key && key.keyUsage === 'SIGN_VERIFY' && key.keySpec.startsWith('ECC_') && key.state === 'Enabled';
  const verifierSigns = key && verifier?.caller ? probe(s, { caller: verifier.caller, action: 'kms:Sign', key }) : undefined;
  const missingPeople = 'A user of the starting state (release-bot or verifier) is gone; reset the lab.';

  return [
    condition(
      'ecc-key',
      `${ALIAS} is an enabled ECC signing key`,
      eccOk,
      `${ALIAS} is an ${key?.keySpec ?? ''} key for SIGN_VERIFY.`,
      !key
        ? `There is no ${ALIAS} in us-east-1 yet. Create an asymmetric key with an ECC key spec (ECC_NIST_P256, for example) and usage SIGN_VERIFY, with that alias.`
        : key.keyUsage !== 'SIGN_VERIFY'
          ? `${ALIAS} points at a ${key.keySpec} key for ${key.keyUsage}; signing needs a SIGN_VERIFY key.`
          : !key.keySpec.startsWith('ECC_')
            ? `${ALIAS} is ${key.keySpec}, an RSA key. The release process asks for ECDSA: choose an ECC key spec.`
            : `${ALIAS} is ${key.state}; enable it.`,
    ),
    condition(
      'signed',
      'release-bot has signed the manifest with it',
      !!signed,
      `release-bot signed with ${text(signed?.request?.signingAlgorithm) || 'ECDSA'}.`,
      bot ? `Act as release-bot and Sign the manifest with ${ALIAS} (an ECDSA_SHA_* algorithm).` : missingPeople,
    ),
    condition(
      'verified',
      'verifier has verified that signature',
      !!verified,
      'verifier’s Verify returned a valid signature.',
      verifier
        ? 'Act as verifier and Verify the same manifest and signature with the same algorithm. A wrong message or signature fails with KMSInvalidSignatureException.'
        : missingPeople,
    ),
    condition(
      'verifier-cannot-sign',
      'verifier cannot sign',
      !!verifierSigns && !verifierSigns.allowed,
      'verifier may check signatures but not make them.',
      () =>
        !key
          ? `Create ${ALIAS} first.`
          : !verifier?.caller
            ? missingPeople
            : `verifier can sign with the key: ${verifierSigns!.explanation} Only release-bot should.`,
    ),
  ];
}

/** Lab: sign with an ECC key as one principal, verify as another who cannot sign. */
export const signReleaseManifestLab: LabDefinition = {
  ...catalogEntry('sign-release-manifest'),
  situation: `Each release of the app ships a manifest (file names and their SHA-256 hashes). Customers must be able to check that a manifest comes from the release process, so it is signed with an asymmetric key whose private half never leaves KMS.

Two IAM users exist: **release-bot** (its IAM policy allows \`kms:Sign\` and \`kms:GetPublicKey\`) and **verifier** (\`kms:Verify\` and \`kms:GetPublicKey\`). The manifest can be any text, for example \`app-2.4.0.tar.gz sha256=9f2c…\`.`,
  goal: `- \`${ALIAS}\` is an enabled asymmetric **ECC** key for signing;
- release-bot has signed the manifest with it;
- verifier has verified that signature, and verifier cannot sign.`,
  hints: [
    'On the **Keys** tab, create a key with key spec `ECC_NIST_P256` (usage SIGN_VERIFY) and the alias `release-signing`. Its default key policy lets IAM policies decide, and both users already have theirs.',
    'Act as release-bot, and on the **Operations** tab run **Sign** with the key, the manifest text, message type RAW and algorithm `ECDSA_SHA_256`.',
    'Act as verifier and run **Verify** with the same message, algorithm and the signature (the form offers the last one). Outside KMS, anyone with the public key (GetPublicKey) can verify too, with OpenSSL for example.',
  ],
  solution: {
    cli: `aws kms create-key --key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --description "Release signing"
aws kms create-alias --alias-name ${ALIAS} --target-key-id <key-id>

# As release-bot:
aws kms sign --key-id ${ALIAS} --message fileb://manifest.txt --message-type RAW \\
    --signing-algorithm ECDSA_SHA_256 --query Signature --output text | base64 --decode > manifest.sig

# As verifier, in KMS:
aws kms verify --key-id ${ALIAS} --message fileb://manifest.txt --message-type RAW \\
    --signature fileb://manifest.sig --signing-algorithm ECDSA_SHA_256
# ...or outside KMS with the public key:
aws kms get-public-key --key-id ${ALIAS} --query PublicKey --output text | base64 --decode > pub.der
openssl dgst -sha256 -verify <(openssl pkey -pubin -inform DER -in pub.der) -signature manifest.sig manifest.txt`,
    explanation: `An asymmetric KMS key keeps its private key inside KMS: Sign needs \`kms:Sign\` on the key, while anyone with the public key (from GetPublicKey) can verify, in KMS with \`kms:Verify\` or offline. A key has one usage, fixed at creation: SIGN_VERIFY keys cannot encrypt. ECC keys sign with ECDSA; RSA keys can sign too (PSS or PKCS #1 v1.5), with longer signatures.

Separating the two permissions is the point: the verifier (or a customer) can check releases but can never produce a signature that would pass.`,
  },
  version: 1,
  async setup({ kms }) {
    kms.iam.createUser({
      userName: 'release-bot',
      policies: { SignReleases: allowPolicy(['kms:Sign', 'kms:GetPublicKey', 'kms:DescribeKey']) },
    });
    kms.iam.createUser({
      userName: 'verifier',
      policies: { VerifyReleases: allowPolicy(['kms:Verify', 'kms:GetPublicKey', 'kms:DescribeKey']) },
    });
    return {};
  },
  check,
};
