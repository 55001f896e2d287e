import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { KeepLastGood } from '../../src/app/components/KeepLastGood.tsx';

/** Shows a text, or fails to render when there is none. */
function Line({ text }: { text: string | null }) {
  if (text === null) throw new Error('cannot display this screen');
  return <p>{text}</p>;
}

const notice = /Display problem/;

describe('KeepLastGood', () => {
  let silenced: MockInstance[] = [];
  beforeEach(() => {
    // React logs the errors the boundary catches; they are expected here.
    silenced = [vi.spyOn(console, 'error').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  });
  afterEach(() => {
    for (const spy of silenced) spy.mockRestore();
  });

  it('shows its children while they render', () => {
    render(
      <KeepLastGood resetKey="1">
        <Line text="Point one" />
      </KeepLastGood>,
    );
    expect(screen.getByText('Point one')).toBeInTheDocument();
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });

  it('keeps the last good text on screen, with a notice, when a child throws', () => {
    const { rerender } = render(
      <KeepLastGood resetKey="1">
        <Line text="Point one" />
      </KeepLastGood>,
    );
    rerender(
      <KeepLastGood resetKey="2">
        <Line text={null} />
      </KeepLastGood>,
    );
    expect(screen.getByText('Point one')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(notice);
  });

  it('tries again when the reset key changes', () => {
    const { rerender } = render(
      <KeepLastGood resetKey="1">
        <Line text="Point one" />
      </KeepLastGood>,
    );
    rerender(
      <KeepLastGood resetKey="2">
        <Line text={null} />
      </KeepLastGood>,
    );
    rerender(
      <KeepLastGood resetKey="3">
        <Line text="Point three" />
      </KeepLastGood>,
    );
    expect(screen.getByText('Point three')).toBeInTheDocument();
    expect(screen.queryByText('Point one')).not.toBeInTheDocument();
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });
});
