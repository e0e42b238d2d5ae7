import { useEffect, useState } from 'react';

/** A small router over the History API: the app lives below /console/. */
export const BASE = '/console/';

export function navigate(to: string) {
  window.history.pushState(null, '', BASE + to.replace(/^\//, ''));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function usePath(): string {
  const read = () => window.location.pathname.slice(BASE.length - 1) || '/';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const update = () => setPath(read());
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return path;
}

/** An in-app link: a real <a href> (keyboard, middle-click) that navigates without reloading. */
export function linkProps(to: string) {
  return {
    href: BASE + to.replace(/^\//, ''),
    onClick: (event: React.MouseEvent) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      navigate(to);
    },
  };
}
