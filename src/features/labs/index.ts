/**
 * The Labs area's public surface: its routes, the banner lab pages show while the learner works in a
 * lab (the console and the envelope page render it), and the labs summary of the progress page.
 */
export { labsRoutes } from './routes';
export { WorkspaceBanner } from './workspace-banner';
export { LabsProgress } from './labs-progress';
