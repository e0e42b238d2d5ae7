import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

/**
 * The API's documentation pages at /docs. Their CSP allows Swagger UI's own scripts and styles by hash;
 * plain http on a loopback port must keep working, so the CSP does not upgrade requests to https.
 */
export default fp(
  async function swaggerUiPlugin(app) {
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
    });
  },
  { name: 'swagger-ui', dependencies: ['swagger'] },
);
