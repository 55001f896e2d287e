// What one presenter screen shows: a point, the signature, the note, or the handover. Every text sets its
// own direction from its first strong letter, so Arabic or Hebrew reads right to left.
import { memo } from 'react';
import type { Speech } from '../../model/speech/speech.ts';
import type { Screen } from '../../model/deck/screens.ts';
import { CountryResults } from '../components/CountryResults.tsx';
import { HandoverBlock } from '../components/HandoverBlock.tsx';
import { MarkedText } from '../components/MarkedText.tsx';
import { MarksContext, partOf } from '../components/marks.ts';
import { SignatureBlock } from '../components/SignatureBlock.tsx';

/** Shows the content of a screen, without any chrome, with the marks the build found; again only when the screen changes. */
export const ScreenContent = memo(function ScreenContent({ screen, speech }: { screen: Screen; speech: Speech }) {
  return (
    <MarksContext value={speech.marks}>
      <Content screen={screen} speech={speech} />
    </MarksContext>
  );
});

/** The content of a screen. */
function Content({ screen, speech }: { screen: Screen; speech: Speech }) {
  switch (screen.kind) {
    case 'point':
      return (
        <p className="point-text" dir="auto">
          <MarkedText text={screen.point.text} part={partOf(screen, speech)} />
        </p>
      );
    case 'signature':
      return <SignatureBlock signature={speech.signature} />;
    case 'note':
      return <CountryResults note={screen.note} headingLevel={2} rows={screen.rows} />;
    case 'handover':
      return <HandoverBlock handover={screen.handover} />;
  }
}
