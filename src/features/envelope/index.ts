/** The envelope-encryption feature's public surface. */
export { envelopeRoutes } from './routes';
