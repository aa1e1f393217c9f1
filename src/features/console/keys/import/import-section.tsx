import type { KeyMetadata } from '@aws-sdk/client-kms';
import { Button, Notice } from '@/components/ui';
import { ErrorCard } from '../../components/error-card';
import { Section } from '../sections/section';
import { Bytes, ExpiryChoice, MaterialView, ParamsView, ParameterChoices, PasteMaterial, Step } from './import-parts';
import { formatUtc, importCommands, materialLength, parseDateTimeLocal } from './import-steps';
import { useImportFlow } from './use-import-flow';

/**
 * "Import key material" for a key with Origin EXTERNAL, doing in the browser what AWS's CLI
 * walkthrough does: get the wrapping key and token, make material, wrap it, import it; then delete
 * it, or import the same material again.
 */
export function ImportSection({ meta }: { meta: KeyMetadata }) {
  const flow = useImportFlow(meta);
  const validTo = flow.expiry.expires ? parseDateTimeLocal(flow.expiry.validTo) : undefined;
  const cmd = importCommands({
    keyId: flow.keyId,
    wrappingAlgorithm: flow.choices.algorithm,
    wrappingKeySpec: flow.choices.spec,
    materialBytes: materialLength(meta.KeySpec) ?? 32,
    ...(validTo ? { validTo } : {}),
  });
  const generated = materialLength(meta.KeySpec);
  return (
    <Section
      id="import-title"
      title="Import key material"
      intro={
        <p>
          This key’s material comes from you (Origin EXTERNAL, “bring your own key”). KMS gives you a wrapping public key and an import
          token; you wrap your material with the public key where it lives (here, in this browser) and import it. Material that expires, or
          that you delete, leaves the key in PendingImport and its ciphertexts undecryptable until you import the same material again.
        </p>
      }
    >
      <p>
        State <strong>{meta.KeyState}</strong>
        {meta.ExpirationModel ? (
          <>
            ; expiration model <strong>{meta.ExpirationModel}</strong>
          </>
        ) : null}
        {meta.ValidTo ? (
          <>
            ; material valid to <strong>{formatUtc(meta.ValidTo)}</strong>
          </>
        ) : null}
        .
      </p>
      {flow.problem && (
        <ErrorCard
          name={flow.problem.error.name}
          message={flow.problem.error.message}
          explanation={flow.problem.error.explanation}
          operation={flow.problem.operation}
        />
      )}
      <Step n={1} title="Get the wrapping public key and import token (GetParametersForImport)" command={cmd.getParameters}>
        <ParameterChoices {...flow.choices} />
        <Button size="sm" onClick={flow.getParameters} disabled={flow.busy}>
          Get wrapping key and import token
        </Button>
        {flow.params && <ParamsView params={flow.params} />}
      </Step>
      <Step n={2} title="Make the key material" command={generated ? cmd.generate : undefined}>
        {generated ? (
          <Button size="sm" onClick={flow.generate}>
            Generate {generated * 8}-bit key material
          </Button>
        ) : (
          <p>For an asymmetric key, the material is its private key in PKCS #8 (DER): paste it below.</p>
        )}
        <PasteMaterial onMaterial={flow.setMaterial} />
        {flow.material && <MaterialView material={flow.material} />}
        <Notice compact className="text-sm">
          The material is kept in this page’s memory only, for this session, so you can import the same material again; it is never saved,
          and a reload forgets it. In real life it stays in your own HSM.
        </Notice>
      </Step>
      <Step n={3} title="Wrap the material with the public key (RSA-OAEP, in this browser)" command={cmd.wrap}>
        <Button size="sm" onClick={flow.wrap} disabled={flow.busy || !flow.params || !flow.material}>
          Wrap key material
        </Button>
        {flow.wrapped && <Bytes label="Encrypted key material" bytes={flow.wrapped} />}
      </Step>
      <Step n={4} title="Import it (ImportKeyMaterial)" command={cmd.importMaterial}>
        <ExpiryChoice {...flow.expiry} />
        <Button size="sm" variant="primary" onClick={flow.importMaterial} disabled={flow.busy || !flow.params || !flow.wrapped}>
          Import key material
        </Button>
      </Step>
      <Step n={5} title="Later: delete the material, or import the same material again" command={cmd.deleteMaterial}>
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={flow.remove} disabled={flow.busy}>
            Delete imported key material
          </Button>
          <Button size="sm" onClick={flow.reimport} disabled={flow.busy || !flow.material}>
            Re-import the same material
          </Button>
        </div>
      </Step>
    </Section>
  );
}
