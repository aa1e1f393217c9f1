import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ContextEditor, contextToRows, rowsToContext, type ContextRow } from '@/features/envelope/context-editor';

function Harness({ initial = {} as Record<string, string> }) {
  const [rows, setRows] = useState<ContextRow[]>(() => contextToRows(initial));
  const { context, error } = rowsToContext(rows);
  return (
    <>
      <ContextEditor legend="Encryption context" rows={rows} onChange={setRows} error={error} />
      <output data-testid="context">{JSON.stringify(context)}</output>
    </>
  );
}

describe('encryption context editor', () => {
  it('builds the context from labelled rows, by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.type(screen.getByLabelText('Context key 1'), 'purpose');
    await user.type(screen.getByLabelText('Context value 1'), 'exam');
    await user.click(screen.getByRole('button', { name: 'Add a pair' }));
    await user.type(screen.getByLabelText('Context key 2'), 'team');
    await user.type(screen.getByLabelText('Context value 2'), 'Blue');
    expect(screen.getByTestId('context')).toHaveTextContent('{"purpose":"exam","team":"Blue"}');
    await user.click(screen.getByRole('button', { name: 'Remove context row 1' }));
    expect(screen.getByTestId('context')).toHaveTextContent('{"team":"Blue"}');
    expect(screen.getByLabelText('Context key 1')).toHaveValue('team');
  });

  it('names duplicate keys and values without a key', async () => {
    const user = userEvent.setup();
    render(<Harness initial={{ a: '1' }} />);
    await user.click(screen.getByRole('button', { name: 'Add a pair' }));
    await user.type(screen.getByLabelText('Context key 2'), 'a');
    expect(screen.getByText(/The key "a" appears twice/)).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Context key 2'));
    await user.type(screen.getByLabelText('Context value 2'), 'orphan');
    expect(screen.getByText(/The value "orphan" has no key/)).toBeInTheDocument();
  });

  it('prefills from a header context and ignores blank rows', () => {
    expect(rowsToContext(contextToRows({ x: '1', y: '' })).context).toEqual({ x: '1', y: '' });
    expect(rowsToContext(contextToRows()).context).toEqual({});
  });
});
