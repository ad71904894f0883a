import { describe, expect, it } from "vitest";
import { samplesWarning } from "./samples.ts";

describe("the warning publishing gives about samples", () => {
  it("says nothing when every sample is replaced", () => {
    expect(samplesWarning(0, 0)).toBeNull();
  });

  it("counts sample products and sample services, and says where to replace each", () => {
    expect(samplesWarning(1, 0)).toEqual({
      title: "1 sample product is still in your store",
      description: "Replace or remove the products in Products: shoppers can see and buy them.",
    });
    expect(samplesWarning(0, 2)).toEqual({
      title: "2 sample services are still in your store",
      description:
        "Rewrite or remove the example services on your pages: shoppers can ask for them.",
    });
    const both = samplesWarning(3, 1)!;
    expect(both.title).toBe("3 sample products and 1 sample service are still in your store");
    expect(both.description).toMatch(/Products.*example services/);
  });
});
