import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ScenarioPlayer } from '@/features/scenarios/player/scenario-player';
import { fixtureRun } from './fixture-run';
import { installReactFlowShims } from './rf-shims';

beforeAll(installReactFlowShims);

function Harness({ initial = 0, onChange }: { initial?: number; onChange?: (i: number) => void }) {
  const [step, setStep] = useState(initial);
  return (
    <ScenarioPlayer
      run={fixtureRun()}
      step={step}
      onStepChange={(i) => {
        onChange?.(i);
        setStep(i);
      }}
    />
  );
}

// React Flow in jsdom is slow on a busy machine; these are interaction tests, not timing tests.
describe('ScenarioPlayer', { timeout: 20_000 }, () => {
  it('draws the actors and announces the current step politely', async () => {
    render(<Harness initial={1} />);
    expect(await screen.findByTestId('rf__node-kms')).toHaveTextContent('HSM boundary');
    expect(screen.getByTestId('rf__node-app')).toHaveTextContent('Your application');
    const live = screen.getByTestId('step-announcer');
    expect(live).toHaveAttribute('aria-live', 'polite');
    expect(live).toHaveTextContent('Step 2 of 4: Encrypt a secret. The app sends nine bytes; KMS returns a ciphertext blob.');
  });

  it('steps with the arrow keys, Home and End, and updates the transcript', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByTestId('step-announcer')).toHaveTextContent('Step 2 of 4');
    await userEvent.keyboard('{End}');
    expect(screen.getByTestId('step-announcer')).toHaveTextContent('Step 4 of 4: Decrypt is denied');
    const transcript = screen.getByRole('list', { name: 'Steps' });
    expect(within(transcript).getAllByRole('listitem')[3]).toHaveAttribute('aria-current', 'step');
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{Home}');
    expect(onChange.mock.calls.map((c) => c[0])).toEqual([1, 3, 2, 0]);
  });

  it('Space plays and pauses', async () => {
    render(<Harness />);
    document.body.focus();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    await userEvent.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
  });

  it('ignores shortcuts typed into form fields', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    screen.getByRole('combobox', { name: 'Speed' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('shows the KMS call and opens a token to its bytes in hex or base64 with labelled parts', async () => {
    render(<Harness initial={1} />);
    expect(screen.getByRole('heading', { name: /KMS call: Encrypt/ })).toBeInTheDocument();
    await userEvent.click(screen.getByText('CiphertextBlob 40 B', { selector: 'summary *' }));
    // Both tokens' byte views exist (closed <details> keep their content); the blob is the second.
    const dump = screen.getAllByTestId('byte-dump')[1]!;
    expect(screen.getAllByTestId('byte-dump')[0]).toHaveTextContent('68656c6c6f206b6d73');
    expect(dump).toHaveTextContent('0001020304050607');
    expect(screen.getByRole('cell', { name: /Tag/ })).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '24–39 (16)' })).toBeInTheDocument();
    const base64 = screen.getAllByRole('radio', { name: 'Base64' })[1]!;
    await userEvent.click(base64);
    expect(screen.getAllByTestId('byte-dump')[1]).toHaveTextContent('AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw==');
  });

  it('enters presenter mode with captions and leaves it with Escape', async () => {
    render(<Harness initial={2} />);
    await userEvent.click(screen.getByRole('button', { name: 'Presenter mode' }));
    const caption = document.getElementById('scn-caption')!;
    expect(caption).toHaveTextContent('3/4 · Store the ciphertext');
    expect(screen.queryByRole('heading', { name: 'Transcript' })).not.toBeInTheDocument();
    await act(async () => {
      await userEvent.keyboard('{ArrowRight}');
    });
    expect(document.getElementById('scn-caption')).toHaveTextContent('4/4 · Decrypt is denied');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Transcript' })).toBeInTheDocument();
  });
});
