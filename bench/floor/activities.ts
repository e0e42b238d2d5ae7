/** The cheapest activity there is: the floor's cost is the task round trip, not the work. */
export async function echo(n: number): Promise<number> {
  return n;
}
