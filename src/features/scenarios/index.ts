/** The scenarios feature's public surface. */
export { scenarioRoutes } from './routes';
