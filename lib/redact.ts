/**
 * Secrets never reach a log line, an error message or the outbox: passwords in URLs (`user:pass@`), secret
 * query parameters (`?password=`, `?token=` …), and whole values of variables that are secrets themselves.
 */
const SECRET_PARAM =
  /^(password|pass|pwd|passwd|secret|token|access_token|api[_-]?key|key|sig|signature|auth|authorization|credentials?)$/i;
const SECRET_NAME = /(KEY|SECRET|PASSWORD|TOKEN)$/i;

/** A URL without its password or secret query parameters; text that is not a URL goes through `redactSecrets`. */
export function redactUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = '***';
    for (const name of [...url.searchParams.keys()]) if (SECRET_PARAM.test(name)) url.searchParams.set(name, '***');
    return url.toString();
  } catch {
    return redactSecrets(value);
  }
}

/** Free text (an error message) with every password-bearing URL part and secret parameter masked. */
export function redactSecrets(text: string): string {
  return text
    .replace(/(\/\/[^\s/:@]*):[^\s/@]*@/g, '$1:***@')
    .replace(/([?&;]\s*([A-Za-z_-]+)\s*=)([^&\s'"]*)/g, (whole, head: string, name: string) =>
      SECRET_PARAM.test(name) ? `${head}***` : whole,
    )
    .replace(/\b(password|pwd|passwd|secret|token)\s*[:=]\s*([^\s&'",;]+)/gi, '$1=***');
}

/** How a configuration value may be shown: secrets not at all, URLs without their passwords. */
export function showConfigValue(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return '""';
  if (SECRET_NAME.test(name)) return `<${value.length} characters, not shown>`;
  return JSON.stringify(redactUrl(value));
}
