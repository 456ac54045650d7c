import type { RouteObject } from 'react-router';

/** Routes under /workflows (pages are lazy-loaded). */
export const workflowsRoutes: RouteObject[] = [
  {
    index: true,
    lazy: () => import('./pages/FlowsListPage.tsx').then((m) => ({ Component: m.FlowsListPage })),
  },
  {
    path: ':flowId',
    lazy: () => import('./pages/FlowPage.tsx').then((m) => ({ Component: m.FlowPage })),
  },
  {
    path: ':flowId/options/:optionId',
    lazy: () => import('./pages/StepOptionPage.tsx').then((m) => ({ Component: m.StepOptionPage })),
  },
  {
    path: ':flowId/goals/:goalId',
    lazy: () => import('./pages/GoalPage.tsx').then((m) => ({ Component: m.GoalPage })),
  },
];
