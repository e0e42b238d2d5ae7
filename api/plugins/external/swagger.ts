import swagger from '@fastify/swagger';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { discoveryUrl } from '../../../lib/oidc';
import { addLinks } from '../../openapi';

/**
 * The OpenAPI document, built from the routes' zod schemas and served at /openapi.json. Callers authenticate
 * with an API key, or, when `deps.oidc` is set, with an access token of the organisation's provider.
 */
export default fp(
  async function swaggerPlugin(app) {
    const oidc = app.deps.oidc;
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'Service Recovery API',
          version: '1',
          description:
            'Open resident service-recovery cases and act on them; every case runs as a durable Temporal workflow. ' +
            'Every route except health needs `Authorization: Bearer <API key>`; a key sees only its properties.',
        },
        components: {
          securitySchemes: {
            apiKey: { type: 'http', scheme: 'bearer', description: 'An API key minted by an admin' },
            // People sign in at the organisation's provider and send its access token as the bearer value.
            ...(oidc
              ? {
                  openIdConnect: {
                    type: 'openIdConnect' as const,
                    openIdConnectUrl: discoveryUrl(oidc.issuer),
                    description:
                      `An access token (JWT) of ${oidc.issuer} for the audience ${oidc.audience}; ` +
                      `its "${oidc.staffClaim}" claim names an active staff member`,
                  },
                }
              : {}),
          },
        },
        security: oidc ? [{ apiKey: [] }, { openIdConnect: [] }] : [{ apiKey: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: (documents) =>
        addLinks('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject),
    });
    app.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'swagger' },
);
