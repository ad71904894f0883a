export interface ImageLoadingAttributes {
  loading: "eager" | "lazy";
  fetchPriority?: "high";
}

/**
 * Decides how each image loads: the first large image of the page (usually the hero, the LCP
 * element) loads eagerly with high priority, everything else lazily. Blocks ask in document
 * order, which is render order on the server.
 */
export class ImageLoadingPlan {
  private firstLargeClaimed = false;

  constructor(private readonly mode: "live" | "editor" | "preview" = "live") {}

  next(size: "large" | "small"): ImageLoadingAttributes {
    // The editor canvas re-renders constantly; priority hints there would only be noise.
    if (this.mode === "editor") return { loading: "lazy" };
    if (size === "large" && !this.firstLargeClaimed) {
      this.firstLargeClaimed = true;
      return { loading: "eager", fetchPriority: "high" };
    }
    return { loading: "lazy" };
  }
}
