/**
 * Typed direct API: each operation's input and output are the SDK's own shapes (type-only imports,
 * so the SDK is not bundled where only the direct API is used).
 */
import type * as K from '@aws-sdk/client-kms';

type Out<T> = Omit<T, '$metadata'>;

/** Input and output shape for every operation the simulator (core + access layer) serves. */
export interface KmsOperationTypes {
  CancelKeyDeletion: [K.CancelKeyDeletionCommandInput, Out<K.CancelKeyDeletionCommandOutput>];
  CreateAlias: [K.CreateAliasCommandInput, Out<K.CreateAliasCommandOutput>];
  CreateGrant: [K.CreateGrantCommandInput, Out<K.CreateGrantCommandOutput>];
  CreateKey: [K.CreateKeyCommandInput, Out<K.CreateKeyCommandOutput>];
  Decrypt: [K.DecryptCommandInput, Out<K.DecryptCommandOutput>];
  DeleteAlias: [K.DeleteAliasCommandInput, Out<K.DeleteAliasCommandOutput>];
  DeleteImportedKeyMaterial: [K.DeleteImportedKeyMaterialCommandInput, Out<K.DeleteImportedKeyMaterialCommandOutput>];
  DescribeKey: [K.DescribeKeyCommandInput, Out<K.DescribeKeyCommandOutput>];
  DisableKey: [K.DisableKeyCommandInput, Out<K.DisableKeyCommandOutput>];
  DisableKeyRotation: [K.DisableKeyRotationCommandInput, Out<K.DisableKeyRotationCommandOutput>];
  EnableKey: [K.EnableKeyCommandInput, Out<K.EnableKeyCommandOutput>];
  EnableKeyRotation: [K.EnableKeyRotationCommandInput, Out<K.EnableKeyRotationCommandOutput>];
  Encrypt: [K.EncryptCommandInput, Out<K.EncryptCommandOutput>];
  GenerateDataKey: [K.GenerateDataKeyCommandInput, Out<K.GenerateDataKeyCommandOutput>];
  GenerateDataKeyPair: [K.GenerateDataKeyPairCommandInput, Out<K.GenerateDataKeyPairCommandOutput>];
  GenerateDataKeyPairWithoutPlaintext: [
    K.GenerateDataKeyPairWithoutPlaintextCommandInput,
    Out<K.GenerateDataKeyPairWithoutPlaintextCommandOutput>,
  ];
  GenerateDataKeyWithoutPlaintext: [K.GenerateDataKeyWithoutPlaintextCommandInput, Out<K.GenerateDataKeyWithoutPlaintextCommandOutput>];
  GenerateMac: [K.GenerateMacCommandInput, Out<K.GenerateMacCommandOutput>];
  GenerateRandom: [K.GenerateRandomCommandInput, Out<K.GenerateRandomCommandOutput>];
  GetKeyPolicy: [K.GetKeyPolicyCommandInput, Out<K.GetKeyPolicyCommandOutput>];
  GetKeyRotationStatus: [K.GetKeyRotationStatusCommandInput, Out<K.GetKeyRotationStatusCommandOutput>];
  GetParametersForImport: [K.GetParametersForImportCommandInput, Out<K.GetParametersForImportCommandOutput>];
  GetPublicKey: [K.GetPublicKeyCommandInput, Out<K.GetPublicKeyCommandOutput>];
  ImportKeyMaterial: [K.ImportKeyMaterialCommandInput, Out<K.ImportKeyMaterialCommandOutput>];
  ListAliases: [K.ListAliasesCommandInput, Out<K.ListAliasesCommandOutput>];
  ListGrants: [K.ListGrantsCommandInput, Out<K.ListGrantsCommandOutput>];
  ListKeyPolicies: [K.ListKeyPoliciesCommandInput, Out<K.ListKeyPoliciesCommandOutput>];
  ListKeyRotations: [K.ListKeyRotationsCommandInput, Out<K.ListKeyRotationsCommandOutput>];
  ListKeys: [K.ListKeysCommandInput, Out<K.ListKeysCommandOutput>];
  ListResourceTags: [K.ListResourceTagsCommandInput, Out<K.ListResourceTagsCommandOutput>];
  ListRetirableGrants: [K.ListRetirableGrantsCommandInput, Out<K.ListRetirableGrantsCommandOutput>];
  PutKeyPolicy: [K.PutKeyPolicyCommandInput, Out<K.PutKeyPolicyCommandOutput>];
  ReEncrypt: [K.ReEncryptCommandInput, Out<K.ReEncryptCommandOutput>];
  ReplicateKey: [K.ReplicateKeyCommandInput, Out<K.ReplicateKeyCommandOutput>];
  RetireGrant: [K.RetireGrantCommandInput, Out<K.RetireGrantCommandOutput>];
  RevokeGrant: [K.RevokeGrantCommandInput, Out<K.RevokeGrantCommandOutput>];
  RotateKeyOnDemand: [K.RotateKeyOnDemandCommandInput, Out<K.RotateKeyOnDemandCommandOutput>];
  ScheduleKeyDeletion: [K.ScheduleKeyDeletionCommandInput, Out<K.ScheduleKeyDeletionCommandOutput>];
  Sign: [K.SignCommandInput, Out<K.SignCommandOutput>];
  TagResource: [K.TagResourceCommandInput, Out<K.TagResourceCommandOutput>];
  UntagResource: [K.UntagResourceCommandInput, Out<K.UntagResourceCommandOutput>];
  UpdateAlias: [K.UpdateAliasCommandInput, Out<K.UpdateAliasCommandOutput>];
  UpdateKeyDescription: [K.UpdateKeyDescriptionCommandInput, Out<K.UpdateKeyDescriptionCommandOutput>];
  UpdatePrimaryRegion: [K.UpdatePrimaryRegionCommandInput, Out<K.UpdatePrimaryRegionCommandOutput>];
  Verify: [K.VerifyCommandInput, Out<K.VerifyCommandOutput>];
  VerifyMac: [K.VerifyMacCommandInput, Out<K.VerifyMacCommandOutput>];
}

/** Every operation name the typed API accepts. */
export type KmsOperationName = keyof KmsOperationTypes;
/** Input shape of an operation. */
export type InputOf<Op extends KmsOperationName> = KmsOperationTypes[Op][0];
/** Output shape of an operation (no `$metadata`). */
export type OutputOf<Op extends KmsOperationName> = KmsOperationTypes[Op][1];
