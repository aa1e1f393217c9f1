/** The sources feature's public surface. */
export { sourcesRoutes } from './routes';
