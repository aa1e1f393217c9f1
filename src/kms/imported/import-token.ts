/**
 * Import tokens. AWS's token is opaque; this one is the key ARN, the wrapping key it goes with and its
 * expiry, sealed with AES-GCM under the simulator's domain key: it cannot be forged or moved to another
 * key, and ImportKeyMaterial can tell an expired token from an invalid one.
 */
import { decodeUtf8, encodeUtf8 } from '../bytes';
import { KmsError } from '../errors';

/** What a token binds together. */
export interface ImportTokenClaims {
  /** ARN of the key the parameters were issued for. */
  keyArn: string;
  /** `ImportParameters.id` of the wrapping key. */
  parametersId: string;
  /** Epoch ms: `ParametersValidTo`. */
  validTo: number;
}

/** First byte of every token (the format's version). */
const TOKEN_VERSION = 1;

/** Seals claims into a token with the domain key (`wrap` = AES-GCM under it). */
export async function sealImportToken(claims: ImportTokenClaims, wrap: (b: Uint8Array) => Promise<Uint8Array>): Promise<Uint8Array> {
  const sealed = await wrap(encodeUtf8(JSON.stringify({ k: claims.keyArn, p: claims.parametersId, t: claims.validTo })));
  const out = new Uint8Array(1 + sealed.length);
  out[0] = TOKEN_VERSION;
  out.set(sealed, 1);
  return out;
}

/** AWS's message for these exceptions is not published; these are short and neutral. */
const invalidToken = () => new KmsError('InvalidImportTokenException', 'The import token is not valid for this KMS key.');
const expiredToken = () => new KmsError('ExpiredImportTokenException', 'The import token has expired.');

/**
 * The claims of a token issued for `keyArn` and still valid at `now`. InvalidImportTokenException for
 * bytes this simulator did not seal or a token issued for another key; ExpiredImportTokenException
 * after its 24 hours.
 */
export async function openImportToken(
  token: Uint8Array,
  keyArn: string,
  now: number,
  unwrap: (b: Uint8Array) => Promise<Uint8Array>,
): Promise<ImportTokenClaims> {
  if (token.length < 2 || token[0] !== TOKEN_VERSION) throw invalidToken();
  let claims: ImportTokenClaims;
  try {
    const json = JSON.parse(decodeUtf8(await unwrap(token.subarray(1)))) as { k?: unknown; p?: unknown; t?: unknown };
    if (typeof json.k !== 'string' || typeof json.p !== 'string' || typeof json.t !== 'number') throw invalidToken();
    claims = { keyArn: json.k, parametersId: json.p, validTo: json.t };
  } catch {
    throw invalidToken();
  }
  if (claims.keyArn !== keyArn) throw invalidToken();
  if (now > claims.validTo) throw expiredToken();
  return claims;
}
