import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

/** Security headers. Answers are JSON, so their CSP allows nothing; the /docs pages set their own (swagger-ui.ts). */
export default fp(
  async function helmetPlugin(app) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      },
    });
  },
  { name: 'helmet' },
);
