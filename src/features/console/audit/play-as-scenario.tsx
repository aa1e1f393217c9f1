import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Button, Notice } from '@/components/ui';
import { saveSessionAsScenario } from '@/features/scenarios';
import type { AuditEvent } from '@/kms/access';
import { useConsoleStore } from '../console-store';

/** Select events, then play them as a scenario (the scenarios feature turns them into steps). */
export function PlayAsScenario({
  events,
  selected,
  onSelect,
}: {
  events: AuditEvent[];
  selected: Set<string>;
  onSelect: (ids: Set<string>) => void;
}) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const chosen = events.filter((e) => selected.has(e.eventId));
  const play = async () => {
    setError(null);
    try {
      // The console still holds this visit's requests and responses: the scenario gets their real bytes.
      const id = await saveSessionAsScenario(chosen, useConsoleStore.getState().calls);
      await navigate({ to: '/scenarios/recorded/$recordingId', params: { recordingId: id } });
    } catch (err) {
      setError(`The scenario could not be saved (${err instanceof Error ? err.message : String(err)}).`);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Play as scenario">
      <Button size="sm" disabled={!chosen.length} onClick={() => void play()}>
        Play {chosen.length || ''} selected as scenario
      </Button>
      <Button size="sm" onClick={() => onSelect(new Set(events.map((e) => e.eventId)))}>
        Select all shown
      </Button>
      <Button size="sm" disabled={!selected.size} onClick={() => onSelect(new Set())}>
        Clear selection
      </Button>
      {error && (
        <Notice tone="error" compact>
          {error}
        </Notice>
      )}
    </div>
  );
}
