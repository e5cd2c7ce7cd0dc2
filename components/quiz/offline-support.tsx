'use client';
import { useEffect } from 'react';

/** Registers the service worker that lets a quiz page reload without a connection. */
export function OfflineSupport() {
  useEffect(() => {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker
        .register('/sw.js')
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => {
          const urls = [
            window.location.pathname,
            ...Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'), (s) => s.src),
            ...Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (l) => l.href),
          ];
          registration.active?.postMessage({ type: 'cache-page', urls });
        })
        .catch(() => {
          // without it the quiz still works online; answers are kept on the device either way
        });
    }
  }, []);
  return null;
}
