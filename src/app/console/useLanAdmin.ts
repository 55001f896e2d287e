// The serving machine's console keeps the LAN server's pairing state fresh: it asks once a
// second while the page is open, so the *Devices* button can count the requests to join even
// while its panel is closed, and sends the operator's decisions back.
import { useCallback, useEffect, useState } from 'react';
import { fetchLanAdmin, sendLanAdmin, type Fetch, type LanAdminAction } from './lanAdmin.ts';
import type { LanAdmin } from '../../model/wire.ts';

/** The pairing state (null until the server answers) and a way to act on it. */
export interface LanAdminState {
  admin: LanAdmin | null;
  send: (action: LanAdminAction, body: Record<string, unknown>) => Promise<void>;
}

/** Polls the LAN server's pairing state every `pollMs`, and sends the console's actions. */
export function useLanAdmin(fetcher: Fetch, pollMs = 1_000): LanAdminState {
  const [admin, setAdmin] = useState<LanAdmin | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = async () => {
      const next = await fetchLanAdmin(fetcher);
      if (!stopped) setAdmin(next);
    };
    void poll();
    const timer = setInterval(() => void poll(), pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [fetcher, pollMs]);
  const send = useCallback(
    async (action: LanAdminAction, body: Record<string, unknown>) => {
      const next = await sendLanAdmin(fetcher, action, body);
      if (next) setAdmin(next);
    },
    [fetcher],
  );
  return { admin, send };
}
