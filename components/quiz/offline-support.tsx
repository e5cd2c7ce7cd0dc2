'use client';
import { useEffect } from 'react';

// the build's id (next.config.js): the worker keeps one cache per build and drops the older ones
const WORKER_URL = `/sw.js?build=${encodeURIComponent(process.env.CLAIMCHECK_BUILD_ID ?? 'dev')}`;

function activated(worker: ServiceWorker | null): Promise<ServiceWorker> {
  return new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('no service worker'));
    if (worker.state === 'activated') return resolve(worker);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('the service worker was replaced'));
    });
  });
}

/** Registers the service worker that lets a quiz page reload without a connection. */
export function OfflineSupport() {
  useEffect(() => {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker
        .register(WORKER_URL)
        // this build's worker, once active (after an upgrade, the old build's worker is still the active one for a moment)
        .then((registration) => activated(registration.installing ?? registration.waiting ?? registration.active))
        .then((worker) => {
          const urls = [
            window.location.pathname,
            ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src),
            ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (l) => l.href),
          ];
          // a service worker's postMessage has no target origin (that is window.postMessage's)
          // oxlint-disable-next-line unicorn/require-post-message-target-origin
          worker.postMessage({ type: 'cache-page', urls });
        })
        .catch(() => {
          // without it the quiz still works online; answers are kept on the device either way
        });
    }
  }, []);
  return null;
}
