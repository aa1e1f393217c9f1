import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Field, SelectField, TextArea, TextField } from '@/components/ui';

describe('Field', () => {
  it('labels its control and reads the hint and the error with it', () => {
    render(
      <Field label="Waiting period (days)" hint="7 to 30 days." error="“3” is below the minimum of 7.">
        {(control) => <input {...control} defaultValue="3" />}
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Waiting period (days)' });
    expect(input).toHaveAccessibleDescription('7 to 30 days. “3” is below the minimum of 7.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
  });

  it('without an error the control is not marked invalid and describes only the hint', () => {
    render(<Field label="Text">{(control) => <TextArea {...control} />}</Field>);
    const box = screen.getByRole('textbox', { name: 'Text' });
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).not.toHaveAttribute('aria-describedby');
  });
});

describe('TextField and SelectField', () => {
  function Form() {
    const [alias, setAlias] = useState('');
    const [spec, setSpec] = useState('SYMMETRIC_DEFAULT');
    return (
      <>
        <TextField label="Alias" value={alias} onChange={setAlias} />
        <SelectField
          label="Key spec"
          value={spec}
          onChange={setSpec}
          options={['SYMMETRIC_DEFAULT', { value: 'RSA_2048', label: 'RSA 2048-bit' }]}
        />
        <output>
          {alias}|{spec}
        </output>
      </>
    );
  }

  it('hand the value, not the event, to onChange', async () => {
    render(<Form />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Alias' }), 'alias/app');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Key spec' }), 'RSA 2048-bit');
    expect(screen.getByRole('status')).toHaveTextContent('alias/app|RSA_2048');
  });
});
