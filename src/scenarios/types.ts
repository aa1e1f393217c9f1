/**
 * The scenario step model: what a guided scenario records while it runs the simulated KMS.
 *
 * A scenario is data plus pure code. Running it calls a fresh simulated KMS with a seeded random
 * source and a simulated clock, and records one {@link ScenarioStep} per thing the learner should
 * notice: who sent what to whom, the real bytes that moved, the KMS call made and its result.
 * The UI only projects these steps onto a diagram; it never talks to the KMS itself, so a scenario
 * replays byte for byte for the same seed and can be tested without a DOM.
 */

/** What a moving token carries. The diagram gives each kind its own colour, glyph and dash pattern. */
export type TokenKind = 'plaintext' | 'data-key' | 'wrapped-key' | 'ciphertext' | 'request' | 'error';

/** Every token kind, in legend order. */
export const TOKEN_KINDS: readonly TokenKind[] = ['plaintext', 'data-key', 'wrapped-key', 'ciphertext', 'request', 'error'];

/** A human label for each token kind (legend, screen-reader text). */
export const TOKEN_KIND_LABELS: Readonly<Record<TokenKind, string>> = {
  plaintext: 'Plaintext',
  'data-key': 'Plaintext data key',
  'wrapped-key': 'Encrypted data key',
  ciphertext: 'Ciphertext',
  request: 'Request',
  error: 'Error',
};

/** The kind of box an actor is drawn as. `kms` is drawn with an HSM boundary inside it. */
export type ActorKind = 'app' | 'kms' | 'storage' | 'service' | 'user';

/**
 * A participant in the scenario: the application, KMS in one Region, storage, an AWS service, a user.
 * `column`/`row` place it on a coarse grid; the UI turns the grid into pixels.
 */
export interface ScenarioActor {
  id: string;
  kind: ActorKind;
  label: string;
  /** One short line under the label, e.g. the Region or the IAM user name. */
  detail?: string;
  /** For `kms` actors: the Region the KMS endpoint lives in. */
  region?: string;
  column: number;
  row: number;
}

/** A labelled byte range inside a token's bytes, e.g. the nonce inside a ciphertext blob. */
export interface BytePart {
  name: string;
  offset: number;
  length: number;
  description: string;
}

/** Real bytes that moved in a step, with optional labelled parts (a ciphertext blob's fields). */
export interface TokenBytes {
  bytes: Uint8Array;
  parts: BytePart[];
  /** True when the bytes are UTF-8 text a learner can read (plaintext messages). */
  text?: boolean;
  /**
   * True when the bytes come from WebCrypto's own randomness (an RSA key pair, RSA-OAEP padding), which
   * no seed controls: they differ on every run, even for the same seed.
   */
  unseeded?: boolean;
}

/** A labelled token travelling along the edge between two actors. */
export interface ScenarioToken {
  kind: TokenKind;
  /** Short label drawn on the moving chip, e.g. "CiphertextBlob 184 B". */
  label: string;
  /** The real bytes, when the token carries bytes (requests and errors may not). */
  bytes?: TokenBytes;
}

/** One movement in a step: a token going from one actor to another. */
export interface ScenarioMove {
  from: string;
  to: string;
  token: ScenarioToken;
}

/** The KMS call a step made, as the learner would see it in the AWS CLI or SDK, and its outcome. */
export interface KmsCallRecord {
  /** Operation name, e.g. `Encrypt`. */
  operation: string;
  /** The IAM permission the call needs, e.g. `kms:Encrypt`. */
  permission: string;
  /** The operation's AWS API Reference page and one-line description, from the simulator's registry. */
  docUrl?: string;
  description?: string;
  region: string;
  /** Who called: `root`, an IAM user name, or a service acting for a user. */
  caller: string;
  /** The request as JSON, blobs shown as `<N bytes>` (the real bytes are in the step's tokens). */
  input: Record<string, unknown>;
  /** The result: the response (blobs summarised) or the AWS error name and message. */
  outcome: { ok: true; output: Record<string, unknown> } | { ok: false; errorName: string; message: string };
  /** Why the call was allowed or denied, when the simulator explains it (permissions scenario). */
  decision?: string;
}

/** What a KMS actor shows inside its HSM boundary at this step (key id, material versions, aliases). */
export interface KmsActorState {
  keys: string[];
}

/** One step of a scenario: a title, one or two sentences of narration, what moved and what was called. */
export interface ScenarioStep {
  /** A stable slug, unique within the scenario. */
  id: string;
  title: string;
  /** One or two sentences, shown as caption and in the transcript. */
  narration: string;
  moves: ScenarioMove[];
  /** The KMS call this step is about, if any (local encryption steps make none). */
  call?: KmsCallRecord;
  /** Other KMS calls the step made along the way (e.g. CreateKey before EnableKeyRotation). */
  moreCalls?: KmsCallRecord[];
  /** What each KMS actor shows inside its HSM boundary at this step, keyed by actor id. */
  kmsState: Record<string, KmsActorState>;
  /** Actors the step is about; the diagram emphasises them. */
  focus: string[];
}

/** A documentation link a scenario rests on. */
export interface ScenarioSource {
  label: string;
  url: string;
}

/** A scenario's result: its actors and the steps recorded by one run. */
export interface ScenarioRun {
  id: string;
  title: string;
  seed: string;
  actors: ScenarioActor[];
  steps: ScenarioStep[];
  sources: ScenarioSource[];
  /** Anything the run could not make deterministic, said plainly. Empty when it replays exactly. */
  caveats: string[];
}

/** Options every scenario's `run` accepts. */
export interface RunOptions {
  /** Seed for the simulator's random source; the same seed gives the same bytes. */
  seed?: string;
}

/** A scenario as listed in the app: metadata plus the pure function that runs it. */
export interface ScenarioDefinition {
  id: string;
  title: string;
  /** One sentence for the list page. */
  summary: string;
  /** What the learner will take away, one line each. */
  takeaways: string[];
  run(options?: RunOptions): Promise<ScenarioRun>;
}
