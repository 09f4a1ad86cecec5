/**
 * Runs `task` once the frame in progress has been painted: a keystroke's echo reaches the screen
 * before the work it starts (parse, graph, checks). A hidden window paints no frames, so a timer
 * stands in after `latestMs`. Returns a function that cancels the task.
 */
export function afterPaint(task: () => void, latestMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    task();
  };
  const timer = setTimeout(run, latestMs);
  if (typeof requestAnimationFrame === 'function' && typeof MessageChannel === 'function') {
    // A frame's callbacks run before its paint; a message posted from one is handled after it.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        run();
      };
      channel.port2.postMessage(null);
    });
  } else {
    setTimeout(run, 0);
  }
  return () => {
    done = true;
    clearTimeout(timer);
  };
}

/**
 * Runs `task` once the page has been idle and the frame after that is painted: what the last
 * input set going (a completion list, say) is on screen first, even when it waits for a timer
 * before it draws. In a hidden window, after at most twice `latestMs`; where there are no idle
 * callbacks, once the frame is painted. Returns a function that cancels the task.
 */
export function idleThenPaint(task: () => void, latestMs = 100): () => void {
  if (typeof requestIdleCallback !== 'function') return afterPaint(task, latestMs);
  let cancelPaint: (() => void) | null = null;
  const id = requestIdleCallback(() => (cancelPaint = afterPaint(task, latestMs)), {
    timeout: latestMs,
  });
  return () => {
    cancelIdleCallback(id);
    cancelPaint?.();
  };
}

/**
 * Runs `task` at the end of the current task, before the page paints: what it changes is painted
 * in the same frame as what the task did. Returns a function that cancels the task.
 */
export function inThisTask(task: () => void): () => void {
  let cancelled = false;
  queueMicrotask(() => {
    if (!cancelled) task();
  });
  return () => {
    cancelled = true;
  };
}

/**
 * Runs `task` in a task of its own, after the tasks queued now (the page may paint and take
 * input in between). Returns a function that cancels it.
 */
export function nextTask(task: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) task();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
