import type { CDPSession } from 'playwright-core';

/**
 * An expression's value, evaluated in the page's main world over the DevTools protocol. Playwright's
 * `page.evaluate` first injects a script of its own into the page (compiled in the page's main
 * thread); while a page loads, that would be measured as the page's time. This injects nothing.
 */
export async function evaluateInPage<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    returnByValue: true,
  });
  if (exceptionDetails)
    throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}
