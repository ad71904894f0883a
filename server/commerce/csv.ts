import { readImages, readOptions } from "./catalog.ts";
import { parseDecimalAmount, toDecimalString } from "../../domain/money.ts";
import { slugify, ZProductInput, type ProductInput } from "./products.ts";

/**
 * Product CSV in Shopify's columns: one row per variant, rows of a product share its Handle and
 * only the first carries the product's fields; extra rows may carry just an Image Src.
 */
export const CSV_COLUMNS = [
  "Handle",
  "Title",
  "Body (HTML)",
  "Vendor",
  "Tags",
  "Status",
  "Option1 Name",
  "Option1 Value",
  "Option2 Name",
  "Option2 Value",
  "Option3 Name",
  "Option3 Value",
  "Variant SKU",
  "Variant Grams",
  "Variant Inventory Qty",
  "Variant Inventory Policy",
  "Variant Price",
  "Variant Compare At Price",
  "Variant Barcode",
  "Image Src",
  "Image Alt Text",
] as const;

/** RFC 4180: quoted fields, doubled quotes, CRLF or LF, a leading BOM. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (quoted) throw new CsvError("The file ends inside a quoted field (a missing closing quote).");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

export class CsvError extends Error {
  override name = "CsvError";
}

function csvField(value: string): string {
  // A leading = + - @ would run as a formula in spreadsheet apps: prefix it (OWASP's advice).
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

type ExportProduct = {
  handle: string;
  title: string;
  descriptionHtml: string;
  vendor: string;
  tags: string[];
  status: string;
  options: unknown;
  images: unknown;
  variants: {
    option1: string | null;
    option2: string | null;
    option3: string | null;
    sku: string | null;
    weightGrams: number;
    stock: number;
    allowBackorder: boolean;
    price: number;
    compareAtPrice: number | null;
    barcode: string | null;
  }[];
};

export function productsToCsv(products: readonly ExportProduct[], currency: string): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const p of products) {
    const options = readOptions(p.options as never);
    const images = readImages(p.images as never);
    const count = Math.max(p.variants.length, images.length);
    for (let i = 0; i < count; i++) {
      const v = p.variants[i];
      const first = i === 0;
      const image = images[i];
      const values = v ? [v.option1, v.option2, v.option3] : [];
      rows.push([
        p.handle,
        first ? p.title : "",
        first ? p.descriptionHtml : "",
        first ? p.vendor : "",
        first ? p.tags.join(", ") : "",
        first ? p.status : "",
        // Shopify writes a product without options as Option1 "Title" = "Default Title".
        ...(options.length === 0
          ? [first ? "Title" : "", v ? "Default Title" : "", "", "", "", ""]
          : [0, 1, 2].flatMap((k) => [
              first && options[k] ? options[k]!.name : "",
              v && options[k] ? (values[k] ?? "") : "",
            ])),
        v?.sku ?? "",
        v ? String(v.weightGrams) : "",
        v ? String(v.stock) : "",
        v ? (v.allowBackorder ? "continue" : "deny") : "",
        v ? toDecimalString(v.price, currency) : "",
        v?.compareAtPrice != null ? toDecimalString(v.compareAtPrice, currency) : "",
        v?.barcode ?? "",
        image?.src ?? "",
        image?.alt ?? "",
      ]);
    }
  }
  return toCsv(rows);
}

export type CsvProblem = { row: number; column?: string; message: string };

export type ParsedImport = {
  products: (ProductInput & { handle: string })[];
  problems: CsvProblem[];
};

/**
 * Reads a product CSV into product inputs, checking every row. Returns every problem found (row
 * numbers as a spreadsheet shows them, the header being row 1); the caller imports nothing when
 * there is any.
 */
export function readProductCsv(
  text: string,
  currency: string,
  limits = { maxRows: 5000 },
): ParsedImport {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    return { products: [], problems: [{ row: 0, message: (error as Error).message }] };
  }
  const problems: CsvProblem[] = [];
  const header = rows[0]?.map((h) => h.trim()) ?? [];
  const col = (name: string) => header.indexOf(name);
  for (const required of ["Handle", "Variant Price"])
    if (col(required) === -1)
      problems.push({ row: 1, column: required, message: `The ${required} column is missing.` });
  if (problems.length) return { products: [], problems };
  if (rows.length - 1 > limits.maxRows)
    return {
      products: [],
      problems: [{ row: 0, message: `A file may have at most ${limits.maxRows} rows.` }],
    };

  type Draft = {
    row: number;
    input: Record<string, unknown>;
    variants: Record<string, unknown>[];
    images: { src: string; alt: string }[];
  };
  const drafts = new Map<string, Draft>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!;
    const rowNumber = r + 1;
    const get = (name: string) => (col(name) === -1 ? "" : (cells[col(name)] ?? "").trim());
    const handle = slugify(get("Handle"));
    if (!get("Handle")) {
      problems.push({ row: rowNumber, column: "Handle", message: "Every row needs a Handle." });
      continue;
    }
    let draft = drafts.get(handle);
    if (!draft) {
      const optionNames = [1, 2, 3].map((n) => get(`Option${n} Name`)).filter(Boolean);
      const status = get("Status").toLowerCase() || "active";
      if (!["active", "draft", "archived"].includes(status))
        problems.push({
          row: rowNumber,
          column: "Status",
          message: "Status must be active, draft or archived.",
        });
      draft = {
        row: rowNumber,
        input: {
          handle,
          title: get("Title"),
          descriptionHtml: get("Body (HTML)"),
          vendor: get("Vendor"),
          tags: get("Tags")
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
          status,
          optionNames: optionNames.length === 1 && optionNames[0] === "Title" ? [] : optionNames,
        },
        variants: [],
        images: [],
      };
      drafts.set(handle, draft);
      if (!get("Title"))
        problems.push({
          row: rowNumber,
          column: "Title",
          message: "The first row of a product needs its Title.",
        });
    }
    const image = get("Image Src");
    if (image) draft.images.push({ src: image, alt: get("Image Alt Text") });
    const priceText = get("Variant Price");
    const values = [1, 2, 3].map((n) => get(`Option${n} Value`));
    if (!priceText && values.every((v) => v === "")) continue; // an image-only row
    const price = parseDecimalAmount(priceText, currency);
    if (price === null)
      problems.push({
        row: rowNumber,
        column: "Variant Price",
        message: `“${priceText}” is not a price in ${currency}.`,
      });
    const compareText = get("Variant Compare At Price");
    const compareAt = compareText ? parseDecimalAmount(compareText, currency) : null;
    if (compareText && compareAt === null)
      problems.push({
        row: rowNumber,
        column: "Variant Compare At Price",
        message: `“${compareText}” is not a price in ${currency}.`,
      });
    const qtyText = get("Variant Inventory Qty");
    const qty = qtyText === "" ? 0 : Number(qtyText);
    if (!Number.isInteger(qty) || Math.abs(qty) > 1_000_000)
      problems.push({
        row: rowNumber,
        column: "Variant Inventory Qty",
        message: `“${qtyText}” is not a whole number of units.`,
      });
    const gramsText = get("Variant Grams");
    const grams = gramsText === "" ? 0 : Number(gramsText);
    if (!Number.isFinite(grams) || grams < 0)
      problems.push({
        row: rowNumber,
        column: "Variant Grams",
        message: `“${gramsText}” is not a weight in grams.`,
      });
    const policy = get("Variant Inventory Policy").toLowerCase();
    if (policy && policy !== "deny" && policy !== "continue")
      problems.push({
        row: rowNumber,
        column: "Variant Inventory Policy",
        message: "Use deny or continue.",
      });
    const optionCount = (draft.input.optionNames as string[]).length;
    draft.variants.push({
      row: rowNumber,
      options: values.slice(0, optionCount),
      price: price ?? 0,
      compareAtPrice: compareAt,
      sku: get("Variant SKU") || null,
      barcode: get("Variant Barcode") || null,
      weightGrams: Math.round(grams) || 0,
      stock: Number.isInteger(qty) ? qty : 0,
      trackStock: true,
      allowBackorder: policy === "continue",
    });
  }

  const products: ParsedImport["products"] = [];
  for (const [handle, draft] of drafts) {
    const optionNames = draft.input.optionNames as string[];
    const optionValues = optionNames.map((_, k) => [
      ...new Set(draft.variants.map((v) => (v.options as string[])[k] ?? "").filter(Boolean)),
    ]);
    const candidate = {
      title: draft.input.title,
      handle,
      descriptionHtml: draft.input.descriptionHtml,
      vendor: draft.input.vendor,
      tags: draft.input.tags,
      status: draft.input.status,
      images: draft.images,
      options: optionNames.map((name, k) => ({ name, values: optionValues[k] })),
      variants: draft.variants.map(({ row: _row, ...v }) => v),
    };
    const parsed = ZProductInput.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [first, index] = issue.path;
        const row =
          first === "variants" && typeof index === "number"
            ? (draft.variants[index]?.row as number)
            : draft.row;
        problems.push({ row, column: columnFor(issue.path), message: issue.message });
      }
      continue;
    }
    products.push({ ...parsed.data, handle });
  }
  return { products, problems: problems.sort((a, b) => a.row - b.row) };
}

function columnFor(path: readonly PropertyKey[]): string | undefined {
  const [first, , field] = path;
  if (first === "title") return "Title";
  if (first === "images") return "Image Src";
  if (first === "options") return "Option1 Name";
  if (first === "variants")
    return field === "price"
      ? "Variant Price"
      : field === "compareAtPrice"
        ? "Variant Compare At Price"
        : field === "options"
          ? "Option1 Value"
          : undefined;
  return undefined;
}
