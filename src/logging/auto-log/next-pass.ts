/**
 * A pass that waits behind a running one, shared by every caller that comes meanwhile: it reads
 * its list when it starts, so it sees what they saw. `name` is the Web Lock that queues it.
 */
export function defineNextPass(name: string, run: (options: { refresh: boolean; force: boolean }) => Promise<void>) {
  let queued: Promise<void> | undefined;
  return ({ refresh = false, force = false } = {}): Promise<void> => {
    const pass = (queued ??= navigator.locks.request(name, async () => {
      queued = undefined;
      await run({ refresh, force });
    }) as unknown as Promise<void>);
    return pass.catch((failure: unknown) => {
      console.error(`Auto-log pass failed (${name}):`, failure instanceof Error ? failure.name : typeof failure);
    });
  };
}
