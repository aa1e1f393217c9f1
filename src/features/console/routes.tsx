import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { AREAS } from '@/app/areas';
import { ComingSoonPage } from '@/app/coming-soon-page';

const area = AREAS.find((a) => a.path === '/lab')!;

export const consoleRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/lab', component: () => <ComingSoonPage area={area} /> }),
] as const;
