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
}

/** Keeps the last good text on screen when rendering fails. */
export class KeepLastGood extends Component<Props, State> {
  override state: State = { failed: false, key: this.props.resetKey };
  private readonly box = createRef<HTMLDivElement>();
  private lastGood = '';

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('Lectern kept the last good screen after a display error:', error);
  }

  override componentDidMount() {
    this.remember();
  }

  override componentDidUpdate() {
    this.remember();
  }

  /** Notes the text on screen while it renders well. */
  private remember() {
    if (!this.state.failed && this.box.current) this.lastGood = this.box.current.textContent ?? '';
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
        <p className="kept-text">{this.lastGood}</p>
        <p className="notice" role="status">
          Display problem: this is the last screen that displayed. Move on to try again.
        </p>
      </div>
    );
  }
}
