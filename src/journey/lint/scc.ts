/**
 * Tarjan's strongly-connected components over `vertices` (indices 0..n-1) and `successors`.
 * Iterative, so a 5000-node chain cannot overflow the call stack. Components come out in
 * reverse topological order (a component before any component that leads into it); members
 * of a component are in the order Tarjan pops them, so callers sort them for display.
 */
export function stronglyConnectedComponents(successors: readonly (readonly number[])[]): number[][] {
  const count = successors.length;
  const order = new Array<number>(count).fill(-1); // discovery index, -1 = unvisited
  const lowLink = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const stack: number[] = [];
  const components: number[][] = [];
  let nextOrder = 0;

  for (let root = 0; root < count; root++) {
    if (order[root] !== -1) continue;
    // Each frame is a vertex and how many of its successors have been looked at.
    const frames: { vertex: number; next: number }[] = [{ vertex: root, next: 0 }];
    order[root] = lowLink[root] = nextOrder++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const { vertex } = frame;
      const neighbours = successors[vertex]!;
      if (frame.next < neighbours.length) {
        const neighbour = neighbours[frame.next++]!;
        if (order[neighbour] === -1) {
          order[neighbour] = lowLink[neighbour] = nextOrder++;
          stack.push(neighbour);
          onStack[neighbour] = true;
          frames.push({ vertex: neighbour, next: 0 });
        } else if (onStack[neighbour]) {
          lowLink[vertex] = Math.min(lowLink[vertex]!, order[neighbour]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink[parent.vertex] = Math.min(lowLink[parent.vertex]!, lowLink[vertex]!);
      if (lowLink[vertex] === order[vertex]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component.push(member);
        } while (member !== vertex);
        components.push(component);
      }
    }
  }
  return components;
}
