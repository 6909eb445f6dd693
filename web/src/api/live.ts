// Live updates for the signed-in console: the channels' agent feed (a WebSocket of every chat
// message of the store) invalidates the inbox and the case it belongs to, so a customer's chat line
// shows up at once; the 15–20 s polling of the inbox and case covers every other channel.
import { useEffect } from 'react';
import { queryKeys } from './keys.ts';
import { invalidate } from './query.ts';

function caseIdOf(data: unknown): string | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const frame: unknown = JSON.parse(data);
    if (typeof frame !== 'object' || frame === null || !('message' in frame)) return undefined;
    const message = frame.message;
    return typeof message === 'object' && message !== null && 'caseId' in message && typeof message.caseId === 'string'
      ? message.caseId
      : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps one agent feed open while signed in, reconnecting with a growing pause when it drops. */
export function useLiveFeed(): void {
  useEffect(() => {
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pause = 1000;
    let stopped = false;
    const open = () => {
      const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
      socket = new WebSocket(`${scheme}://${window.location.host}/api/v1/channels/chat/agent`);
      socket.onopen = () => {
        pause = 1000;
      };
      socket.onmessage = (event) => {
        // The server says `ready` once it watches the store: from then on chat lines arrive at once.
        // The page is marked live, so a person (or a test) can tell.
        if (typeof event.data === 'string' && event.data.includes('"type":"ready"')) {
          document.documentElement.dataset.live = 'on';
          return;
        }
        const caseId = caseIdOf(event.data);
        if (!caseId) return;
        invalidate(queryKeys.cases.detail(caseId));
        invalidate(['cases', 'list']);
      };
      socket.onclose = () => {
        document.documentElement.dataset.live = 'off';
        if (stopped) return;
        timer = setTimeout(open, pause);
        pause = Math.min(pause * 2, 60_000);
      };
    };
    open();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      socket?.close();
    };
  }, []);
}
