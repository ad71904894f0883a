/**
 * What publishing says about the samples the AI added that are still as it wrote them (products
 * in the catalogue, service cards on the pages), or null when there are none.
 */
export function samplesWarning(
  products: number,
  services: number,
): { title: string; description: string } | null {
  if (products + services === 0) return null;
  const counted = (n: number, what: string) => `${n} sample ${what}${n === 1 ? "" : "s"}`;
  const parts = [
    products > 0 ? counted(products, "product") : "",
    services > 0 ? counted(services, "service") : "",
  ].filter(Boolean);
  const where = [
    products > 0
      ? "Replace or remove the products in Products: shoppers can see and buy them."
      : "",
    services > 0
      ? "Rewrite or remove the example services on your pages: shoppers can ask for them."
      : "",
  ].filter(Boolean);
  return {
    title: `${parts.join(" and ")} ${products + services === 1 ? "is" : "are"} still in your store`,
    description: where.join(" "),
  };
}
