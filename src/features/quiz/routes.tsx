import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { AREAS } from '@/app/areas';
import { ComingSoonPage } from '@/app/coming-soon-page';

const quizArea = AREAS.find((a) => a.path === '/quiz')!;
const progressArea = AREAS.find((a) => a.path === '/progress')!;

export const quizRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/quiz', component: () => <ComingSoonPage area={quizArea} /> }),
  createRoute({ getParentRoute: () => rootRoute, path: '/progress', component: () => <ComingSoonPage area={progressArea} /> }),
] as const;
