import fp from 'fastify-plugin';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';

/**
 * Routes validate and serialise with their zod schemas (fastify-type-provider-zod); `buildApp` declares the
 * matching `ZodTypeProvider`, so handlers see the parsed types of their params, query and body.
 */
export default fp(
  async function typeProvider(app) {
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
  },
  { name: 'type-provider' },
);
