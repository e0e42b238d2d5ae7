import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI where it can fetch its engine (`prisma migrate deploy`, `prisma studio`).
// The project's own scripts (`npm run db:migrate`, `npm run db:migration`) work offline without it.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:54329/service_recovery' },
});
