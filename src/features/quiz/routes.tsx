import { type AnyRootRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { filterFromSearch, type QuestionFilter } from './question-pool';
import { QuizHubPage } from './quiz-hub-page';

/** The quiz area's routes, under the app's root route (composed in src/router.tsx). */
export function quizRoutes<TParent extends AnyRootRoute>(parent: TParent) {
  // Every page is its own chunk: the home page never loads the parser, FSRS or the banks. The hub page
  // is the exception: it is only a heading, and it lazy-loads the hub itself.
  const quizHubRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz',
    validateSearch: (search: Record<string, unknown>): QuestionFilter => filterFromSearch(search),
    component: QuizHubPage,
  });

  const practiceRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz/practice',
    validateSearch: (search: Record<string, unknown>): QuestionFilter => filterFromSearch(search),
    component: lazyRouteComponent(() => import('./practice-page'), 'PracticePage'),
  });

  const examRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz/exam',
    // `bank` preselects "Questions from" (the banks page's "Exam" action).
    validateSearch: (search: Record<string, unknown>): { bank?: string } =>
      typeof search.bank === 'string' && search.bank ? { bank: search.bank } : {},
    component: lazyRouteComponent(() => import('./exam-page'), 'ExamPage'),
  });

  const reviewRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz/review',
    component: lazyRouteComponent(() => import('./review-page'), 'ReviewPage'),
  });

  const drillRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz/drill',
    component: lazyRouteComponent(() => import('./drill-page'), 'DrillPage'),
  });

  const banksRoute = createRoute({
    getParentRoute: () => parent,
    path: '/quiz/banks',
    component: lazyRouteComponent(() => import('./banks-page'), 'BanksPage'),
  });

  const progressRoute = createRoute({
    getParentRoute: () => parent,
    path: '/progress',
    component: lazyRouteComponent(() => import('./progress-page'), 'ProgressPage'),
  });

  const pastExamRoute = createRoute({
    getParentRoute: () => parent,
    path: '/progress/exams/$examId',
    component: lazyRouteComponent(() => import('./past-exam-page'), 'PastExamPage'),
  });

  return [quizHubRoute, practiceRoute, examRoute, reviewRoute, drillRoute, banksRoute, progressRoute, pastExamRoute] as const;
}
