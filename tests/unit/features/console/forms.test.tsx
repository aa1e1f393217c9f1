import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ByteInput, type ByteInputValue } from '@/features/console/components/byte-input';
import { EncryptionContextEditor, rowsToContext, type ContextRow } from '@/features/console/components/encryption-context-editor';
import { ErrorCard } from '@/features/console/components/error-card';
import { decodeInput, encodeOutput } from '@/features/console/bytes/byte-encoding';
import { buildInput } from '@/features/console/operations/operations-tab';
import { OPERATION_FORMS } from '@/features/console/operations/operation-forms';
import { jsonSyntaxProblem } from '@/features/console/keys/sections/json-problems';

function ByteInputHarness({ initial }: { initial: ByteInputValue }) {
  const [value, setValue] = useState(initial);
  return <ByteInput label="Plaintext" value={value} onChange={setValue} />;
}

describe('ByteInput', () => {
  it('counts bytes live (UTF-8, not characters)', async () => {
    render(<ByteInputHarness initial={{ raw: '', encoding: 'text' }} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Plaintext' }), 'héllo');
    expect(screen.getByText('6 bytes')).toBeInTheDocument();
  });

  it('says precisely what is wrong with hex input and marks the field invalid', async () => {
    render(<ByteInputHarness initial={{ raw: '', encoding: 'hex' }} />);
    const box = screen.getByRole('textbox', { name: 'Plaintext' });
    await userEvent.type(box, 'abc');
    expect(screen.getByText(/two digits per byte; you typed 3 digits/)).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(box, 'g');
    expect(screen.getByText(/“g” is not a hex digit/)).toBeInTheDocument();
  });

  it('switches encoding with pressed-state buttons', async () => {
    render(<ByteInputHarness initial={{ raw: 'AAEC', encoding: 'text' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'base64' }));
    expect(screen.getByRole('button', { name: 'base64' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('3 bytes')).toBeInTheDocument();
  });
});

describe('byte encodings', () => {
  it('round-trips hex and base64 and rejects broken base64', () => {
    const hex = decodeInput('00ff10', 'hex');
    expect(hex.ok && [...hex.bytes]).toEqual([0, 255, 16]);
    const b64 = decodeInput('AP8Q', 'base64');
    expect(b64.ok && encodeOutput(b64.bytes, 'hex')).toBe('00ff10');
    expect(decodeInput('A$==', 'base64')).toEqual({ ok: false, error: '“$” is not a base64 character.' });
    expect(encodeOutput(new Uint8Array([0xff, 0xfe]), 'text')).toMatch(/not valid UTF-8/);
  });
});

describe('EncryptionContextEditor', () => {
  function Harness() {
    const [rows, setRows] = useState<ContextRow[]>([]);
    return (
      <>
        <EncryptionContextEditor rows={rows} onChange={setRows} />
        <output data-testid="ctx">{JSON.stringify(rowsToContext(rows) ?? null)}</output>
      </>
    );
  }

  it('builds the context from rows and warns about a repeated key', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Encryption context key 1' }), 'tenant');
    await userEvent.type(screen.getByRole('textbox', { name: 'Encryption context value 1' }), 'acme');
    expect(screen.getByTestId('ctx')).toHaveTextContent('{"tenant":"acme"}');
    await userEvent.click(screen.getByRole('button', { name: 'Add pair' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Encryption context key 2' }), 'tenant');
    expect(screen.getByRole('alert')).toHaveTextContent('The key “tenant” appears twice');
    await userEvent.click(screen.getByRole('button', { name: 'Remove encryption context pair 2' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('operation forms', () => {
  const encrypt = OPERATION_FORMS.find((f) => f.operation === 'Encrypt')!;

  it('builds the SDK input with bytes and the context, leaving unset optional fields out', () => {
    const built = buildInput(encrypt.fields, {
      KeyId: 'alias/app',
      Plaintext: { raw: 'hi', encoding: 'text' },
      EncryptionContext: [{ key: 'k', value: 'v' }],
    });
    expect(built).toEqual({ input: { KeyId: 'alias/app', Plaintext: new TextEncoder().encode('hi'), EncryptionContext: { k: 'v' } } });
  });

  it('does not block 4,097 bytes: the learner should see KMS’s own error', () => {
    const built = buildInput(encrypt.fields, { KeyId: 'k', Plaintext: { raw: 'x'.repeat(4097), encoding: 'text' } });
    expect('input' in built && (built.input.Plaintext as Uint8Array).length).toBe(4097);
  });

  it('stops on input that is not valid in its encoding, naming the field', () => {
    const built = buildInput(encrypt.fields, { KeyId: 'k', Plaintext: { raw: 'zz', encoding: 'hex' } });
    expect(built).toEqual({ problem: 'Plaintext: “z” is not a hex digit (use 0-9 and a-f).' });
  });

  it('sends ImportKeyMaterial’s ValidTo as a UTC Date, and names a date that is not one', () => {
    const importForm = OPERATION_FORMS.find((f) => f.operation === 'ImportKeyMaterial')!;
    const values = {
      KeyId: 'k',
      ImportToken: { raw: 'AQID', encoding: 'base64' as const },
      EncryptedKeyMaterial: { raw: 'BAUG', encoding: 'base64' as const },
      ExpirationModel: 'KEY_MATERIAL_EXPIRES',
    };
    const built = buildInput(importForm.fields, { ...values, ValidTo: '2027-01-01T12:30' });
    expect('input' in built && built.input.ValidTo).toEqual(new Date(Date.UTC(2027, 0, 1, 12, 30)));
    expect(buildInput(importForm.fields, values)).not.toHaveProperty('input.ValidTo');
    expect(buildInput(importForm.fields, { ...values, ValidTo: '2027-02-30T12:30' })).toEqual({
      problem: 'ValidTo (UTC; with KEY_MATERIAL_EXPIRES): “2027-02-30T12:30” is not a date and time (YYYY-MM-DDThh:mm, UTC).',
    });
  });

  it('covers every data-plane operation the issue lists', () => {
    const names = OPERATION_FORMS.map((f) => f.operation);
    for (const op of [
      'Encrypt',
      'Decrypt',
      'ReEncrypt',
      'GenerateDataKey',
      'GenerateDataKeyWithoutPlaintext',
      'GenerateDataKeyPair',
      'GenerateRandom',
      'Sign',
      'Verify',
      'GenerateMac',
      'VerifyMac',
    ]) {
      expect(names).toContain(op);
    }
  });
});

describe('key policy editor helpers', () => {
  it('points a JSON syntax error at its line and column', () => {
    const p = jsonSyntaxProblem('{\n  "Version": "2012-10-17",\n  "Statement": [,]\n}');
    expect(p).toMatchObject({ line: 3, column: 17 });
    expect(p?.message).toMatch(/value is expected/);
    expect(jsonSyntaxProblem('{"a": 1,\n}')).toMatchObject({ line: 2, column: 1 });
    expect(jsonSyntaxProblem('{"a": 1} // note')?.message).toMatch(/comments/);
    expect(jsonSyntaxProblem('{"a":1}')).toBeUndefined();
  });
});

describe('ErrorCard', () => {
  it('shows AWS’s name and message, why it happened, what to do, and a doc link', () => {
    render(<ErrorCard name="DisabledException" message="arn:aws:kms:us-east-1:111122223333:key/x is disabled." operation="Encrypt" />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('DisabledException');
    expect(alert).toHaveTextContent('is disabled.');
    expect(alert).toHaveTextContent('Enable the key');
    expect(screen.getByRole('link', { name: 'Read the AWS documentation' })).toHaveAttribute(
      'href',
      expect.stringContaining('docs.aws.amazon.com'),
    );
  });

  it('says when AWS sends no message instead of showing “UnknownError”', () => {
    render(<ErrorCard name="InvalidCiphertextException" message="UnknownError" operation="Decrypt" />);
    expect(screen.getByRole('alert')).toHaveTextContent('AWS sends no message with this exception');
  });
});
