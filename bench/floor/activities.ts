/** The cheapest activity there is: the floor's cost is the task round trip, not the work. */
export async function echo(n: number): Promise<number> {
  return n;
}

/** The real clock, read when a timer's task runs (a workflow's own clock is its task's start). */
export async function now(): Promise<number> {
  return Date.now();
}
