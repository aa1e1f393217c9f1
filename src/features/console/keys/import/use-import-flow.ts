import type { KeyMetadata } from '@aws-sdk/client-kms';
import { useState } from 'react';
import { wrapKeyMaterial, type OaepWrapping } from '@/labs';
import { simulatedNow } from '@/lib/kms-runtime';
import { newCallBatch } from '../../console-store';
import { useLab } from '../../use-lab';
import { readParams, type ImportParams, type StepError } from './import-state';
import { materialLength, parseValidTo, toDateTimeLocal } from './import-steps';
import { rememberMaterial, rememberedMaterial } from './material-memory';

const WEEK = 7 * 24 * 3600 * 1000;

/**
 * The import flow's state and steps: every KMS call goes through the console's `call` (the real
 * SDK, recorded under "What ran"); wrapping happens in the browser with the shared RSA-OAEP helper.
 */
export function useImportFlow(meta: KeyMetadata) {
  const { call } = useLab();
  const keyId = meta.KeyId!;
  const memoryKey = meta.Arn ?? keyId;
  const [algorithm, setAlgorithm] = useState('RSAES_OAEP_SHA_256');
  const [spec, setSpec] = useState('RSA_2048');
  const [params, setParams] = useState<ImportParams>();
  const [material, setMaterialState] = useState(() => rememberedMaterial(memoryKey));
  const [wrapped, setWrapped] = useState<Uint8Array>();
  const [expires, setExpires] = useState(true);
  const [validTo, setValidTo] = useState(() => toDateTimeLocal(simulatedNow() + WEEK));
  const [validToError, setValidToError] = useState<string>();
  const [problem, setProblem] = useState<StepError>();
  const [busy, setBusy] = useState(false);

  const setMaterial = (bytes: Uint8Array) => {
    rememberMaterial(memoryKey, bytes);
    setMaterialState(bytes);
    setWrapped(undefined);
  };

  const getParameters = async (batch?: number) => {
    setProblem(undefined);
    const out = await call('GetParametersForImport', { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: spec }, batch);
    if (!out.ok) {
      setProblem({ operation: 'GetParametersForImport', error: out.error });
      return undefined;
    }
    const p = readParams(out.output, algorithm, spec);
    setParams(p);
    setWrapped(undefined);
    return p;
  };

  const wrap = async (p: ImportParams, bytes: Uint8Array) => {
    try {
      const w = await wrapKeyMaterial(p.publicKey, p.algorithm as OaepWrapping, bytes);
      setWrapped(w);
      return w;
    } catch (e) {
      setProblem({ operation: 'ImportKeyMaterial', error: { name: 'Error', message: e instanceof Error ? e.message : String(e) } });
      return undefined;
    }
  };

  const importMaterial = async (p: ImportParams, w: Uint8Array, batch?: number) => {
    const expiry = expires ? parseValidTo(validTo, simulatedNow()) : undefined;
    setValidToError(expiry && !expiry.ok ? expiry.error : undefined);
    if (expiry && !expiry.ok) return;
    const out = await call(
      'ImportKeyMaterial',
      {
        KeyId: keyId,
        ImportToken: p.importToken,
        EncryptedKeyMaterial: w,
        ...(expiry
          ? { ExpirationModel: 'KEY_MATERIAL_EXPIRES', ValidTo: expiry.date }
          : { ExpirationModel: 'KEY_MATERIAL_DOES_NOT_EXPIRE' }),
      },
      batch,
    );
    setProblem(out.ok ? undefined : { operation: 'ImportKeyMaterial', error: out.error });
    // The token is used once: the next import needs new parameters.
    if (out.ok) {
      setParams(undefined);
      setWrapped(undefined);
    }
  };

  /** Steps 1, 3 and 4 again with the remembered material: new parameters, wrap, import. */
  const reimport = async () => {
    if (!material) return;
    const batch = newCallBatch();
    const p = await getParameters(batch);
    const w = p && (await wrap(p, material));
    if (p && w) await importMaterial(p, w, batch);
  };

  const remove = async () => {
    const out = await call('DeleteImportedKeyMaterial', { KeyId: keyId });
    setProblem(out.ok ? undefined : { operation: 'DeleteImportedKeyMaterial', error: out.error });
  };

  const run = (action: () => Promise<unknown>) => async () => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const generate = () => {
    const length = materialLength(meta.KeySpec) ?? 32;
    setMaterial(crypto.getRandomValues(new Uint8Array(length)));
  };

  return {
    keyId,
    choices: { algorithm, spec, onAlgorithm: setAlgorithm, onSpec: setSpec },
    expiry: { expires, validTo, error: validToError, onExpires: setExpires, onValidTo: setValidTo },
    params,
    material,
    wrapped,
    problem,
    busy,
    generate,
    setMaterial,
    getParameters: run(() => getParameters()),
    wrap: run(async () => params && material && wrap(params, material)),
    importMaterial: run(async () => params && wrapped && importMaterial(params, wrapped)),
    reimport: run(reimport),
    remove: run(remove),
  };
}
