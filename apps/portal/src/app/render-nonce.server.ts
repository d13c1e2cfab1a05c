import {
  CSP_NONCE,
  DOCUMENT,
  type EnvironmentProviders,
  REQUEST_CONTEXT,
  inject,
  makeEnvironmentProviders,
} from '@angular/core';
import { BEFORE_APP_SERIALIZED } from '@angular/platform-server';

/** The script Angular's build writes into index.html for event replay, without a nonce. */
const EVENT_DISPATCH_CONTRACT = 'ng-event-dispatch-contract';

/** The nonce the server chose for this response (server.ts passes it as REQUEST_CONTEXT). */
function renderNonce(): string | null {
  const context = inject(REQUEST_CONTEXT, { optional: true }) as { cspNonce?: unknown } | null;
  return typeof context?.cspNonce === 'string' ? context.cspNonce : null;
}

/**
 * Signs the page's inline scripts with the response's nonce, the only inline scripts the
 * Content-Security-Policy lets run: Angular adds it to the event-replay call it renders
 * (CSP_NONCE); the contract that call needs comes from index.html, so it is signed here,
 * just before the page is serialized.
 */
export function provideRenderNonce(): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: CSP_NONCE, useFactory: renderNonce },
    {
      provide: BEFORE_APP_SERIALIZED,
      multi: true,
      useFactory: () => {
        const document = inject(DOCUMENT);
        const nonce = inject(CSP_NONCE);
        return () => {
          if (nonce) document.getElementById(EVENT_DISPATCH_CONTRACT)?.setAttribute('nonce', nonce);
        };
      },
    },
  ]);
}
