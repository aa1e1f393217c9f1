import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { AREAS } from '@/app/areas';
import { ComingSoonPage } from '@/app/coming-soon-page';

const area = AREAS.find((a) => a.path === '/scenarios')!;

export const scenarioRoutes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/scenarios', component: () => <ComingSoonPage area={area} /> }),
] as const;
