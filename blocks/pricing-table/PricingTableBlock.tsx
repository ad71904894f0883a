import type { BlockComponentProps } from "../definition";
import { BlockIntro, labelledBy } from "../shared/BlockIntro";
import { ButtonAnchor } from "../shared/Buttons";
import { EditorHint } from "../shared/EditorHint";
import type { PricingTableProps } from "./schema";

export function PricingTableBlock({ id, props }: BlockComponentProps<PricingTableProps>) {
  const plans = props.plans.filter((p) => p.name.trim());
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
          return (
            <li
              key={i}
              className={`pg-pricing-table__plan${plan.highlighted ? " pg-pricing-table__plan--highlighted" : ""}`}
            >
              {plan.badge.trim() ? (
                <p className="pg-pricing-table__badge">{plan.badge.trim()}</p>
              ) : null}
              <h3 className="pg-pricing-table__name">{plan.name.trim()}</h3>
              <p className="pg-pricing-table__price">
                <span className="pg-pricing-table__amount">{plan.price.trim()}</span>
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
