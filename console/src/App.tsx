import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { api, ApiError, must, session, type Me } from './api/client';
import { linkProps, navigate, usePath } from './router';
import { Queue } from './screens/Queue';
import { CaseScreen } from './screens/Case';

// Charts only load for managers who open the portfolio, keeping the first load small.
const Portfolio = lazy(() => import('./screens/Portfolio'));

export const isManager = (me: Me) =>
  me.role === 'community_manager' || me.role === 'regional_manager' || me.role === 'admin';

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(Boolean(session.key()));
  const [signInError, setSignInError] = useState<string | null>(null);

  async function identify() {
    try {
      setMe(await must(api.GET('/v1/me')));
      setSignInError(null);
    } catch (error) {
      session.signOut();
      setMe(null);
      setSignInError(
        error instanceof ApiError && error.status === 401
          ? 'That API key is unknown or revoked.'
          : 'The service did not answer; try again.',
      );
    } finally {
      setChecking(false);
    }
  }

  useEffect(() => {
    if (session.key()) void identify();
  }, []);

  if (checking)
    return (
      <p className="loading" role="status">
        Signing in…
      </p>
    );
  if (!me) {
    return (
      <SignIn
        error={signInError}
        onKey={(key) => {
          session.signIn(key);
          setChecking(true);
          void identify();
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
      }}
    />
  );
}

function SignIn({ onKey, error }: { onKey: (key: string) => void; error: string | null }) {
  const [key, setKey] = useState('');
  return (
    <main className="sign-in">
      <h1>Service Recovery</h1>
      <p>Sign in with your personal API key. It is kept for this browser tab only.</p>
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
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'sign-in-error' : undefined}
          required
        />
        {error && (
          <p id="sign-in-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Sign in</button>
      </form>
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
