// An error boundary that never leaves the screen blank: when its children fail to render,
// it shows the text they last showed, as plain text, with a small notice. It tries again
// when `resetKey` changes (the speaker moves on).
import { Component, createRef, type ReactNode } from 'react';

interface Props {
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  key: string;
  /** The text on screen when rendering last failed. */
  kept: string;
}

/** Keeps the last good text on screen when rendering fails. */
export class KeepLastGood extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey, kept: '' };
  private readonly box = createRef<HTMLDivElement>();

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('Lectern kept the last good screen after a display error:', error);
  }

  /** Reads the text on screen just before a failure replaces it, while it is still there. */
  override getSnapshotBeforeUpdate(_: Props, before: State): string | null {
    return this.state.failed && !before.failed ? (this.box.current?.textContent ?? '') : null;
  }

  override componentDidUpdate(_: Props, __: State, snapshot: string | null) {
    // Set before the browser paints: the notice never shows without the text.
    if (snapshot !== null) this.setState({ kept: snapshot });
  }

  override render() {
    if (!this.state.failed) {
      return (
        <div ref={this.box} className="keep-last-good">
          {this.props.children}
        </div>
      );
    }
    return (
      <div className="keep-last-good kept">
        <p className="kept-text">{this.state.kept}</p>
        <p className="notice" role="status">
          Display problem: this is the last screen that displayed. Move on to try again.
        </p>
      </div>
    );
  }
}
