import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

/** Every type here is read from the generated schema: no response shape is written by hand. */
type Ok<P extends keyof paths, M extends 'get' | 'post'> =
  paths[P] extends Record<M, { responses: { 200: { content: { 'application/json': infer T } } } }> ? T : never;

export type Me = Ok<'/v1/me', 'get'>;
export type CaseDetail = Ok<'/v1/cases/{id}', 'get'>;
export type CaseSummary = Ok<'/v1/cases', 'get'>['items'][number];
export type CaseQuery = NonNullable<paths['/v1/cases']['get']['parameters']['query']>;
export type ResidentHistory = Ok<'/v1/residents/{id}/history', 'get'>;
export type PatternReport = Ok<'/v1/reports/patterns', 'get'>;
export type RenewalRiskReport = Ok<'/v1/reports/renewal-risk', 'get'>;
export type MonthlyReviews = Ok<'/v1/reports/monthly-reviews', 'get'>;
export type Property = Ok<'/v1/properties', 'get'>['items'][number];
export type Staff = Ok<'/v1/staff', 'get'>['items'][number];
export type Stage = CaseSummary['stage'];
export type Severity = CaseSummary['severity'];
type ActionPath = Extract<keyof paths, `/v1/cases/{id}/${string}`>;
export type CaseAction = ActionPath extends `/v1/cases/{id}/${infer A}` ? A : never;
export type ActionBody<A extends CaseAction> = NonNullable<
  paths[`/v1/cases/{id}/${A}`]['post']['requestBody']
>['content']['application/json'];
/** The problem document of a refused action (400 with the fields, 409 with the current stage). */
export type Problem = paths['/v1/cases/{id}/facts']['post']['responses'][400]['content']['application/problem+json'] & {
  currentStage?: string;
};

const STORAGE = 'service-recovery.api-key';

/** The key lives for the browser session only (sessionStorage): closing the tab signs out. */
export const session = {
  key: () => sessionStorage.getItem(STORAGE),
  signIn: (key: string) => sessionStorage.setItem(STORAGE, key),
  signOut: () => sessionStorage.removeItem(STORAGE),
};

const auth: Middleware = {
  onRequest({ request }) {
    const key = session.key();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
};

/**
 * The console reads JSON (its CSV download is a plain fetch): answers are typed by their JSON content, the
 * patterns report as its object rather than also its CSV text, refusals as the problem document.
 */
export const api = createClient<paths, 'application/json' | 'application/problem+json'>({
  baseUrl: window.location.origin,
});
api.use(auth);

/** Throws the problem document, so screens handle every refusal in one place. */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || data === undefined) throw new ApiError(response.status, (error ?? {}) as Problem);
  return data;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
  }
}

/** Runs `work` over `items`, a few at a time. */
export async function inBatches<T, R>(
  items: T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runners = Array.from({ length: Math.min(size, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!, i);
    }
  });
  await Promise.all(runners);
  return results;
}
