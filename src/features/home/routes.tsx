import { createRoute } from '@tanstack/react-router';
import { rootRoute } from '@/app/root-route';
import { HomePage } from './home-page';

export const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomePage });

export const homeRoutes = [homeRoute] as const;
