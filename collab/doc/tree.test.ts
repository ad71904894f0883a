import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveTree, descendantsOf, type BlockNode } from "./tree.ts";

const node = (id: string, parent: string, order = "a0", page = "p"): BlockNode => ({
  id,
  type: "section",
  parent,
  order,
  page,
});
const nodes = (...list: BlockNode[]): Map<string, BlockNode> => new Map(list.map((n) => [n.id, n]));

describe("deriveTree", () => {
  it("sorts children by order, then id", () => {
    const tree = deriveTree(
      nodes(
        node("b", "page:p", "a1"),
        node("a", "page:p", "a1"),
        node("c", "page:p", "a0"),
        node("d", "a", "a0"),
      ),
      new Set(["p"]),
    );
    expect(tree.children.get("page:p")).toEqual(["c", "a", "b"]);
    expect(tree.children.get("a")).toEqual(["d"]);
    expect(descendantsOf(tree, "page:p")).toEqual(["c", "a", "d", "b"]);
  });

  it("breaks a cycle at its smallest id, which goes to the top of its page", () => {
    // A moved into B while B moved into A: A -> B -> A; C hangs below B.
    const tree = deriveTree(
      nodes(node("B", "A", "a0", "p"), node("A", "B", "a5", "q"), node("C", "B")),
      new Set(["p", "q"]),
    );
    expect(tree.cycleBreakers).toEqual(new Set(["A"]));
    expect(tree.parentOf.get("A")).toBe("page:q");
    expect(tree.children.get("page:q")).toEqual(["A"]);
    expect(tree.children.get("A")).toEqual(["B"]);
    expect(tree.children.get("B")).toEqual(["C"]);
    expect(tree.pageOf.get("C")).toBe("q");
  });

  it("breaks longer cycles and self-parenting", () => {
    const tree = deriveTree(
      nodes(node("x", "z"), node("y", "x"), node("z", "y"), node("s", "s")),
      new Set(["p"]),
    );
    expect(tree.cycleBreakers).toEqual(new Set(["x", "s"]));
    expect(tree.detached.size).toBe(0);
    expect(descendantsOf(tree, "page:p")).toEqual(["s", "x", "y", "z"]);
  });

  it("detaches blocks whose parent or page was removed (removal wins)", () => {
    const tree = deriveTree(
      nodes(
        node("kept", "page:p"),
        node("orphan", "gone"),
        node("below", "orphan"),
        node("lost-page", "page:old"),
      ),
      new Set(["p"]),
    );
    expect(tree.detached).toEqual(new Set(["orphan", "below", "lost-page"]));
    expect(descendantsOf(tree, "page:p")).toEqual(["kept"]);
  });

  it("derives the same tree whatever order the entries come in, and never a cycle", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const parentArb = fc.constantFrom(...ids, "page:p", "page:q", "page:gone", "missing");
    const entriesArb = fc.tuple(
      ...ids.map((id) =>
        fc
          .record({
            parent: parentArb,
            order: fc.constantFrom("a0", "a1", "a2"),
            page: fc.constantFrom("p", "q", "gone"),
          })
          .map((r) => node(id, r.parent, r.order, r.page)),
      ),
    );
    fc.assert(
      fc.property(entriesArb, fc.func(fc.integer()), (entries, shuffleKey) => {
        const shuffled = [...entries].sort(
          (x, y) => shuffleKey(x.id) - shuffleKey(y.id) || (x.id < y.id ? -1 : 1),
        );
        const a = deriveTree(nodes(...entries), new Set(["p", "q"]));
        const b = deriveTree(nodes(...shuffled), new Set(["q", "p"]));
        expect([...b.children.entries()].sort()).toEqual([...a.children.entries()].sort());
        expect(b.detached).toEqual(a.detached);
        // every block is shown exactly once or detached, and every shown chain ends at a page
        const shown = [...descendantsOf(a, "page:p"), ...descendantsOf(a, "page:q")];
        expect(new Set(shown).size).toBe(shown.length);
        expect(shown.length + a.detached.size).toBe(ids.length);
        for (const id of a.detached) {
          // a detached block's chain ends at something missing, never at a live page
          let current = a.nodes.get(id)!.parent;
          const seen = new Set<string>();
          while (a.nodes.has(current) && !seen.has(current)) {
            seen.add(current);
            current = a.cycleBreakers.has(current)
              ? `page:${a.nodes.get(current)!.page}`
              : a.nodes.get(current)!.parent;
          }
          expect(["page:p", "page:q"]).not.toContain(current);
        }
      }),
      { numRuns: 300 },
    );
  });
});
