import { asPrintableText, toBase64 } from './bytes';
import type { RequestInput } from './to-cli';

function literal(value: unknown, indent: string): string {
  if (value instanceof Uint8Array) {
    const text = asPrintableText(value);
    return text !== undefined
      ? `new TextEncoder().encode(${JSON.stringify(text)})`
      : `Buffer.from(${JSON.stringify(toBase64(value))}, "base64")`;
  }
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + literal(v, inner)).join(',\n')},\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${literal(v, inner)}`).join(',\n')},\n${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * An AWS SDK for JavaScript v3 snippet (Node.js, ES modules) that makes the same call with the
 * learner's parameters. Binary values become a string literal when they are text, base64 otherwise.
 */
export function toSdkSnippet(operation: string, input: RequestInput, region: string): string {
  const command = `${operation}Command`;
  const params = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null));
  return [
    `import { KMSClient, ${command} } from "@aws-sdk/client-kms";`,
    '',
    `const client = new KMSClient({ region: ${JSON.stringify(region)} });`,
    `const response = await client.send(new ${command}(${literal(params, '')}));`,
    'console.log(response);',
  ].join('\n');
}
