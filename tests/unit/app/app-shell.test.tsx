import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryHistory } from '@tanstack/react-router';
import { describe, expect, it, vi } from 'vitest';
import { createAppRouter } from '@/router';
import { AREAS } from '@/lib/areas';
import { ErrorBoundary } from '@/app/error-boundary';
import { THEME_STORAGE_KEY, useTheme } from '@/lib/theme';

async function renderAt(path: string) {
  const router = createAppRouter({ history: createMemoryHistory({ initialEntries: [path] }) });
  render(<RouterProvider router={router} />);
  await screen.findByRole('heading', { level: 1 });
  return router;
}

describe('app shell', () => {
  it('shows the product name, every area in the navigation, and a skip link', async () => {
    await renderAt('/');
    expect(screen.getByRole('link', { name: /KMS Lab/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const area of AREAS) {
      // Anchored: 'Lab' must not also match 'Labs'.
      const link = within(nav).getByRole('link', { name: new RegExp(`^${area.label}(\\s*coming)?$`) });
      expect(link).toHaveAttribute('href', area.path);
      // An area that is not built says so; a built one does not.
      if (area.ready) expect(link).not.toHaveTextContent('coming');
      else expect(link).toHaveTextContent('coming');
    }
  });

  it('shows a not-found page with links back for an unknown address', async () => {
    await renderAt('/definitely/not/here');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  });

  it('saves a theme override and applies it to the document', async () => {
    await renderAt('/');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(document.documentElement).toHaveClass('dark');
    await user.click(screen.getByRole('radio', { name: 'System' }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(useTheme.getState().resolved).toBe('light');
    expect(document.documentElement).not.toHaveClass('dark');
  });
});

describe('error boundary', () => {
  it('shows what happened and a way out instead of a blank page', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('Boom in a component');
    }
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on this page');
    expect(alert).toHaveTextContent('Boom in a component');
    expect(alert).toHaveTextContent('have not been changed');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    spy.mockRestore();
  });
});
