// What the podium file (podium.html) shows itself, and where it sends the rest: it carries
// presenter mode alone, and any other address opens in the whole app, index.html beside it.
import { openedBy, type Opened } from './conference.ts';
import { parseRoute } from '../../model/route.ts';
import { ownAddress } from './start.ts';

/** The speech the podium file shows at an address, or null when the address is for the whole app. */
export function podiumOpening(hash: string, speeches: readonly { id: string }[]): Extract<Opened, { kind: 'speech' }> | null {
  const opened = openedBy(hash, speeches);
  if (opened.kind !== 'speech') return null;
  return parseRoute(ownAddress(hash, opened.folder) ?? '', 1).mode === 'present' ? opened : null;
}

/** The same place in the whole app: index.html in the podium file's folder, at the same address. */
export function inWholeApp(href: string): string {
  const here = new URL(href);
  return new URL(`index.html${here.hash}`, here).href;
}
