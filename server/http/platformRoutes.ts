/** The Akana platform's paths the definitions page calls: `--platform URL` proxies these. */
export const platformRoutes = ['/api/workflow/*', '/api/login', '/api/logout'] as const;
