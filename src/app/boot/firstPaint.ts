// The first paint's script: an entry of its own, bundled by the build (tooling/build/boot-script.ts)
// into a classic script that runs in the page as soon as the body is read, before the app's
// module. It finds the speech the address names among those embedded in the page, paints its
// current point (paintFirst.ts) and, when it did, holds the keys pressed until the app takes
// them (earlyKeys.ts).
import { splitFolder } from '../../model/route.ts';
import { holdEarlyKeys } from './earlyKeys.ts';
import { EMBEDDED_ID, embeddedId, type Embedded } from '../../model/embedded.ts';
import { paintFirst } from './paintFirst.ts';

/** This browser's storage, or null where it is refused. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The embedded speech the address opens and the address as that speech reads it, if any. */
function opened(doc: Document): { element: Element; hash: string } | null {
  const one = doc.getElementById(EMBEDDED_ID);
  if (one) return { element: one, hash: doc.location.hash };
  // A build of several speeches: the address names the folder (#/icarus/present/7); #/ names none.
  const { folder, rest } = splitFolder(doc.location.hash);
  const element = folder === null ? null : doc.getElementById(embeddedId(folder));
  return element ? { element, hash: rest } : null;
}

const found = opened(document);
if (found && paintFirst(JSON.parse(found.element.textContent ?? 'null') as Embedded, document, storage(), Date.now(), found.hash)) {
  holdEarlyKeys(window);
}
