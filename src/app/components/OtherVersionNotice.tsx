// Said plainly in every podium and console window while a window of another version of the
// same speech is open: it cannot move this one, and the operator should close the wrong one.

/** Names the other version's content fingerprint. */
export function OtherVersionNotice({ version }: { version: string }) {
  return (
    <p className="other-version" role="alert" data-testid="other-version">
      Another version of this speech is open in another window: <code>{version}</code>. It cannot move this one; close the
      window that shows the wrong version.
    </p>
  );
}
