import { asPrintableText, toBase64 } from './bytes';
import { kebabCase, shellQuote } from './shell-quote';

/** A request as the console sent it: the SDK's input shape (Uint8Array blobs). */
export type RequestInput = Record<string, unknown>;

/** The CLI command plus any setup lines (writing binary inputs to files) that must run first. */
export interface CliCommand {
  setup: string[];
  command: string;
}

/**
 * The AWS CLI v2 command equivalent to one KMS call, with the learner's own parameters.
 * Binary parameters go through `fileb://` files, the form that works whatever the CLI's
 * `cli_binary_format` setting is; the setup lines create those files.
 */
export function toCliCommand(operation: string, input: RequestInput, region: string): CliCommand {
  const setup: string[] = [];
  const args: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined || value === null) continue;
    const flag = `--${kebabCase(name)}`;
    if (value instanceof Uint8Array) {
      const file = `${kebabCase(name)}.bin`;
      const text = asPrintableText(value);
      setup.push(
        text !== undefined
          ? `printf '%s' ${shellQuote(text)} > ${file}`
          : `printf '%s' ${shellQuote(toBase64(value))} | base64 --decode > ${file}`,
      );
      args.push(`${flag} fileb://${file}`);
    } else if (value instanceof Date) {
      // The CLI takes a timestamp as ISO 8601.
      args.push(`${flag} ${value.toISOString().replace('.000Z', 'Z')}`);
    } else if (typeof value === 'boolean') {
      args.push(value ? flag : `--no-${kebabCase(name)}`);
    } else if (typeof value === 'number') {
      args.push(`${flag} ${value}`);
    } else if (typeof value === 'string') {
      args.push(`${flag} ${shellQuote(value)}`);
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      args.push(`${flag} ${value.map((v) => shellQuote(v)).join(' ')}`);
    } else {
      // Maps, lists of structures (tags, encryption context, grant constraints): the CLI takes JSON.
      args.push(`${flag} ${shellQuote(JSON.stringify(value))}`);
    }
  }
  args.push(`--region ${region}`);
  const command = [`aws kms ${kebabCase(operation)}`, ...args].join(' \\\n    ');
  return { setup, command };
}

/** The setup lines and the command as one copyable script. */
export function cliScript(cli: CliCommand): string {
  return [...cli.setup, cli.command].join('\n');
}
