import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PlayerControls } from '@/features/scenarios/player/player-controls';
import { StepTranscript } from '@/features/scenarios/player/step-transcript';
import { fixtureRun } from './fixture-run';

function setup(step: number, playing = false) {
  const onCommand = vi.fn();
  const onSeek = vi.fn();
  const onSpeed = vi.fn();
  render(<PlayerControls step={step} stepCount={4} playing={playing} speed={1} onCommand={onCommand} onSeek={onSeek} onSpeed={onSpeed} />);
  return { onCommand, onSeek, onSpeed };
}

describe('PlayerControls', { timeout: 20_000 }, () => {
  it('offers play, step, restart and disables what cannot be done', async () => {
    const { onCommand } = setup(0);
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next step' }));
    await userEvent.click(screen.getByRole('button', { name: 'Play' }));
    await userEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(onCommand.mock.calls.map((c) => c[0])).toEqual(['next', 'toggle', 'restart']);
  });

  it('shows Pause while playing and disables Next on the last step', () => {
    setup(3, true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next step' })).toBeDisabled();
  });

  it('scrubs to a step and changes speed', async () => {
    const { onSeek, onSpeed } = setup(1);
    const scrubber = screen.getByRole('slider', { name: 'Step' });
    expect(scrubber).toHaveAttribute('aria-valuetext', 'Step 2 of 4');
    // jsdom does not move range inputs with arrow keys; a change event is what the browser fires.
    fireEvent.change(scrubber, { target: { value: '3' } });
    expect(onSeek).toHaveBeenLastCalledWith(2);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '2');
    expect(onSpeed).toHaveBeenCalledWith(2);
  });
});

describe('StepTranscript', () => {
  it('lists every step, marks the current one, and jumps on click', async () => {
    const onSelect = vi.fn();
    const run = fixtureRun();
    render(<StepTranscript steps={run.steps} current={1} onSelect={onSelect} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[1]).toHaveAttribute('aria-current', 'step');
    expect(items[0]).not.toHaveAttribute('aria-current');
    expect(items[1]).toHaveTextContent('(current step)');
    expect(items[3]).toHaveTextContent('Decrypt in us-east-1: AccessDeniedException');
    await userEvent.click(screen.getByRole('button', { name: /Store the ciphertext/ }));
    expect(onSelect).toHaveBeenCalledWith(2);
  });
});
