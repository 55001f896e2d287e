import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ConnectionStatus } from '../../src/app/shell/ConnectionStatus.tsx';
import type { ConnectionStatus as Status } from '../../src/app/sync/socket.ts';

/** A status the test sets. */
function statusStore(start: Status) {
  let value = start;
  const watchers = new Set<() => void>();
  return {
    get: () => value,
    subscribe: (watcher: () => void) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    set(next: Status) {
      value = next;
      watchers.forEach((w) => w());
    },
  };
}

describe('ConnectionStatus', () => {
  it('says when the connection is lost, and offers to pair again once the device is unpaired', async () => {
    const status = statusStore('connected');
    let paired = 0;
    render(<ConnectionStatus status={status} onPairAgain={() => (paired += 1)} />);
    expect(screen.getByRole('status')).toHaveTextContent('Connected');
    act(() => status.set('reconnecting'));
    expect(screen.getByRole('status')).toHaveTextContent('Connection lost, reconnecting…');
    expect(screen.queryByRole('button')).toBeNull();
    act(() => status.set('lost'));
    expect(screen.getByRole('status')).toHaveTextContent('This device is no longer paired.');
    await userEvent.click(screen.getByRole('button', { name: 'Pair again' }));
    expect(paired).toBe(1);
  });
});
