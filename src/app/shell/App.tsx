// The whole app's root: presenter mode, reading mode and the console.
import { ConsoleMode } from '../console/ConsoleMode.tsx';
import { PresenterMode } from '../presenter/PresenterMode.tsx';
import { ReadingMode } from '../reading/ReadingMode.tsx';
import { Shell, type ModeViews } from './Shell.tsx';

const VIEWS: ModeViews = { present: PresenterMode, read: ReadingMode, console: ConsoleMode };

/** Shows the speech in the window's mode, any of the three. */
export function App() {
  return <Shell views={VIEWS} />;
}
