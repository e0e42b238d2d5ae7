import { createHash } from 'node:crypto';
import type { Translator } from '../../../domain/i18n';

/**
 * The resident page's HTML: server-rendered, no script, one inline style sheet allowed by its hash in the
 * Content-Security-Policy. Sized for phones first (readable at 360 px), large tap targets, visible focus.
 */
const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f4f1}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.125rem;margin:0 0 .5rem}
h3{font-size:1rem;margin:0 0 .25rem}
section{background:#fff;border:1px solid #d0d0c8;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.status{border-left:.375rem solid #1d5fa8}
.waiting{border-left-color:#8a4b00}
p{margin:.25rem 0 .75rem}
.muted{color:#4a4a4a;font-size:.9375rem}
ol{list-style:none;margin:0;padding:0}
li{border-top:1px solid #e2e2da;padding:.75rem 0}
li:first-child{border-top:0;padding-top:0}
.body{white-space:pre-wrap;overflow-wrap:anywhere}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
textarea{width:100%;min-height:5rem;font:inherit;padding:.5rem;border:1px solid #6b6b6b;border-radius:.375rem}
.buttons{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.75rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1rem;cursor:pointer}
button{border-radius:.375rem;border:2px solid #1d5fa8}
.yes{background:#1d5fa8;color:#fff}
.no{background:#fff;color:#1d5fa8}
a{color:#1d5fa8}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
footer{font-size:.875rem;color:#4a4a4a;padding:0 0 2rem}
`;

const styleHash = createHash('sha256').update(STYLE).digest('base64');

/** No script at all, no other origin, forms only back to this site, never framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${styleHash}'`,
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Trusted markup built by these helpers; everything else passes through `escapeHtml`. */
export class Html {
  constructor(readonly markup: string) {}
}

export function html(
  strings: TemplateStringsArray,
  ...values: Array<string | Html | Array<Html> | null | undefined | false>
): Html {
  let out = strings[0]!;
  values.forEach((value, i) => {
    if (value instanceof Html) out += value.markup;
    else if (Array.isArray(value)) out += value.map((v) => v.markup).join('');
    else if (value) out += escapeHtml(value);
    out += strings[i + 1];
  });
  return new Html(out);
}

export function document(lang: string, title: string, content: Html): string {
  return (
    '<!doctype html>' +
    html`<html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <title>${title}</title>
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <main>${content}</main>
      </body>
    </html>`.markup
  );
}

/** A short page with a title, a sentence and an optional way back (answers, "already answered", errors). */
export function notice(t: Translator | null, lang: string, title: string, body: string, backHref?: string): string {
  const back = backHref && t ? html`<p><a href="${backHref}">${t.t('action.back')}</a></p>` : null;
  return document(
    lang,
    title,
    html`<h1>${title}</h1>
      <section class="status" role="status"><p>${body}</p></section>
      ${back}`,
  );
}

/** The 404 for any link that does not open a case: the same for tampered, unknown and expired tokens. */
export function notFoundPage(): string {
  return document(
    'en',
    'Page not found',
    html`<h1>Page not found</h1>
      <section>
        <p>This link does not work (any more). If you need help, please contact your property’s office.</p>
        <p lang="es">Este enlace no funciona. Si necesita ayuda, contacte con la oficina de su comunidad.</p>
        <p lang="fr">Ce lien ne fonctionne pas. Si vous avez besoin d’aide, contactez le bureau de votre immeuble.</p>
      </section>`,
  );
}
