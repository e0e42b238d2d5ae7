import { createHash, randomBytes } from 'node:crypto';

/**
 * Resident links: `PUBLIC_URL/r/<token>`, the token 256 random bits in base64url. Only its SHA-256 hash is
 * stored (`ResidentLink.tokenHash`), so the table alone opens no case.
 */
export const RESIDENT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newResidentToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashResidentToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function residentLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/r/${token}`;
}

/** Any resident link in a text (log lines, URLs) with its token blanked out. */
export function redactResidentLinks(text: string): string {
  return text.replace(/\/r\/[A-Za-z0-9_-]+/g, '/r/[redacted]');
}
