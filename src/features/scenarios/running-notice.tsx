/** Shown while the scenario's code loads and while it runs: one message, so nothing flickers between the two. */
export const RUNNING_NOTICE = <p role="status">Running the scenario on the simulated KMS…</p>;
