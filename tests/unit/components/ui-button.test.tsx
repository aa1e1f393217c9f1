import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button, ButtonLink, buttonClass } from '@/components/ui';
import { renderWithRouter } from '../features/quiz/render-with-router';

describe('Button', () => {
  it('is a real button that does not submit a form unless asked to', async () => {
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <Button>Add a pair</Button>
        <Button type="submit" variant="primary">
          Save
        </Button>
      </form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Add a pair' }));
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('a disabled button ignores clicks; an aria-disabled one keeps focus and is announced as unavailable', async () => {
    const onClick = vi.fn();
    render(
      <>
        <Button disabled onClick={onClick}>
          Creating…
        </Button>
        <Button aria-disabled onClick={() => {}}>
          Encrypt
        </Button>
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Creating…' }));
    expect(onClick).not.toHaveBeenCalled();
    const busy = screen.getByRole('button', { name: 'Encrypt' });
    busy.focus();
    expect(busy).toHaveFocus();
    expect(busy).toHaveAttribute('aria-disabled', 'true');
  });

  it('with href it is a link (a download keeps its file name)', () => {
    render(
      <Button href="blob:x" download="notes.bin.kmslab" variant="primary">
        Download notes.bin.kmslab
      </Button>,
    );
    const link = screen.getByRole('link', { name: 'Download notes.bin.kmslab' });
    expect(link).toHaveAttribute('download', 'notes.bin.kmslab');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('variants look different, and the link style has no button padding', () => {
    const looks = new Set(
      (['primary', 'secondary', 'danger', 'danger-outline', 'link'] as const).map((variant) => buttonClass({ variant })),
    );
    expect(looks.size).toBe(5);
    expect(buttonClass({ variant: 'link' })).not.toMatch(/\bpx-/);
    expect(buttonClass({ size: 'sm' })).toMatch(/text-sm/);
  });
});

describe('ButtonLink', () => {
  it('is a router link to a route of the app', async () => {
    await renderWithRouter(() => (
      <ButtonLink to="/quiz" variant="primary">
        Start a quiz
      </ButtonLink>
    ));
    expect(await screen.findByRole('link', { name: 'Start a quiz' })).toHaveAttribute('href', '/quiz');
  });
});
