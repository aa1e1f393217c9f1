import type { AwsErrorInfo } from '@/lib/lab';

/** What GetParametersForImport gave: the wrapping public key (DER), the token, and until when they are valid. */
export interface ImportParams {
  publicKey: Uint8Array;
  importToken: Uint8Array;
  validTo: Date | undefined;
  algorithm: string;
  spec: string;
}

/** A failed step: AWS's error (or a local one) and the operation it came from. */
export interface StepError {
  operation: string;
  error: AwsErrorInfo;
}

/** Reads GetParametersForImport's output into {@link ImportParams}. */
export function readParams(output: Record<string, unknown>, algorithm: string, spec: string): ImportParams {
  return {
    publicKey: output.PublicKey as Uint8Array,
    importToken: output.ImportToken as Uint8Array,
    validTo: output.ParametersValidTo instanceof Date ? output.ParametersValidTo : undefined,
    algorithm,
    spec,
  };
}
