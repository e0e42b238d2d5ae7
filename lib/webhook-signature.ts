import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, as Stripe signs them: `x-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
 * The timestamp is inside the signature, so a receiver that rejects old timestamps cannot be fed a
 * recorded message again later. This module is also the reference for receivers (see the README).
 */
export function signWebhook(secret: string, body: string, at: Date = new Date()): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** Null when the header signs this body within `toleranceSeconds` of `now`; else why not. */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  body: string,
  toleranceSeconds = 300,
  now: Date = new Date(),
): string | null {
  const parts = new Map<string, string[]>();
  for (const item of (header ?? '').split(',')) {
    const at = item.indexOf('=');
    if (at > 0)
      parts.set(item.slice(0, at).trim(), [...(parts.get(item.slice(0, at).trim()) ?? []), item.slice(at + 1).trim()]);
  }
  const t = Number(parts.get('t')?.[0]);
  if (!Number.isInteger(t)) return 'no timestamp';
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return 'timestamp outside the tolerance';
  const expected = Buffer.from(createHmac('sha256', secret).update(`${t}.${body}`).digest('hex'));
  const ok = (parts.get('v1') ?? []).some(
    (v) => v.length === expected.length && timingSafeEqual(Buffer.from(v), expected),
  );
  return ok ? null : 'signature does not match';
}
