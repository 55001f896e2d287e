// What one presenter screen shows: a point, the signature, or the note with the country table.
import type { Speech } from '../content/speech.ts';
import type { Screen } from '../deck/screens.ts';
import { CountryResults } from '../shared/CountryResults.tsx';
import { MarkedText } from '../shared/MarkedText.tsx';
import { SignatureBlock } from '../shared/SignatureBlock.tsx';

/** Shows the content of a screen, without any chrome. */
export function ScreenContent({ screen, speech }: { screen: Screen; speech: Speech }) {
  switch (screen.kind) {
    case 'point':
      return (
        <p className="point-text">
          <MarkedText text={screen.point.text} place={screen.point.id} note={speech.note} />
        </p>
      );
    case 'signature':
      return <SignatureBlock signature={speech.signature} />;
    case 'note':
      return <CountryResults note={speech.note} headingLevel={2} />;
  }
}
