/** The scenarios feature's public surface. */
export { scenarioRoutes } from './routes';
export { saveSessionAsScenario } from './recorded/play-session';
