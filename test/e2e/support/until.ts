/** Polls `check` until it holds, or fails with `message` after `ms`: the UI and the server answer asynchronously. */
export async function until(check: () => boolean | Promise<boolean>, ms: number, message: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 250));
  }
}
