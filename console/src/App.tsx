import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { api, ApiError, must, session, type Me } from './api/client';
import { BASE, linkProps, navigate, usePath } from './router';
import type { OidcConfig } from './auth/oidc';
import { Queue } from './screens/Queue';
import { CaseScreen } from './screens/Case';

// Charts only load for managers who open the portfolio, keeping the first load small.
const Portfolio = lazy(() => import('./screens/Portfolio'));

export const isManager = (me: Me) =>
  me.role === 'community_manager' || me.role === 'regional_manager' || me.role === 'admin';

/** What /console/config.json says: whether people sign in with the organisation's provider. */
interface ConsoleConfig {
  oidc: OidcConfig | null;
}
type OidcModule = typeof import('./auth/oidc');
// The OIDC client only loads when the provider is configured, keeping key sign-in's first load small.
const loadOidc = (): Promise<OidcModule> => import('./auth/oidc');

export function App() {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(true);
  const [signInError, setSignInError] = useState<string | null>(null);

  async function identify(viaProvider: boolean) {
    try {
      setMe(await must(api.GET('/v1/me')));
      setSignInError(null);
    } catch (error) {
      session.signOut();
      setMe(null);
      setSignInError(
        error instanceof ApiError && (error.status === 401 || error.status === 403)
          ? viaProvider
            ? `You signed in, but the service refused you: ${error.problem.detail ?? error.problem.title}`
            : 'That API key is unknown or revoked.'
          : 'The service did not answer; try again.',
      );
    } finally {
      setChecking(false);
    }
  }

  useEffect(() => {
    void (async () => {
      const loaded = await fetch(`${BASE}config.json`)
        .then((r) => (r.ok ? (r.json() as Promise<ConsoleConfig>) : { oidc: null }))
        .catch(() => ({ oidc: null }));
      setConfig(loaded);
      if (loaded.oidc) {
        const oidc = await loadOidc();
        if (oidc.isCallback()) {
          try {
            const returnTo = await oidc.completeSignIn(loaded.oidc);
            navigate(returnTo);
            return identify(true);
          } catch (error) {
            setSignInError((error as Error).message);
            setChecking(false);
            return;
          }
        }
        if (session.key() && oidc.signedInWithProvider()) {
          if (await oidc.freshOnOpen(loaded.oidc)) return identify(true);
          return;
        }
      }
      if (session.key()) return identify(false);
      setChecking(false);
    })();
  }, []);

  // While signed in through the provider, the access token is renewed before it expires.
  useEffect(() => {
    const oidcConfig = config?.oidc;
    if (!me || !oidcConfig) return;
    let stop = () => {};
    let cancelled = false;
    void loadOidc().then((oidc) => {
      if (cancelled || !oidc.signedInWithProvider()) return;
      stop = oidc.keepFresh(oidcConfig, (reason) => {
        setMe(null);
        setSignInError(reason);
      });
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [me, config]);

  if (checking || !config)
    return (
      <p className="loading" role="status">
        Signing in…
      </p>
    );
  if (!me) {
    return (
      <SignIn
        error={signInError}
        oidc={config.oidc}
        onProvider={(oidcConfig) => {
          setChecking(true);
          void loadOidc()
            .then((oidc) => oidc.startSignIn(oidcConfig))
            .catch(() => {
              setChecking(false);
              setSignInError(`${oidcConfig.organisation}'s sign-in page could not be reached; try again.`);
            });
        }}
        onKey={(key) => {
          session.signIn(key);
          setChecking(true);
          void identify(false);
        }}
      />
    );
  }
  return (
    <Shell
      me={me}
      onSignOut={() => {
        session.signOut();
        setMe(null);
        navigate('/');
        const oidcConfig = config.oidc;
        if (oidcConfig) void loadOidc().then((oidc) => oidc.signOut(oidcConfig));
      }}
    />
  );
}

function SignIn({
  onKey,
  onProvider,
  oidc,
  error,
}: {
  onKey: (key: string) => void;
  onProvider: (config: OidcConfig) => void;
  oidc: OidcConfig | null;
  error: string | null;
}) {
  const [key, setKey] = useState('');
  const keyForm = (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (key.trim()) onKey(key.trim());
      }}
    >
      <label htmlFor="api-key">API key</label>
      <input
        id="api-key"
        type="password"
        autoComplete="off"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        aria-invalid={error && !oidc ? true : undefined}
        aria-describedby={error ? 'sign-in-error' : undefined}
        required={!oidc}
      />
      <button type="submit">Sign in</button>
    </form>
  );
  return (
    <main className="sign-in">
      <h1>Service Recovery</h1>
      {error && (
        <p id="sign-in-error" className="error" role="alert">
          {error}
        </p>
      )}
      {oidc ? (
        <>
          <p>Sign in with your work account.</p>
          <button type="button" onClick={() => onProvider(oidc)}>
            Sign in with {oidc.organisation}
          </button>
          <details>
            <summary>Use a personal API key instead</summary>
            {keyForm}
          </details>
        </>
      ) : (
        <>
          <p>Sign in with your personal API key. It is kept for this browser tab only.</p>
          {keyForm}
        </>
      )}
    </main>
  );
}

function Shell({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const path = usePath();
  const main = useRef<HTMLElement>(null);
  const caseMatch = path.match(/^\/cases\/([0-9a-f-]{36})\/?$/);
  const screen = caseMatch ? 'case' : path.startsWith('/portfolio') && isManager(me) ? 'portfolio' : 'queue';
  // A new screen takes the focus, so keyboard and screen-reader users start at its heading.
  useEffect(() => main.current?.focus(), [path]);
  return (
    <>
      <header className="top">
        <a className="skip" href="#main">
          Skip to content
        </a>
        <nav aria-label="Main">
          <a {...linkProps('/')} aria-current={screen === 'queue' ? 'page' : undefined}>
            My queue
          </a>
          {isManager(me) && (
            <a {...linkProps('/portfolio')} aria-current={screen === 'portfolio' ? 'page' : undefined}>
              Portfolio
            </a>
          )}
        </nav>
        <span className="who">
          {me.staffId ?? me.actor} · {me.role.replace(/_/g, ' ')}
        </span>
        <button type="button" className="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {screen === 'case' && <CaseScreen id={caseMatch![1]!} me={me} />}
        {screen === 'queue' && <Queue me={me} />}
        {screen === 'portfolio' && (
          <Suspense fallback={<p role="status">Loading the portfolio…</p>}>
            <Portfolio me={me} />
          </Suspense>
        )}
      </main>
    </>
  );
}
