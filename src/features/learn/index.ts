/** The study area's public surface: its routes. */
export { learnRoutes } from './routes';
