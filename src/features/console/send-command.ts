import * as sdk from '@aws-sdk/client-kms';
import { awsErrorInfo, type AwsErrorInfo } from '@/lib/lab';

type SdkCommand = Parameters<sdk.KMSClient['send']>[0];
type CommandClass = new (input: object) => SdkCommand;

/** Outcome of one SDK call: the output without SDK metadata, or the AWS error name and message. */
export type CallOutcome = { ok: true; output: Record<string, unknown> } | { ok: false; error: AwsErrorInfo };

/**
 * Sends `<operation>Command` through the real AWS SDK client. The console goes through the SDK on
 * purpose: what it shows as the CLI/SDK equivalent is what actually ran against the simulator.
 */
export async function sendCommand(client: sdk.KMSClient, operation: string, input: object): Promise<CallOutcome> {
  const Command = (sdk as unknown as Record<string, CommandClass | undefined>)[`${operation}Command`];
  if (!Command) return { ok: false, error: { name: 'UnknownOperation', message: `The SDK has no ${operation}Command.` } };
  try {
    const result = (await client.send(new Command(input))) as unknown as Record<string, unknown>;
    const { $metadata: _ignored, ...output } = result;
    return { ok: true, output };
  } catch (err) {
    return { ok: false, error: awsErrorInfo(err) };
  }
}
