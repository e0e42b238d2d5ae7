# One image for every role: `npm run start:api`, `npm run start:worker` or `npm run db:migrate`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Dependencies first (cached while only the code changes); the postinstall step generates the Prisma client.
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY infra/prisma-generate.cjs ./infra/
COPY console/build.cjs ./console/
RUN npm ci --include=dev && npm cache clean --force
COPY . .
# The staff console (console/dist), built here so the API starts with it fresh.
RUN node console/build.cjs
USER node
EXPOSE 3000
CMD ["npm", "run", "start:api"]
