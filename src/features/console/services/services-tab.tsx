import { useState } from 'react';
import { Button, TextField } from '@/components/ui';
import { loadAppKms as getAppKms } from '@/lib/kms-runtime';
import { awsErrorInfo, notifyLabChanged, type AwsErrorInfo } from '@/lib/lab';
import { ByteOutput } from '../components/byte-output';
import { CodeBlock } from '../components/code-block';
import { ErrorCard } from '../components/error-card';
import { useLab } from '../use-lab';

interface ServiceResult {
  title: string;
  keyArn: string;
  encryptedDataKey: Uint8Array;
  ciphertext: Uint8Array;
  encryptionContext: Record<string, string>;
  cli: string;
}

type ServiceAction = {
  id: string;
  label: string;
  explain: string;
  run: (ctx: { region: string; accessKeyId: string; kmsKeyId?: string; n: number }) => Promise<ServiceResult>;
};

const ACTIONS: ServiceAction[] = [
  {
    id: 's3',
    label: 'S3 puts an object with SSE-KMS',
    explain: 'S3 asks KMS for a data key, encrypts the object with it and stores the encrypted data key with the object.',
    run: async ({ region, accessKeyId, kmsKeyId, n }) => {
      const kms = await getAppKms();
      const key = `report-${n}.txt`;
      const out = await kms.services.s3.putObject({
        region,
        accessKeyId,
        kmsKeyId,
        bucket: 'kmslab-demo-bucket',
        key,
        body: new TextEncoder().encode(`Quarterly report ${n}`),
      });
      return {
        title: `s3://kmslab-demo-bucket/${key}`,
        keyArn: out.ssekmsKeyId,
        encryptedDataKey: out.item.encryptedDataKey,
        ciphertext: out.item.ciphertext,
        encryptionContext: out.item.encryptionContext,
        cli: `aws s3api put-object --bucket kmslab-demo-bucket --key ${key} --body ${key} \\\n    --server-side-encryption aws:kms${kmsKeyId ? ` --ssekms-key-id ${kmsKeyId}` : ''} --region ${region}`,
      };
    },
  },
  {
    id: 'ebs',
    label: 'EBS creates an encrypted volume',
    explain: 'EBS gets a data key for the volume, encrypted under the KMS key, and asks KMS to decrypt it when the volume is attached.',
    run: async ({ region, accessKeyId, kmsKeyId }) => {
      const kms = await getAppKms();
      const out = await kms.services.ebs.createVolume({ region, accessKeyId, kmsKeyId });
      return {
        title: out.volumeId,
        keyArn: out.kmsKeyId,
        encryptedDataKey: out.item.encryptedDataKey,
        ciphertext: out.item.ciphertext,
        encryptionContext: out.item.encryptionContext,
        cli: `aws ec2 create-volume --availability-zone ${region}a --size 8 --encrypted${kmsKeyId ? ` --kms-key-id ${kmsKeyId}` : ''} --region ${region}`,
      };
    },
  },
  {
    id: 'rds',
    label: 'RDS creates an encrypted database',
    explain: 'RDS encrypts the instance’s storage with a data key protected by the KMS key.',
    run: async ({ region, accessKeyId, kmsKeyId, n }) => {
      const kms = await getAppKms();
      const id = `exam-db-${n}`;
      const out = await kms.services.rds.createDbInstance({ region, accessKeyId, kmsKeyId, dbInstanceIdentifier: id });
      return {
        title: id,
        keyArn: out.kmsKeyId,
        encryptedDataKey: out.item.encryptedDataKey,
        ciphertext: out.item.ciphertext,
        encryptionContext: out.item.encryptionContext,
        cli: `aws rds create-db-instance --db-instance-identifier ${id} --engine postgres --db-instance-class db.t3.micro \\\n    --allocated-storage 20 --storage-encrypted${kmsKeyId ? ` --kms-key-id ${kmsKeyId}` : ''} --region ${region}`,
      };
    },
  },
  {
    id: 'secretsmanager',
    label: 'Secrets Manager stores a secret',
    explain: 'Secrets Manager encrypts each secret version with a data key from KMS, bound to the secret by encryption context.',
    run: async ({ region, accessKeyId, kmsKeyId, n }) => {
      const kms = await getAppKms();
      const name = `prod/db-password-${n}`;
      const out = await kms.services.secretsmanager.createSecret({
        region,
        accessKeyId,
        kmsKeyId,
        name,
        secretString: 'correct horse battery staple',
      });
      return {
        title: out.arn,
        keyArn: out.kmsKeyId,
        encryptedDataKey: out.item.encryptedDataKey,
        ciphertext: out.item.ciphertext,
        encryptionContext: out.item.encryptionContext,
        cli: `aws secretsmanager create-secret --name ${name} --secret-string '…'${kmsKeyId ? ` --kms-key-id ${kmsKeyId}` : ''} --region ${region}`,
      };
    },
  },
];

let counter = 1;

/** Simulated AWS services calling KMS for the learner: they create the AWS managed keys on first use. */
export function ServicesTab() {
  const { region, accessKeyId } = useLab();
  const [kmsKeyId, setKmsKeyId] = useState('');
  const [result, setResult] = useState<ServiceResult>();
  const [error, setError] = useState<AwsErrorInfo>();
  const [busy, setBusy] = useState<string>();
  return (
    <section aria-labelledby="svc-title" className="space-y-4">
      <h2 id="svc-title" className="text-xl font-semibold">
        AWS services using KMS
      </h2>
      <p className="max-w-3xl">
        Integrated services encrypt your data with envelope encryption. With no key given they use their AWS managed key (
        <code>aws/s3</code>, <code>aws/ebs</code>, <code>aws/rds</code>, <code>aws/secretsmanager</code>), which KMS creates the first time
        the service needs it in a Region. The calls they make appear in the audit trail with <code>kms:ViaService</code>, as the principal
        you act as.
      </p>
      <div className="max-w-md">
        <TextField
          id="svc-key"
          label={
            <>
              Customer managed key to use <span className="font-normal">(optional; empty = the AWS managed key)</span>
            </>
          }
          value={kmsKeyId}
          onChange={setKmsKeyId}
          placeholder="alias/my-app"
          className="font-mono"
        />
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {ACTIONS.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <Button
              variant="primary"
              disabled={busy !== undefined}
              onClick={async () => {
                setBusy(a.id);
                setError(undefined);
                setResult(undefined);
                try {
                  setResult(await a.run({ region, accessKeyId, kmsKeyId: kmsKeyId.trim() || undefined, n: counter++ }));
                } catch (e) {
                  setError(awsErrorInfo(e));
                }
                notifyLabChanged();
                setBusy(undefined);
              }}
            >
              {busy === a.id ? 'Working…' : a.label}
            </Button>
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{a.explain}</p>
          </li>
        ))}
      </ul>
      <div aria-live="polite">
        {error && <ErrorCard name={error.name} message={error.message} explanation={error.explanation} operation="GenerateDataKey" />}
        {result && (
          <div className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <h3 className="font-semibold">Stored: {result.title}</h3>
            <p className="text-sm">
              Protected by <span className="font-mono break-all">{result.keyArn}</span>, encryption context{' '}
              <code className="break-all">{JSON.stringify(result.encryptionContext)}</code>. The service keeps only the encrypted data key;
              the plaintext data key was discarded after use.
            </p>
            <ByteOutput label="Encrypted data key (stored with the data)" bytes={result.encryptedDataKey} />
            <ByteOutput label="Encrypted data" bytes={result.ciphertext} />
            <CodeBlock title="AWS CLI" code={result.cli} />
          </div>
        )}
      </div>
    </section>
  );
}
