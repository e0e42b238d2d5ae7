import cors from '@fastify/cors';
import fp from 'fastify-plugin';

/** Browser origins allowed by CORS: `deps.corsOrigins` (none by default; `*` for any), never with credentials. */
export default fp(
  async function corsPlugin(app) {
    const origins = app.deps.corsOrigins ?? [];
    await app.register(cors, { origin: origins.includes('*') ? true : origins, credentials: false });
  },
  { name: 'cors' },
);
