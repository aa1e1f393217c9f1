import { Link } from '@tanstack/react-router';
import { useReducer } from 'react';
import { PageHeading } from '@/components/ui';
import { FORMAT } from '@/envelope';
import { WorkspaceBanner } from '@/features/labs';
import { useCurrentWorkspace } from '@/lib/kms-runtime';
import { useLabContext, useLabData } from '@/lib/lab';
import { CallerPanel } from './caller-panel';
import { DecryptPanel } from './decrypt-panel';
import { EncryptPanel } from './encrypt-panel';
import { decryptRequest, effectiveKeyId, encryptRequest, envelopeReducer, initialEnvelopeForm } from './envelope-form';
import { JobPanel } from './job-panel';
import { KeyPicker } from './key-picker';
import { listSymmetricKeys } from './kms-choices';
import { Panel } from './panel';
import { useEnvelopeJob } from './use-envelope-job';
import { useSealedHeader } from './use-sealed-header';

const GENERATE_DATA_KEY_DOC = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html';
const ENVELOPE_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping';

/**
 * /lab/envelope: envelope-encrypt a real file or text with a data key from the simulated KMS, and
 * decrypt it back, in the Region and as the principal chosen in the shared lab context.
 */
export function EnvelopePage() {
  // Keys, principals and jobs belong to one workspace: entering or leaving a lab challenge starts the page afresh.
  return <EnvelopeBody key={useCurrentWorkspace()} />;
}

function EnvelopeBody() {
  const job = useEnvelopeJob();
  const running = job.job?.status === 'running';
  const { region, accessKeyId } = useLabContext();
  const caller = { region, accessKeyId };
  const keys = useLabData(caller, ['envelope-keys'], listSymmetricKeys);
  const [form, dispatch] = useReducer(envelopeReducer, undefined, initialEnvelopeForm);
  useSealedHeader(form.sealed, dispatch);
  const keyId = effectiveKeyId(keys.status === 'ok' ? keys.data : [], form.keyId);

  const startEncrypt = () => {
    if (running) return;
    const request = encryptRequest(form, keyId);
    dispatch({ type: 'enc-problem', problem: 'problem' in request ? request.problem : undefined });
    if (!('problem' in request)) void job.encrypt({ ...request, caller });
  };
  const startDecrypt = () => {
    if (running) return;
    const request = decryptRequest(form);
    dispatch({ type: 'dec-problem', problem: 'problem' in request ? request.problem : undefined });
    if (!('problem' in request)) void job.decrypt({ ...request, caller });
  };

  return (
    <div>
      <Intro />
      <WorkspaceBanner />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0 space-y-6">
          <CallerPanel disabled={running} />
          <EncryptPanel
            form={form}
            dispatch={dispatch}
            running={running}
            onEncrypt={startEncrypt}
            keyPicker={<KeyPicker context={caller} keys={keys} keyId={keyId} onKey={(id) => dispatch({ type: 'key', keyId: id })} />}
          />
          <DecryptPanel form={form} dispatch={dispatch} running={running} onDecrypt={startDecrypt} />
          <MemoryNotes />
        </div>
        <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <JobPanel
            job={job.job}
            onCancel={job.cancel}
            onDecryptResult={(blob, name) => dispatch({ type: 'sealed', sealed: { blob, name } })}
          />
        </div>
      </div>
    </div>
  );
}

function Intro() {
  return (
    <>
      <PageHeading
        title="Envelope encryption"
        lead={
          <>
            A KMS key encrypts at most 4 KB, so real data is encrypted locally with a <em>data key</em> that KMS generates and wraps. Only
            the wrapped data key is stored with the data. Try it on your own file, of any size, and watch each step.
          </>
        }
      />
      <p className="mb-6 max-w-3xl text-slate-700 dark:text-slate-300">
        Everything runs in this tab against the simulated KMS (the same keys as in the{' '}
        <Link to="/lab" className="underline" activeOptions={{ exact: true }}>
          KMS console
        </Link>
        ); your file never leaves the device. AWS documents the pattern in{' '}
        <a className="underline" href={GENERATE_DATA_KEY_DOC}>
          GenerateDataKey
        </a>{' '}
        and{' '}
        <a className="underline" href={ENVELOPE_DOC}>
          envelope encryption
        </a>
        .
      </p>
    </>
  );
}

function MemoryNotes() {
  return (
    <Panel title="Memory and speed, honestly">
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
        <li>Input is always read as a stream, {FORMAT.defaultChunkSize / 1024 / 1024} MiB chunk by chunk; a file is never loaded whole.</li>
        <li>Chunk encryption runs in a Web Worker, so this page stays responsive. KMS calls run here, so they reach the audit trail.</li>
        <li>
          "Write to a file as it goes" keeps memory bounded at any size. "Download when finished" keeps the JavaScript heap small, but the
          browser holds the whole result until you download it.
        </li>
        <li>
          The plaintext data key is zeroed as soon as it is imported. JavaScript cannot erase copies it does not own (such as the SDK's
          response text), which wait for garbage collection.
        </li>
      </ul>
    </Panel>
  );
}
