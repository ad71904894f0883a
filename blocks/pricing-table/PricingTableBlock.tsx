import type { BlockComponentProps } from "../definition.ts";
import { useRenderContext } from "../render/context.ts";
import { BlockIntro, labelledBy } from "../shared/BlockIntro.tsx";
import { ButtonAnchor } from "../shared/Buttons.tsx";
import { EditorHint } from "../shared/EditorHint.tsx";
import { isSampleCard } from "./sample.ts";
import type { PricingTableProps } from "./schema.ts";

/**
 * Past this many characters a price ("ab CHF 1'250", "à partir de 33,00 €") would break over two
 * lines at the display size in a four-card row, so it is drawn a size smaller.
 */
const LONG_PRICE = 9;

export function PricingTableBlock({ id, props }: BlockComponentProps<PricingTableProps>) {
  const plans = props.plans.filter((p) => p.name.trim());
  // The canvas marks the AI's example cards; shoppers never see the mark.
  const marksSamples = useRenderContext().mode === "editor";
  return (
    <section
      data-block-id={id}
      className="pg-pricing-table"
      aria-labelledby={labelledBy(id, props.heading)}
    >
      <BlockIntro
        blockId={id}
        heading={props.heading}
        intro={props.intro}
        className="pg-pricing-table__intro"
      />
      {plans.length === 0 ? <EditorHint>Add a plan.</EditorHint> : null}
      <ul className="pg-pricing-table__plans">
        {plans.map((plan, i) => {
          const features = plan.features
            .split("\n")
            .map((f) => f.trim())
            .filter(Boolean);
          const sample = marksSamples && isSampleCard(plan);
          return (
            <li
              key={i}
              className={`pg-pricing-table__plan${plan.highlighted ? " pg-pricing-table__plan--highlighted" : ""}${sample ? " pg-pricing-table__plan--sample" : ""}`}
            >
              {sample ? (
                <p className="pg-pricing-table__sample-flag" role="note">
                  Sample: replace with your own
                </p>
              ) : null}
              {plan.badge.trim() ? (
                <p className="pg-pricing-table__badge">{plan.badge.trim()}</p>
              ) : null}
              <h3 className="pg-pricing-table__name">{plan.name.trim()}</h3>
              <p className="pg-pricing-table__price">
                <span
                  className={`pg-pricing-table__amount${plan.price.trim().length > LONG_PRICE ? " pg-pricing-table__amount--long" : ""}`}
                >
                  {plan.price.trim()}
                </span>
                {plan.period.trim() ? (
                  <span className="pg-pricing-table__period"> {plan.period.trim()}</span>
                ) : null}
              </p>
              {plan.description.trim() ? (
                <p className="pg-pricing-table__description">{plan.description.trim()}</p>
              ) : null}
              {features.length > 0 ? (
                <ul className="pg-pricing-table__features">
                  {features.map((f, j) => (
                    <li key={j}>{f}</li>
                  ))}
                </ul>
              ) : null}
              <ButtonAnchor
                button={{
                  label: plan.buttonLabel,
                  href: plan.buttonHref,
                  variant: plan.highlighted ? "primary" : "outline",
                }}
                className="pg-pricing-table__button"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
