import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Badge, DataTable, Notice, ScrollBox } from '@/components/ui';

const rows = [
  { id: '1234abcd', alias: 'alias/app', state: 'Enabled' },
  { id: '5678efgh', alias: 'none', state: 'Disabled' },
];

describe('DataTable', () => {
  it('has a caption, column headers with scope and a row header naming each row', () => {
    render(
      <DataTable
        caption="Keys in us-east-1"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: 'Alias', cell: (r) => r.alias },
          { header: 'Key id', cell: (r) => r.id, rowHeader: true },
          { header: 'State', cell: (r) => <Badge tone="success">{r.state}</Badge> },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Keys in us-east-1' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Alias', 'Key id', 'State']);
    for (const h of headers) expect(h).toHaveAttribute('scope', 'col');
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent)).toEqual(['1234abcd', '5678efgh']);
    expect(rowHeaders[0]).toHaveAttribute('scope', 'row');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['alias/app', 'Enabled', 'none', 'Disabled']);
  });

  it('sits in a labelled scrolling group, and can keep its caption for screen readers only', () => {
    render(
      <DataTable
        caption="Rotation history (0)"
        hideCaption
        scrollLabel="Rotation history, scrolls sideways"
        rows={[]}
        rowKey={(_, i) => String(i)}
        columns={[{ header: 'Date', cell: () => '' }]}
      />,
    );
    expect(screen.getByRole('group', { name: 'Rotation history, scrolls sideways' })).toContainElement(
      screen.getByRole('table', { name: 'Rotation history (0)' }),
    );
    expect(screen.getByText('Rotation history (0)')).toHaveClass('sr-only');
  });
});

describe('ScrollBox', () => {
  it('adds no tab stop while its content fits', () => {
    render(
      <ScrollBox label="Scores">
        <p>narrow</p>
      </ScrollBox>,
    );
    expect(screen.getByRole('group', { name: 'Scores' })).not.toHaveAttribute('tabindex');
  });
});

describe('Notice', () => {
  it('errors and warnings are alerts; info is quiet unless it announces; success can be a status', () => {
    render(
      <>
        <Notice tone="error" title="Decryption failed">
          Wrong encryption context.
        </Notice>
        <Notice tone="warning">This key is Disabled.</Notice>
        <Notice tone="info">Keys are regional.</Notice>
        <Notice tone="success" announce>
          Created alice.
        </Notice>
      </>,
    );
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(['Decryption failedWrong encryption context.', 'This key is Disabled.']);
    expect(screen.getByRole('status')).toHaveTextContent('Created alice.');
    expect(screen.getByText('Keys are regional.').closest('[role]')).toBeNull();
  });
});
