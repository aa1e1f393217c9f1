/**
 * What a lab challenge is: its catalog entry (title, topic, difficulty), the text the learner reads
 * (situation, goal, hints, model solution), the starting state it sets up, and the checker that
 * grades the outcome from a snapshot of the lab's simulated KMS.
 */
import type { Kms } from '@/kms';
import type { AuditTrail, Iam } from '@/kms/access';
import type { LabInfo } from './catalog';

import type { LabSnapshot } from './snapshot';

/**
 * Values the starting state recorded for the checker and the learner (key ids, a ciphertext to
 * decrypt, ...). Strings only, so they persist and export as they are.
 */
export type LabFacts = Readonly<Record<string, string>>;

/** Something the lab hands the learner to work with (a ciphertext, an encryption context). */
export interface LabHandout {
  label: string;
  value: string;
  /**
   * How the console should be told about it: bytes in base64, a JSON encryption context, or plain
   * text. `key-material` is key material (base64) kept in the learner's HSM: the lab page does not
   * show it but offers to wrap it with a wrapping public key, for ImportKeyMaterial.
   */
  kind: 'base64' | 'json' | 'text' | 'key-material';
}

/** One condition of a lab's goal, as the checker found it. */
export interface LabCondition {
  /** Stable id within the lab (tests and the result list key on it). */
  id: string;
  /** What must be true, stated as an outcome ("alias/payments-app points at a symmetric key"). */
  label: string;
  held: boolean;
  /** When held: what was found. When not: what is missing and where to look. */
  message: string;
}

/** The AWS CLI commands of a model solution, and why they work. */
export interface LabSolution {
  /** Shell commands (AWS CLI v2), one step per line group; comments start with `#`. */
  cli: string;
  /** Markdown paragraphs explaining the solution and the ideas behind it. */
  explanation: string;
}

/** What a lab's setup gets: the empty workspace's simulator and its clock. */
export interface LabSetupContext {
  kms: Kms<Iam, AuditTrail>;
  /** The workspace's simulated now (epoch ms). */
  now: () => number;
  /** Moves the workspace's clock forward (to place starting events in the past of the learner's start). */
  advance: (ms: number) => void;
}

/** One lab challenge: its catalog entry (`catalog.ts`) and everything else. */
export interface LabDefinition extends LabInfo {
  /** Markdown: what the starting state is and why the task matters. */
  situation: string;
  /** Markdown: the goal, stated as an outcome (never as steps). */
  goal: string;
  /** Markdown hints, each revealing more than the one before. */
  hints: readonly string[];
  solution: LabSolution;
  /**
   * Bumped when the starting state changes, so a workspace set up by an older version can be told to
   * reset (its facts no longer match what the checker expects).
   */
  version: number;
  /** Sets up the starting state in an empty workspace and returns the facts the checker needs. */
  setup(ctx: LabSetupContext): Promise<Record<string, string>>;
  /** What the learner gets to work with, from the facts (shown on the lab page). */
  handouts?(facts: LabFacts): LabHandout[];
  /**
   * Grades the outcome. Pure: reads only the snapshot, and never throws, whatever the state (missing
   * facts, deleted keys, a hand-written policy).
   */
  check(snapshot: LabSnapshot): LabCondition[];
}
