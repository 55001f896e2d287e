// What a page's own code has taken off its sockets, in order: a "nothing moved" check waits
// until the page has handled a later message, so a stray one sent before it has been acted on.
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** The text of every socket message the page has handled, recorded by `recordHeard`. */
    lecternHeard?: string[];
    /** The text of every socket message the page has sent, recorded by `recordHeard`. */
    lecternSaid?: string[];
  }
}

/** Records each message the page's sockets receive, before its own code handles it, and each it sends; call before `goto`. */
export async function recordHeard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    const said: string[] = [];
    window.lecternHeard = heard;
    window.lecternSaid = said;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        this.addEventListener('message', (event: MessageEvent) => heard.push(String(event.data)));
      }
      override send(data: Parameters<WebSocket['send']>[0]): void {
        said.push(String(data));
        super.send(data);
      }
    };
  });
}

/** How many messages of type `type` the page has sent so far. */
export async function saidCount(page: Page, type: 'hello' | 'state'): Promise<number> {
  return page.evaluate((wanted) => (window.lecternSaid ?? []).filter((text) => text.includes(`"type":"${wanted}"`)).length, type);
}

/** How many messages of type `type` the page has handled so far. */
export async function heardCount(page: Page, type: 'hello' | 'state'): Promise<number> {
  return page.evaluate((wanted) => (window.lecternHeard ?? []).filter((text) => text.includes(`"type":"${wanted}"`)).length, type);
}
