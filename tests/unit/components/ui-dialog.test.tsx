import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Button, Dialog } from '@/components/ui';
import { installDialogPolyfill } from './dialog-polyfill';

beforeAll(installDialogPolyfill);

function Harness({ onConfirm = () => {} }: { onConfirm?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Delete everything…</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="Delete everything?" alert>
        <p>This cannot be undone.</p>
        <Button variant="danger" onClick={() => (onConfirm(), setOpen(false))}>
          Yes, delete
        </Button>
        <Button data-autofocus onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('opens as a labelled alert dialog with focus on the safe choice', async () => {
    render(<Harness />);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete everything?' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveTextContent('This cannot be undone.');
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('Escape closes it and focus returns to the button that opened it', async () => {
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'Delete everything…' });
    await userEvent.click(opener);
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('a button inside closes it, runs its action once, and focus returns to the opener', async () => {
    const onConfirm = vi.fn();
    render(<Harness onConfirm={onConfirm} />);
    const opener = screen.getByRole('button', { name: 'Delete everything…' });
    await userEvent.click(opener);
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    // It opens again, fresh.
    await userEvent.click(opener);
    expect(screen.getByRole('alertdialog', { name: 'Delete everything?' })).toBeInTheDocument();
  });
});
