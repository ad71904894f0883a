import { z } from "zod";
import type { PropsMigration } from "../definition.ts";
import { ZImage } from "../shared/props.ts";
import { responsive } from "../style/responsive.ts";

export const ZTestimonial = z.object({
  quote: z
    .string()
    .max(600)
    .default("The apron has been through two years of daily baking and still looks new."),
  name: z.string().max(80).default("Maya R."),
  detail: z.string().max(80).default("Home baker, Seattle"),
  /** 0 hides the stars. */
  rating: z.number().int().min(0).max(5).default(5),
  avatar: ZImage.default({ src: "", alt: "", decorative: true }),
});
export type Testimonial = z.infer<typeof ZTestimonial>;

export const ZTestimonialsProps = z.object({
  heading: z.string().max(120).default("Kind words from our customers"),
  items: z
    .array(ZTestimonial)
    .max(12)
    .default([
      {
        quote:
          "The apron has been through two years of daily baking and still looks new. The pockets are exactly where my hands want them.",
        name: "Maya R.",
        detail: "Home baker, Seattle",
        rating: 5,
        avatar: { src: "", alt: "", decorative: true },
      },
      {
        quote:
          "I bought one mug and came back for five. They keep coffee hot far longer than anything else in my kitchen.",
        name: "Daniel K.",
        detail: "Verified buyer",
        rating: 5,
        avatar: { src: "", alt: "", decorative: true },
      },
      {
        quote:
          "Wrapped beautifully, arrived in two days, and there was a handwritten note. That's how you keep a customer.",
        name: "Priya S.",
        detail: "Gift order, Austin",
        rating: 5,
        avatar: { src: "", alt: "", decorative: true },
      },
    ]),
  columns: responsive(z.number().int().min(1).max(4)).default({ mobile: 1, tablet: 2, desktop: 3 }),
});
export type TestimonialsProps = z.infer<typeof ZTestimonialsProps>;

export const TESTIMONIALS_VERSION = 1;
export const testimonialsMigrations: PropsMigration[] = [];
