import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { filterFromSearch, type QuestionFilter } from './question-pool';
import { QuizHubPage } from './quiz-hub-page';

// Every page is its own chunk: the home page never loads the parser, FSRS or the banks. The hub page
// is the exception: it is only a heading, and it lazy-loads the hub itself.
const quizHubRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz',
  validateSearch: (search: Record<string, unknown>): QuestionFilter => filterFromSearch(search),
  component: QuizHubPage,
});

const practiceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/practice',
  validateSearch: (search: Record<string, unknown>): QuestionFilter => filterFromSearch(search),
  component: lazyRouteComponent(() => import('./practice-page'), 'PracticePage'),
});

const examRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/exam',
  component: lazyRouteComponent(() => import('./exam-page'), 'ExamPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/review',
  component: lazyRouteComponent(() => import('./review-page'), 'ReviewPage'),
});

const drillRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/drill',
  component: lazyRouteComponent(() => import('./drill-page'), 'DrillPage'),
});

const banksRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quiz/banks',
  component: lazyRouteComponent(() => import('./banks-page'), 'BanksPage'),
});

const progressRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/progress',
  component: lazyRouteComponent(() => import('./progress-page'), 'ProgressPage'),
});

export const quizRoutes = [quizHubRoute, practiceRoute, examRoute, reviewRoute, drillRoute, banksRoute, progressRoute] as const;
