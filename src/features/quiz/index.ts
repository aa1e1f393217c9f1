/**
 * The quiz feature's public surface: what the router and other features may use. Everything else in
 * this folder is private to the feature.
 */
export { quizRoutes } from './routes';
export { ReviewsDueLink } from './reviews-due-link';
