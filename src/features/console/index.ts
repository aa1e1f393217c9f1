/** The lab console feature's public surface. */
export { consoleRoutes } from './routes';
