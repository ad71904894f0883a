import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { FormattedMessage, useIntl } from "react-intl";
import { Link, useNavigate, useParams } from "react-router";
import { useFormErrors } from "../api/formErrors.ts";
import { useTRPC } from "../api/trpc.ts";
import type { RouterInputs, RouterOutputs } from "../api/types.ts";
import { useDocumentTitle } from "../lib/useDocumentTitle.ts";
import { Button } from "../ui/Button.tsx";
import { Card, CardBody, CardFooter, CardHeader } from "../ui/Card.tsx";
import { Select, TextField } from "../ui/Field.tsx";
import { ArrowLeftIcon, PlusIcon, TrashIcon } from "../ui/icons.tsx";
import { FormError } from "../ui/Notice.tsx";
import { PageHeader } from "../ui/PageHeader.tsx";
import { Skeleton } from "../ui/Skeleton.tsx";
import { useToast } from "../ui/Toast.tsx";
import { minorToInput, parseMinor } from "./money.ts";
import { LoadError, useStore } from "./shared.tsx";

type Product = RouterOutputs["products"]["get"]["product"];
type ProductInput = RouterInputs["products"]["create"]["product"];

type OptionDraft = { name: string; values: string };
type VariantDraft = {
  id?: string;
  options: string[];
  price: string;
  compareAtPrice: string;
  sku: string;
  barcode: string;
  weightGrams: string;
  stock: string;
  stockWas?: number;
  trackStock: boolean;
  allowBackorder: boolean;
};
type Draft = {
  title: string;
  handle: string;
  descriptionHtml: string;
  status: "draft" | "active" | "archived";
  vendor: string;
  tags: string;
  seoTitle: string;
  seoDescription: string;
  images: { src: string; alt: string }[];
  options: OptionDraft[];
  variants: VariantDraft[];
};

function toDraft(product: Product | null, currency: string): Draft {
  if (!product)
    return {
      title: "",
      handle: "",
      descriptionHtml: "",
      status: "draft",
      vendor: "",
      tags: "",
      seoTitle: "",
      seoDescription: "",
      images: [],
      options: [],
      variants: [emptyVariant([])],
    };
  return {
    title: product.title,
    handle: product.handle,
    descriptionHtml: product.descriptionHtml,
    status: product.status,
    vendor: product.vendor,
    tags: product.tags.join(", "),
    seoTitle: product.seoTitle ?? "",
    seoDescription: product.seoDescription ?? "",
    images: product.images.map((i) => ({ src: i.src, alt: i.alt })),
    options: product.options.map((o) => ({ name: o.name, values: o.values.join(", ") })),
    variants: product.variants.map((v) => ({
      id: v.id,
      options: v.options,
      price: minorToInput(v.price, currency),
      compareAtPrice: minorToInput(v.compareAtPrice, currency),
      sku: v.sku ?? "",
      barcode: v.barcode ?? "",
      weightGrams: String(v.weightGrams),
      stock: String(v.stock),
      stockWas: v.stock,
      trackStock: v.trackStock,
      allowBackorder: v.allowBackorder,
    })),
  };
}

function emptyVariant(options: string[]): VariantDraft {
  return {
    options,
    price: "",
    compareAtPrice: "",
    sku: "",
    barcode: "",
    weightGrams: "0",
    stock: "0",
    trackStock: true,
    allowBackorder: false,
  };
}

const splitList = (text: string) => [
  ...new Set(
    text
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

/** Every combination of the options' values, keeping what was typed for existing ones. */
function combine(options: OptionDraft[], current: VariantDraft[]): VariantDraft[] {
  const lists = options.map((o) => splitList(o.values)).filter((l) => l.length > 0);
  let combos: string[][] = [[]];
  for (const values of lists) combos = combos.flatMap((c) => values.map((v) => [...c, v]));
  if (combos.length > 100) combos = combos.slice(0, 100);
  return combos.map(
    (combo) =>
      current.find((v) => JSON.stringify(v.options) === JSON.stringify(combo)) ??
      emptyVariant(combo),
  );
}

const FIELDS = [
  "product.title",
  "product.handle",
  "product.variants",
  "product.options",
  "product.images",
] as const;

export function ProductEditorPage() {
  const { productId } = useParams();
  const isNew = !productId || productId === "new";
  const trpc = useTRPC();
  const { siteId, currency } = useStore();
  const existing = useQuery({
    ...trpc.products.get.queryOptions({ siteId, productId: productId ?? "" }),
    enabled: !isNew,
  });
  const intl = useIntl();
  const newTitle = intl.formatMessage({
    id: "commerce.product.new",
    defaultMessage: "New product",
  });
  useDocumentTitle(
    isNew
      ? newTitle
      : (existing.data?.product.title ??
          intl.formatMessage({ id: "commerce.product.title", defaultMessage: "Product" })),
  );
  const back = (
    <Link to={`/sites/${siteId}/store/products`}>
      <ArrowLeftIcon size={14} />
      <FormattedMessage id="commerce.product.back" defaultMessage="Products" />
    </Link>
  );
  if (!isNew && existing.isPending) return <Skeleton height={420} radius={12} />;
  if (!isNew && existing.isError)
    return <LoadError error={existing.error} retry={() => void existing.refetch()} />;
  const product = isNew ? null : existing.data!.product;
  return (
    <>
      <PageHeader eyebrow={back} title={product?.title ?? newTitle} />
      <ProductForm
        key={product?.updatedAt ?? "new"}
        product={product}
        currency={currency}
        siteId={siteId}
      />
    </>
  );
}

function ProductForm({
  product,
  currency,
  siteId,
}: {
  product: Product | null;
  currency: string;
  siteId: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const toast = useToast();
  const intl = useIntl();
  const [draft, setDraft] = useState<Draft>(() => toDraft(product, currency));
  const [localError, setLocalError] = useState<string | null>(null);
  const onSaved = async (saved: { product: { id: string } }) => {
    await queryClient.invalidateQueries({ queryKey: trpc.products.pathKey() });
    toast.show({
      title: intl.formatMessage({ id: "commerce.product.saved", defaultMessage: "Product saved" }),
    });
    if (!product)
      void navigate(`/sites/${siteId}/store/products/${saved.product.id}`, { replace: true });
  };
  const create = useMutation(trpc.products.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.products.update.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;
  const errors = useFormErrors(create.error ?? update.error, FIELDS);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setOptions = (options: OptionDraft[]) =>
    setDraft((d) => ({ ...d, options, variants: combine(options, d.variants) }));
  const setVariant = (i: number, patch: Partial<VariantDraft>) =>
    setDraft((d) => ({
      ...d,
      variants: d.variants.map((v, k) => (k === i ? { ...v, ...patch } : v)),
    }));

  function toInput(): ProductInput | string {
    const variants = [];
    for (const v of draft.variants) {
      const price = parseMinor(v.price, currency);
      if (price === null)
        return v.options.length
          ? intl.formatMessage(
              {
                id: "commerce.product.error.priceOf",
                defaultMessage: "Enter a price for {variant}.",
              },
              { variant: v.options.join(" / ") },
            )
          : intl.formatMessage({
              id: "commerce.product.error.price",
              defaultMessage: "Enter a price for the product.",
            });
      const compare = v.compareAtPrice.trim() ? parseMinor(v.compareAtPrice, currency) : null;
      if (v.compareAtPrice.trim() && compare === null)
        return intl.formatMessage({
          id: "commerce.product.error.compareAt",
          defaultMessage: "A compare-at price is not an amount.",
        });
      const stock = Number(v.stock);
      if (!Number.isInteger(stock))
        return intl.formatMessage({
          id: "commerce.product.error.stock",
          defaultMessage: "Stock is a whole number of units.",
        });
      variants.push({
        ...(v.id ? { id: v.id } : {}),
        options: v.options,
        price,
        compareAtPrice: compare,
        sku: v.sku.trim() || null,
        barcode: v.barcode.trim() || null,
        weightGrams: Number(v.weightGrams) || 0,
        stock,
        ...(v.stockWas !== undefined ? { stockWas: v.stockWas } : {}),
        trackStock: v.trackStock,
        allowBackorder: v.allowBackorder,
      });
    }
    return {
      title: draft.title,
      ...(draft.handle.trim() ? { handle: draft.handle.trim() } : {}),
      descriptionHtml: draft.descriptionHtml,
      status: draft.status,
      vendor: draft.vendor,
      tags: splitList(draft.tags),
      seoTitle: draft.seoTitle.trim() || null,
      seoDescription: draft.seoDescription.trim() || null,
      images: draft.images
        .filter((i) => i.src.trim())
        .map((i) => ({ src: i.src.trim(), alt: i.alt })),
      options: draft.options
        .filter((o) => o.name.trim())
        .map((o) => ({ name: o.name.trim(), values: splitList(o.values) })),
      variants,
    };
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const input = toInput();
    if (typeof input === "string") {
      setLocalError(input);
      return;
    }
    setLocalError(null);
    if (product) update.mutate({ siteId, productId: product.id, product: input });
    else create.mutate({ siteId, product: input });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="commerce-grid">
      <div className="stack">
        <Card>
          <CardBody>
            <div className="form-stack">
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.titleField",
                  defaultMessage: "Title",
                })}
                value={draft.title}
                onChange={(e) => set("title", e.target.value)}
                error={errors.fieldError("product.title")}
                maxLength={255}
              />
              <label className="field__label" htmlFor="product-description">
                <FormattedMessage
                  id="commerce.product.description"
                  defaultMessage="Description (HTML)"
                />
              </label>
              <textarea
                id="product-description"
                className="commerce-textarea"
                value={draft.descriptionHtml}
                onChange={(e) => set("descriptionHtml", e.target.value)}
              />
            </div>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title={intl.formatMessage({
              id: "commerce.product.options",
              defaultMessage: "Options",
            })}
            description={intl.formatMessage({
              id: "commerce.product.optionsHint",
              defaultMessage: "Up to three, like Size and Colour. Variants are every combination.",
            })}
          />
          <CardBody>
            <div className="form-stack">
              {draft.options.map((option, i) => (
                <div className="commerce-row" key={i}>
                  <TextField
                    label={intl.formatMessage(
                      { id: "commerce.product.optionName", defaultMessage: "Option {number} name" },
                      { number: i + 1 },
                    )}
                    value={option.name}
                    onChange={(e) =>
                      setOptions(
                        draft.options.map((o, k) => (k === i ? { ...o, name: e.target.value } : o)),
                      )
                    }
                  />
                  <TextField
                    label={intl.formatMessage({
                      id: "commerce.product.optionValues",
                      defaultMessage: "Values (comma separated)",
                    })}
                    value={option.values}
                    onChange={(e) =>
                      setOptions(
                        draft.options.map((o, k) =>
                          k === i ? { ...o, values: e.target.value } : o,
                        ),
                      )
                    }
                  />
                  <Button
                    variant="ghost"
                    icon={<TrashIcon />}
                    onClick={() => setOptions(draft.options.filter((_, k) => k !== i))}
                  >
                    <FormattedMessage id="commerce.product.remove" defaultMessage="Remove" />
                  </Button>
                </div>
              ))}
              {draft.options.length < 3 ? (
                <div>
                  <Button
                    icon={<PlusIcon />}
                    onClick={() => setOptions([...draft.options, { name: "", values: "" }])}
                  >
                    <FormattedMessage id="commerce.product.addOption" defaultMessage="Add option" />
                  </Button>
                </div>
              ) : null}
              <FormError message={errors.fieldError("product.options")} />
            </div>
          </CardBody>
        </Card>
        <Card>
          <CardHeader
            title={intl.formatMessage({
              id: "commerce.product.variants",
              defaultMessage: "Variants",
            })}
            description={intl.formatMessage({
              id: "commerce.product.variantsHint",
              defaultMessage: "Prices in the shop's currency; stock in units.",
            })}
          />
          <CardBody flush>
            <div className="commerce-table-scroll">
              <table className="commerce-table commerce-variants">
                <thead>
                  <tr>
                    <th scope="col">
                      <FormattedMessage
                        id="commerce.product.column.variant"
                        defaultMessage="Variant"
                      />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="commerce.product.column.price" defaultMessage="Price" />
                    </th>
                    <th scope="col">
                      <FormattedMessage
                        id="commerce.product.column.compareAt"
                        defaultMessage="Compare at"
                      />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="commerce.product.column.sku" defaultMessage="SKU" />
                    </th>
                    <th scope="col">
                      <FormattedMessage
                        id="commerce.product.column.barcode"
                        defaultMessage="Barcode"
                      />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="commerce.product.column.stock" defaultMessage="Stock" />
                    </th>
                    <th scope="col">
                      <FormattedMessage
                        id="commerce.product.column.weight"
                        defaultMessage="Weight (g)"
                      />
                    </th>
                    <th scope="col">
                      <FormattedMessage id="commerce.product.column.track" defaultMessage="Track" />
                    </th>
                    <th scope="col">
                      <FormattedMessage
                        id="commerce.product.column.backorder"
                        defaultMessage="Backorder"
                      />
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {draft.variants.map((v, i) => {
                    const name =
                      v.options.join(" / ") ||
                      intl.formatMessage({
                        id: "commerce.product.defaultVariant",
                        defaultMessage: "Default",
                      });
                    const of = { variant: name };
                    return (
                      <tr key={v.options.join("|") || "default"}>
                        <th scope="row">{name}</th>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.priceOf",
                                defaultMessage: "Price of {variant}",
                              },
                              of,
                            )}
                            inputMode="decimal"
                            value={v.price}
                            onChange={(e) => setVariant(i, { price: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.compareAtOf",
                                defaultMessage: "Compare-at price of {variant}",
                              },
                              of,
                            )}
                            inputMode="decimal"
                            value={v.compareAtPrice}
                            onChange={(e) => setVariant(i, { compareAtPrice: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              { id: "commerce.product.skuOf", defaultMessage: "SKU of {variant}" },
                              of,
                            )}
                            value={v.sku}
                            onChange={(e) => setVariant(i, { sku: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.barcodeOf",
                                defaultMessage: "Barcode of {variant}",
                              },
                              of,
                            )}
                            value={v.barcode}
                            onChange={(e) => setVariant(i, { barcode: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.stockOf",
                                defaultMessage: "Stock of {variant}",
                              },
                              of,
                            )}
                            inputMode="numeric"
                            value={v.stock}
                            onChange={(e) => setVariant(i, { stock: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.weightOf",
                                defaultMessage: "Weight of {variant}",
                              },
                              of,
                            )}
                            inputMode="numeric"
                            value={v.weightGrams}
                            onChange={(e) => setVariant(i, { weightGrams: e.target.value })}
                          />
                        </td>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.trackOf",
                                defaultMessage: "Track stock of {variant}",
                              },
                              of,
                            )}
                            checked={v.trackStock}
                            onChange={(e) => setVariant(i, { trackStock: e.target.checked })}
                          />
                        </td>
                        <td>
                          <input
                            type="checkbox"
                            aria-label={intl.formatMessage(
                              {
                                id: "commerce.product.backorderOf",
                                defaultMessage: "Allow backorders of {variant}",
                              },
                              of,
                            )}
                            checked={v.allowBackorder}
                            onChange={(e) => setVariant(i, { allowBackorder: e.target.checked })}
                          />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </CardBody>
          <CardFooter
            hint={intl.formatMessage({
              id: "commerce.product.soldOutHint",
              defaultMessage: "Sold-out variants stay listed on the product page, disabled.",
            })}
          >
            <span />
          </CardFooter>
        </Card>
        <Card>
          <CardHeader
            title={intl.formatMessage({ id: "commerce.product.images", defaultMessage: "Images" })}
            description={intl.formatMessage({
              id: "commerce.product.imagesHint",
              defaultMessage: "https:// addresses or paths on this site.",
            })}
          />
          <CardBody>
            <div className="form-stack">
              {draft.images.map((image, i) => (
                <div className="commerce-row" key={i}>
                  <TextField
                    label={intl.formatMessage(
                      {
                        id: "commerce.product.imageAddress",
                        defaultMessage: "Image {number} address",
                      },
                      { number: i + 1 },
                    )}
                    value={image.src}
                    onChange={(e) =>
                      set(
                        "images",
                        draft.images.map((m, k) => (k === i ? { ...m, src: e.target.value } : m)),
                      )
                    }
                  />
                  <TextField
                    label={intl.formatMessage({
                      id: "commerce.product.imageAlt",
                      defaultMessage: "Description for screen readers",
                    })}
                    value={image.alt}
                    onChange={(e) =>
                      set(
                        "images",
                        draft.images.map((m, k) => (k === i ? { ...m, alt: e.target.value } : m)),
                      )
                    }
                  />
                  <Button
                    variant="ghost"
                    icon={<TrashIcon />}
                    onClick={() =>
                      set(
                        "images",
                        draft.images.filter((_, k) => k !== i),
                      )
                    }
                  >
                    <FormattedMessage id="commerce.product.remove" defaultMessage="Remove" />
                  </Button>
                </div>
              ))}
              <div>
                <Button
                  icon={<PlusIcon />}
                  onClick={() => set("images", [...draft.images, { src: "", alt: "" }])}
                >
                  <FormattedMessage id="commerce.product.addImage" defaultMessage="Add image" />
                </Button>
              </div>
              <FormError message={errors.fieldError("product.images")} />
            </div>
          </CardBody>
        </Card>
      </div>
      <div className="stack">
        <Card>
          <CardBody>
            <div className="form-stack">
              <Select
                label={intl.formatMessage({
                  id: "commerce.product.status",
                  defaultMessage: "Status",
                })}
                value={draft.status}
                onChange={(e) => set("status", e.target.value as Draft["status"])}
              >
                <option value="draft">
                  {intl.formatMessage({
                    id: "commerce.product.statusDraft",
                    defaultMessage: "Draft (hidden)",
                  })}
                </option>
                <option value="active">
                  {intl.formatMessage({
                    id: "commerce.product.statusActive",
                    defaultMessage: "Active (on sale)",
                  })}
                </option>
                <option value="archived">
                  {intl.formatMessage({
                    id: "commerce.product.statusArchived",
                    defaultMessage: "Archived",
                  })}
                </option>
              </Select>
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.handle",
                  defaultMessage: "Address (handle)",
                })}
                value={draft.handle}
                onChange={(e) => set("handle", e.target.value)}
                hint={intl.formatMessage({
                  id: "commerce.product.handleHint",
                  defaultMessage: "Made from the title when empty.",
                })}
                error={errors.fieldError("product.handle")}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.vendor",
                  defaultMessage: "Vendor",
                })}
                value={draft.vendor}
                onChange={(e) => set("vendor", e.target.value)}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.seoTitle",
                  defaultMessage: "SEO title",
                })}
                value={draft.seoTitle}
                onChange={(e) => set("seoTitle", e.target.value)}
                maxLength={255}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.seoDescription",
                  defaultMessage: "SEO description",
                })}
                value={draft.seoDescription}
                onChange={(e) => set("seoDescription", e.target.value)}
                maxLength={1000}
              />
              <TextField
                label={intl.formatMessage({
                  id: "commerce.product.tags",
                  defaultMessage: "Tags (comma separated)",
                })}
                value={draft.tags}
                onChange={(e) => set("tags", e.target.value)}
              />
            </div>
          </CardBody>
          <CardFooter>
            <Button type="submit" variant="primary" loading={saving}>
              <FormattedMessage id="commerce.product.save" defaultMessage="Save product" />
            </Button>
          </CardFooter>
        </Card>
        <FormError
          message={localError ?? errors.fieldError("product.variants") ?? errors.formError}
        />
      </div>
    </form>
  );
}
