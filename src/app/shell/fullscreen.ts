// Full screen on and off for the podium display. Browsers refuse it without a user gesture
// or in some embeddings; a refusal leaves the page as it was.

/** Enters full screen if the document is not in it, else leaves it. */
export function toggleFullscreen(doc: Document): void {
  const done = doc.fullscreenElement ? doc.exitFullscreen?.() : doc.documentElement.requestFullscreen?.();
  done?.catch(() => undefined);
}
