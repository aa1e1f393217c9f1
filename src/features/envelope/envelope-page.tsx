import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useId, useState } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { WorkspaceBanner } from '@/features/labs';
import { FORMAT, readHeaderFromBlob, type EnvelopeHeader } from '@/envelope';
import { DEFAULT_REGION, KNOWN_REGIONS, ROOT_ACCESS_KEY_ID } from '@/kms';
import { useCurrentWorkspace } from '@/lib/kms-runtime';
import { ContextEditor, contextToRows, rowsToContext, type ContextRow } from './context-editor';
import { FileDrop } from './file-drop';
import { formatBytes, hexPreview } from './format-bytes';
import { JobPanel } from './job-panel';
import { createEnvelopeKey, listPrincipals, listSymmetricKeys, type KeyChoice, type PrincipalChoice } from './kms-choices';
import { OutputChoice } from './output-choice';
import { describeFailure } from './run-envelope-job';
import { hintClass, inputClass, labelClass, panelClass, primaryButton, secondaryButton } from './ui';
import { useEnvelopeJob } from './use-envelope-job';

const GENERATE_DATA_KEY_DOC = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html';
const ENVELOPE_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-cryptography.html#enveloping';
const CONTEXT_DOC = 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html';

/** /lab/envelope: envelope-encrypt a real file or text with a data key from the simulated KMS, and decrypt it back. */
export function EnvelopePage() {
  // Keys, principals and jobs belong to one workspace: entering or leaving a lab challenge starts the page afresh.
  return <EnvelopeBody key={useCurrentWorkspace()} />;
}

function EnvelopeBody() {
  const id = useId();
  const job = useEnvelopeJob();
  const running = job.job?.status === 'running';

  const [region, setRegion] = useState(DEFAULT_REGION);
  const [principals, setPrincipals] = useState<PrincipalChoice[]>([]);
  const [accessKeyId, setAccessKeyId] = useState(ROOT_ACCESS_KEY_ID);
  const [keys, setKeys] = useState<KeyChoice[] | null>(null);
  const [keysError, setKeysError] = useState<string>();
  const [keyId, setKeyId] = useState('');
  const [creatingKey, setCreatingKey] = useState(false);

  const [source, setSource] = useState<'file' | 'text'>('file');
  const [plainFile, setPlainFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [encRows, setEncRows] = useState<ContextRow[]>(() => contextToRows({ purpose: 'study-notes' }));
  const [encOutput, setEncOutput] = useState<'download' | 'file'>('download');
  const [encProblem, setEncProblem] = useState<string>();

  const [sealed, setSealed] = useState<{ blob: Blob; name: string } | null>(null);
  const [sealedInfo, setSealedInfo] = useState<{ header: EnvelopeHeader; length: number } | { error: string } | null>(null);
  const [decRows, setDecRows] = useState<ContextRow[]>(() => contextToRows());
  const [decOutput, setDecOutput] = useState<'download' | 'file'>('download');
  const [decProblem, setDecProblem] = useState<string>();

  const loadKeys = useCallback(
    async (select?: string) => {
      setKeys(null);
      setKeysError(undefined);
      try {
        const list = await listSymmetricKeys(region);
        setKeys(list);
        setKeyId((current) => {
          if (select) return select;
          if (list.some((k) => k.keyId === current)) return current;
          return (list.find((k) => k.state === 'Enabled') ?? list[0])?.keyId ?? '';
        });
      } catch (err) {
        setKeysError(`The keys could not be listed: ${describeFailure(err).message}`);
        setKeys([]);
      }
    },
    [region],
  );

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- loads from the simulator (an external system); replaced when this page moves to the shared lab context
    void loadKeys();
  }, [loadKeys]);

  useEffect(() => {
    listPrincipals().then(setPrincipals, () => setPrincipals([]));
  }, []);

  // Read a chosen .kmslab file's header at once: show what it holds and prefill its context.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- clears the header read for a file that is no longer chosen; goes with the page's reducer refactor
    if (!sealed) return setSealedInfo(null);
    let live = true;
    readHeaderFromBlob(sealed.blob).then(
      (parsed) => {
        if (!live) return;
        setSealedInfo({ header: parsed.header, length: parsed.length });
        setDecRows(contextToRows(parsed.header.encryptionContext));
      },
      (err: unknown) => live && setSealedInfo({ error: describeFailure(err).message }),
    );
    return () => {
      live = false;
    };
  }, [sealed]);

  const caller = { region, accessKeyId };

  const startEncrypt = () => {
    if (running) return;
    const { context, error } = rowsToContext(encRows);
    const input = source === 'file' ? plainFile : new Blob([text], { type: 'text/plain;charset=utf-8' });
    const problem =
      error ?? (!input ? 'Choose a file to encrypt (or switch to typing text).' : !keyId ? 'Choose a KMS key, or create one.' : undefined);
    setEncProblem(problem);
    if (problem || !input) return;
    const name = source === 'file' && plainFile ? plainFile.name : 'text.txt';
    void job.encrypt({ input, name, keyId, encryptionContext: context, output: encOutput, caller });
  };

  const startDecrypt = () => {
    if (running) return;
    const { context, error } = rowsToContext(decRows);
    const problem = error ?? (!sealed ? 'Choose a .kmslab file to decrypt.' : undefined);
    setDecProblem(problem);
    if (problem || !sealed) return;
    void job.decrypt({ file: sealed.blob, name: sealed.name, encryptionContext: context, output: decOutput, caller });
  };

  const selectedKey = keys?.find((k) => k.keyId === keyId);

  return (
    <div>
      <PageHeading
        title="Envelope encryption"
        lead={
          <>
            A KMS key encrypts at most 4 KB, so real data is encrypted locally with a <em>data key</em> that KMS generates and wraps. Only
            the wrapped data key is stored with the data. Try it on your own file, of any size, and watch each step.
          </>
        }
      />
      <WorkspaceBanner />
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

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby={`${id}-who`} className={`${panelClass} bg-slate-50 dark:bg-slate-900`}>
            <h2 id={`${id}-who`} className="text-xl font-semibold">
              Who calls KMS, and where
            </h2>
            <div className="mt-3 grid gap-4 sm:grid-cols-2">
              <div className="flex min-w-0 flex-col gap-1">
                <label htmlFor={`${id}-region`} className={labelClass}>
                  Region
                </label>
                <select
                  id={`${id}-region`}
                  className={inputClass}
                  value={region}
                  disabled={running}
                  onChange={(e) => setRegion(e.target.value)}
                >
                  {KNOWN_REGIONS.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
              </div>
              <div className="flex min-w-0 flex-col gap-1">
                <label htmlFor={`${id}-principal`} className={labelClass}>
                  Acting as
                </label>
                <select
                  id={`${id}-principal`}
                  className={inputClass}
                  value={accessKeyId}
                  disabled={running}
                  onChange={(e) => setAccessKeyId(e.target.value)}
                >
                  {principals.length === 0 && <option value={ROOT_ACCESS_KEY_ID}>root of the account</option>}
                  {principals.map((p) => (
                    <option key={p.accessKeyId} value={p.accessKeyId}>
                      {p.label}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className={`${hintClass} mt-2`}>
              GenerateDataKey and Decrypt are sent with this principal's access key through the AWS SDK, so they appear in the console's
              audit trail and obey key policies. Create IAM users in the console to see access denied.
            </p>
            <button
              type="button"
              className={`${secondaryButton} mt-3`}
              disabled={running}
              onClick={() => {
                void loadKeys();
                listPrincipals().then(setPrincipals, () => setPrincipals([]));
              }}
            >
              Refresh keys and principals
            </button>
          </section>

          <section aria-labelledby={`${id}-enc`} className={panelClass}>
            <h2 id={`${id}-enc`} className="text-xl font-semibold">
              Encrypt
            </h2>
            <div className="mt-3 space-y-5">
              <fieldset>
                <legend className={labelClass}>What to encrypt</legend>
                <div className="mt-1 flex flex-wrap gap-4">
                  {(['file', 'text'] as const).map((s) => (
                    <label key={s} className="flex items-center gap-2">
                      <input type="radio" name={`${id}-source`} checked={source === s} onChange={() => setSource(s)} />
                      {s === 'file' ? 'A file' : 'Text I type'}
                    </label>
                  ))}
                </div>
              </fieldset>
              {source === 'file' ? (
                <FileDrop
                  label="File to encrypt"
                  hint="Pick a file or drop it here. Any size: it is read as a stream, never loaded whole."
                  file={plainFile}
                  onFile={setPlainFile}
                />
              ) : (
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${id}-text`} className={labelClass}>
                    Text to encrypt
                  </label>
                  <textarea id={`${id}-text`} rows={4} className={inputClass} value={text} onChange={(e) => setText(e.target.value)} />
                </div>
              )}

              <div className="flex flex-col gap-1">
                <label htmlFor={`${id}-key`} className={labelClass}>
                  KMS key (symmetric, customer managed, in {region})
                </label>
                {keys === null ? (
                  <p className={hintClass}>Loading keys…</p>
                ) : keys.length === 0 ? (
                  <div className="rounded border border-amber-600 bg-amber-50 p-3 text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50">
                    <p>{keysError ?? `There is no symmetric encryption key in ${region} yet.`}</p>
                    <button
                      type="button"
                      className={`${secondaryButton} mt-2`}
                      disabled={creatingKey}
                      onClick={async () => {
                        setCreatingKey(true);
                        try {
                          await loadKeys(await createEnvelopeKey(region));
                        } catch (err) {
                          setKeysError(`The key could not be created: ${describeFailure(err).message}`);
                        } finally {
                          setCreatingKey(false);
                        }
                      }}
                    >
                      {creatingKey ? 'Creating…' : `Create a key in ${region}`}
                    </button>
                  </div>
                ) : (
                  <>
                    <select
                      id={`${id}-key`}
                      className={inputClass}
                      value={keyId}
                      onChange={(e) => setKeyId(e.target.value)}
                      aria-describedby={`${id}-key-hint`}
                    >
                      {keys.map((k) => (
                        <option key={k.keyId} value={k.keyId}>
                          {k.aliases[0] ?? k.keyId}
                          {k.state !== 'Enabled' ? ` (${k.state})` : ''}
                        </option>
                      ))}
                    </select>
                    <p id={`${id}-key-hint`} className={`${hintClass} break-all`}>
                      {selectedKey ? selectedKey.arn : ''}
                      {selectedKey && selectedKey.state !== 'Enabled' && ` — this key is ${selectedKey.state}; KMS will refuse it.`}
                    </p>
                  </>
                )}
              </div>

              <ContextEditor
                legend="Encryption context"
                hint="Non-secret key/value pairs bound to the wrapped data key: Decrypt must present exactly the same pairs. They are stored in the file header."
                rows={encRows}
                onChange={setEncRows}
              />
              <p className={`${hintClass} -mt-3`}>
                <a className="underline" href={CONTEXT_DOC}>
                  About encryption context
                </a>
              </p>
              <OutputChoice value={encOutput} onChange={setEncOutput} />
              {encProblem && (
                <p role="alert" className="font-medium text-red-800 dark:text-red-300">
                  {encProblem}
                </p>
              )}
              {/* aria-disabled, not disabled: a disabled button would drop keyboard focus mid-job. */}
              <button type="button" className={primaryButton} aria-disabled={running} onClick={startEncrypt}>
                Encrypt
              </button>
            </div>
          </section>

          <section aria-labelledby={`${id}-dec`} className={panelClass}>
            <h2 id={`${id}-dec`} className="text-xl font-semibold">
              Decrypt
            </h2>
            <div className="mt-3 space-y-5">
              <FileDrop
                label=".kmslab file to decrypt"
                hint="Pick or drop a file this page encrypted."
                accept=".kmslab,application/octet-stream"
                file={sealed?.blob instanceof File ? sealed.blob : null}
                onFile={(f) => setSealed(f ? { blob: f, name: f.name } : null)}
              />
              {sealed && !(sealed.blob instanceof File) && (
                <p className="text-sm">
                  Using the file you just encrypted: <strong>{sealed.name}</strong> ({formatBytes(sealed.blob.size)})
                </p>
              )}
              {sealedInfo && 'error' in sealedInfo && (
                <p
                  role="alert"
                  className="rounded border border-red-700 bg-red-50 p-3 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
                >
                  {sealedInfo.error}
                </p>
              )}
              {sealedInfo && 'header' in sealedInfo && <HeaderSummary header={sealedInfo.header} length={sealedInfo.length} />}
              <ContextEditor
                legend="Encryption context sent to Decrypt"
                hint="Prefilled from the file's header. Change a value to see KMS refuse a context that does not match."
                rows={decRows}
                onChange={setDecRows}
              />
              <OutputChoice value={decOutput} onChange={setDecOutput} />
              {decProblem && (
                <p role="alert" className="font-medium text-red-800 dark:text-red-300">
                  {decProblem}
                </p>
              )}
              <button type="button" className={primaryButton} aria-disabled={running} onClick={startDecrypt}>
                Decrypt
              </button>
            </div>
          </section>

          <section aria-labelledby={`${id}-mem`} className={panelClass}>
            <h2 id={`${id}-mem`} className="text-xl font-semibold">
              Memory and speed, honestly
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800 dark:text-slate-200">
              <li>
                Input is always read as a stream, {FORMAT.defaultChunkSize / 1024 / 1024} MiB chunk by chunk; a file is never loaded whole.
              </li>
              <li>
                Chunk encryption runs in a Web Worker, so this page stays responsive. KMS calls run here, so they reach the audit trail.
              </li>
              <li>
                "Write to a file as it goes" keeps memory bounded at any size. "Download when finished" keeps the JavaScript heap small, but
                the browser holds the whole result until you download it.
              </li>
              <li>
                The plaintext data key is zeroed as soon as it is imported. JavaScript cannot erase copies it does not own (such as the
                SDK's response text), which wait for garbage collection.
              </li>
            </ul>
          </section>
        </div>

        <div className="min-w-0 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
          <JobPanel job={job.job} onCancel={job.cancel} onDecryptResult={(blob, name) => setSealed({ blob, name })} />
        </div>
      </div>
    </div>
  );
}

function HeaderSummary({ header, length }: { header: EnvelopeHeader; length: number }) {
  const rows: [string, string][] = [
    ['Format', `.kmslab version ${header.version}, AES-256-GCM chunks`],
    ['Wrapped by', header.keyId],
    ['Wrapped data key', `${header.wrappedDataKey.length} bytes: ${hexPreview(header.wrappedDataKey)}`],
    ['Chunk size', formatBytes(header.chunkSize)],
    ['File id (nonce prefix)', hexPreview(header.noncePrefix)],
    ['Header size', `${length} bytes, authenticated`],
  ];
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[auto_1fr] dark:bg-slate-900">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="font-semibold">{k}</dt>
          <dd className="font-mono break-all">{v}</dd>
        </div>
      ))}
    </dl>
  );
}
