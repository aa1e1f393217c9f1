import { create } from 'zustand';

/**
 * Per-frame playback state, kept out of React state so that only the moving token re-renders on
 * each animation frame (the diagram's nodes and edges change only when the step changes).
 */
interface PlaybackState {
  /** How far the current step's tokens have travelled, 0..1. */
  progress: number;
  setProgress: (progress: number) => void;
}

export const usePlayback = create<PlaybackState>((set) => ({
  progress: 1,
  setProgress: (progress) => set({ progress }),
}));
