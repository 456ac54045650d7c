import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv, Services } from './http/env.ts';
import { SoError, errorBody } from './http/errors.ts';
import { requireSuperOfficeUser } from './auth/authenticate.ts';
import { mountSandboxAuth } from './auth/sandboxAuthRoutes.ts';
import { mountAgent } from './http/agent.ts';
import { RightsBuilder } from './rights/carrierRights.ts';
import { coreLists } from './mdo/coreLists.ts';
import { workflowMethods, workflowLists } from './agents/workflow/index.ts';
import { targetsMethods, targetsLists, mountTargetsSandbox } from './agents/targets/index.ts';
import { mountAkana } from './akana/index.ts';
import { notFound } from './http/errors.ts';
import { mountFaultInjector } from './sandbox/faultInjector.ts';

/** The sandbox API: SuperOffice's Workflow and Targets agents, MDO lists and Akana definitions. */
export function createApp(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.onError((err, c) => {
    if (err instanceof SoError) return c.json(errorBody(err), err.status);
    if (err instanceof HTTPException) return err.getResponse();
    console.error(err);
    return c.json(
      errorBody(
        new SoError(500, 'SoServerException', err instanceof Error ? err.message : String(err)),
      ),
      500,
    );
  });

  app.use('*', async (c, next) => {
    c.set('services', services);
    await next();
  });

  app.get('/api/health', (c) => c.json({ status: 'ok', database: services.db.file ?? ':memory:' }));

  // Faults first: they can hit the sandbox's sign-in too.
  mountFaultInjector(app);
  mountSandboxAuth(app);
  mountTargetsSandbox(app, services.db);

  app.use('/api/v1/*', requireSuperOfficeUser);

  app.get('/api/v1/User/currentPrincipal', (c) => {
    const u = c.get('user');
    return c.json({
      UserName: u.userName,
      FullName: u.fullName,
      Associate: {
        AssociateId: u.associateId,
        Name: u.userName.toUpperCase(),
        FullName: u.fullName,
      },
    });
  });

  const lists = { ...coreLists, ...workflowLists, ...targetsLists };
  app.get('/api/v1/MDOList/:name', (c) => {
    const provider = lists[c.req.param('name').toLowerCase()];
    if (!provider) throw notFound('MDO list', c.req.param('name'));
    const language = c.get('language');
    return c.json(
      provider({ ...services, user: c.get('user'), language, rights: new RightsBuilder(language) }),
    );
  });

  mountAgent(app, 'Workflow', workflowMethods);
  mountAgent(app, 'Targets', targetsMethods);
  mountAkana(app);

  app.all('/api/*', (c) =>
    c.json(
      errorBody(
        new SoError(404, 'SoNotFoundException', `No endpoint ${c.req.method} ${c.req.path}`),
      ),
      404,
    ),
  );
  return app;
}
