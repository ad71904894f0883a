import type { Random } from "../../random.ts";
import type { Gender } from "../../trades/types.ts";
import type { LanguageKit, NamedItem, Point, QA, Subject } from "../kit.ts";
import {
  capitalise as cap,
  firstNamed,
  oneHighlight,
  oneNamed,
  onlyServices,
  sellsGoods,
  sellsServices,
  streetNames,
} from "./helpers.ts";

/**
 * Español: para tiendas de España y de Latinoamérica, tuteando al cliente como hace hoy casi
 * todo el comercio en línea, sin anglicismos (tienda, boletín, recogida, preguntas frecuentes).
 * Los artículos y adjetivos que dependen del género de las palabras del oficio (`goodsGender`,
 * `businessGender`) se escriben solo cuando el género se conoce; si no, la frase se construye
 * sin concordancia. `finish` pone los signos de apertura que falten (¿ ¡).
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  const last = items.at(-1)!;
  // "y" ante i-/hi- pasa a "e": "pan e higos".
  const and = /^(h?i)[^aeouáéó]/i.test(last) ? "e" : "y";
  return `${items.slice(0, -1).join(", ")} ${and} ${last}`;
}

const un = (gender: Gender) => (gender === "f" ? "una" : "un");
const goods = (s: Subject) => s.words.goods;
const business = (s: Subject) => s.words.business;
/** "nuestros panes" / "nuestras flores"; sin género conocido, "todos los" no concuerda menos. */
const our = (s: Subject) => (s.words.goodsGender === "f" ? "nuestras" : "nuestros");
const agree = (s: Subject, m: string, f: string) =>
  s.words.goodsGender === "f" ? f : s.words.goodsGender === "m" ? m : null;
const enP = (s: Subject) => (s.place ? ` en ${s.place}` : "");
const deP = (s: Subject) => (s.place ? ` de ${s.place}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
const verb = (s: Subject) =>
  onlyServices(s) ? "ofrece" : s.delivery.madeToOrder ? "hace por encargo" : "vende";
const weVerb = (s: Subject) =>
  onlyServices(s) ? "Ofrecemos" : s.delivery.madeToOrder ? "Hacemos por encargo" : "Vendemos";
const aBusiness = (s: Subject) => `${un(s.words.businessGender)} ${business(s)}`;
const bare = (words: string) => words.replace(/^(los|las|el|la|nuestros|nuestras|mis)\s+/i, "");

const ES_STEMS = [
  "del Puente",
  "de la Plaza",
  "del Molino",
  "de la Fuente",
  "del Mercado",
  "del Olivo",
  "de la Esquina",
  "del Puerto",
  "de la Alameda",
  "del Arco",
  "del Naranjo",
  "de la Ribera",
  "del Claustro",
  "de la Torre",
  "del Patio",
  "de los Tilos",
  "de la Muralla",
  "del Carmen",
  "de la Glorieta",
  "del Paseo",
];

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup)
    return "Encarga con antelación y recógelo fresco el mismo día.";
  if (d.perishable && d.localDelivery)
    return `Fresco del día, con entrega ${d.area ? `en ${d.area}` : "en la zona"}.`;
  if (d.perishable) return "Todo es fresco: se recoge o se entrega el mismo día.";
  if (d.madeToOrder && d.leadTime) return `Hecho por encargo, listo en ${d.leadTime}.`;
  if (d.madeToOrder) return "Hecho por encargo: te confirmamos el plazo al hacer el pedido.";
  if (d.localPickup && d.shipping) return "Recógelo en la tienda o te lo enviamos, como prefieras.";
  if (d.localPickup) return `Pide en línea y recoge${enP(s)}.`;
  if (d.localDelivery) return `Entregamos ${d.area ? `en ${d.area}` : "en la zona"}.`;
  if (d.shipping) return "Enviado con cuidado, estés donde estés.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? cap(item.details.replace(/\.?$/, ".")) : "";
  const price = item.price
    ? item.priceFrom
      ? ` Precio desde ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Precio a consultar: cuéntanos qué necesitas y te damos presupuesto."
      : "";
  const made = r.pick([
    `${item.name}, de ${s.name}${enP(s)}.`,
    `Una de las especialidades de ${s.name}${enP(s)}.`,
    `${item.name} forma parte de lo que ${s.name} ${verb(s)}${enP(s)}.`,
  ]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Escríbenos para reservar o para resolver tus dudas.",
          "Mándanos un mensaje y buscamos juntos un hueco.",
          "Reserva desde el formulario de contacto y te confirmamos la cita.",
        ])
      : r.pick([deliverySentence(s) ?? "", "¿Alguna pregunta antes de pedir? Escríbenos.", ""]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const ES: LanguageKit = {
  language: "es",
  locales: ["es-ES", "es-MX", "es-AR", "es-CO", "es-CL", "es-PE", "es-US", "es-UY"],
  finish: (text) =>
    text
      .replace(/'/g, "’")
      // A question or exclamation without its opening mark gets one at the start of its sentence.
      .replace(/(^|[.:;]\s+)([^¿.!?:;]+)\?/g, (whole, lead: string, body: string) =>
        body.includes("¿") ? whole : `${lead}¿${body}?`,
      )
      .replace(/(^|[.:;]\s+)([^¡.!?:;]+)!/g, (whole, lead: string, body: string) =>
        body.includes("¡") ? whole : `${lead}¡${body}!`,
      ),
  // A name's own article stays whole after "de" and "a" ("de El Horno"), as the RAE asks.
  contract: (text) => text,
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "estudio" : "tienda",
    businessGender: sells === "services" ? "m" : "f",
    goods: words ? bare(words) : sells === "services" ? "servicios" : "productos",
    goodsGender: words ? "n" : "m",
    craft: "oficio",
    makers: "nuestro equipo",
  }),
  fallbackName: (s) => [
    s.place && `Taller de ${s.place}`,
    s.place && `Casa ${s.place}`,
    s.place && `Almacén de ${s.place}`,
    ...streetNames([cap(business(s)), ...["Casa", "Taller", "Almacén"]], ES_STEMS),
  ],
  from: (price) => `desde ${price}`,
  sampleLabel: "Ejemplo",
  onRequest: "A consultar",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} de ${s.place}`,
    s.place && `${cap(s.words.craft)} en ${s.place}, con cariño`,
    agree(s, "x", "x") && `${cap(goods(s))} ${agree(s, "elegidos", "elegidas")} con cuidado`,
    `${s.name}: ${goods(s)}${enP(s)}`,
    named3(s) && `${named3(s)}, de ${s.name}`,
    oneHighlight(s, r) && `${cap(goods(s))}: ${oneHighlight(s, r)}`,
    s.audience && `${cap(goods(s))} para ${s.audience}`,
    "El gusto por el trabajo bien hecho",
    "Pequeños, cuidadosos, cercanos",
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    s.place && `${s.name} abre su tienda en línea${enP(s)}.`,
    oneNamed(s, r) && `Novedad: ${oneNamed(s, r)}, ya en la tienda.`,
    s.lowestPrice && `${cap(goods(s))} desde ${s.lowestPrice}.`,
    sellsServices(s) && "Reservas abiertas: escríbenos y buscamos una cita.",
    `Bienvenido a ${s.name}: ${goods(s)}${enP(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, en ${s.name}.`,
  ],
  description: (s, r) => [
    `${s.name} ${verb(s)} ${goods(s)}${enP(s)}.${named3(s) ? ` Entre ellos: ${named3(s)}.` : ""}`,
    `${s.name} es ${aBusiness(s)}${enP(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `${cap(goods(s))}${deP(s)}, de la mano de ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && `Desde ${s.place}`,
      s.place && `Hecho en ${s.place}`,
      cap(s.words.craft),
      oneHighlight(s, r),
      `Bienvenido a ${s.name}`,
      sellsServices(s) ? "Con cita previa" : "Tienda en línea",
    ],
    heading: (s, r) => [
      s.place &&
        agree(s, "x", "x") &&
        `${cap(goods(s))} ${agree(s, "hechos", "hechas")} en ${s.place}`,
      s.place && `${s.name}, ${business(s)} en ${s.place}`,
      s.place && `${cap(goods(s))} de ${s.place}`,
      oneNamed(s, r) && `${oneNamed(s, r)} y mucho más en ${s.name}`,
      named3(s),
      `${cap(goods(s))} con carácter`,
      `${s.name}: ${goods(s)} y oficio`,
      `${cap(goods(s))} de verdad, cerca de ti`,
      s.audience && `${cap(goods(s))} para ${s.audience}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "El oficio, como debe ser",
    ],
    subheading: (s, r) => [
      `${s.name} ${verb(s)} ${goods(s)}${enP(s)}. ${deliverySentence(s) ?? "Echa un vistazo a la tienda y pregúntanos lo que quieras."}`,
      named3(s) && `${named3(s)}: todo elegido con cuidado${enP(s)}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: así trabaja ${s.name}${enP(s)}.`,
      s.audience && `${cap(goods(s))} para ${s.audience}, sin prisas y con cuidado.`,
      s.lowestPrice && `${cap(goods(s))} desde ${s.lowestPrice}${enP(s)}.`,
      `En ${s.name} todo se elige con cuidado y sin complicaciones.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Pedir cita", "Reservar", "Escríbenos", "Ver servicios"]
        : [
            "Ver la tienda",
            "Descubrir la tienda",
            "Comprar ahora",
            "Ver el catálogo",
            "Ir a la tienda",
          ],
    secondaryButton: (s) => [
      "Nuestra historia",
      `Conoce ${s.name}`.slice(0, 30),
      "Quiénes somos",
      "Conócenos",
      s.place && `Nuestra casa en ${s.place}`.slice(0, 30),
    ],
    imageAlt: (s) => [
      `${cap(goods(s))} en ${s.name}${enP(s)}`,
      `Una selección de ${s.name}`,
      `El taller de ${s.name}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `¿Por qué ${s.name}?`,
      `Lo que hace diferente a ${s.name}`,
      "Lo que nos importa",
      s.place && `${s.name}, en ${s.place}`,
      "Lo esencial, en pocas palabras",
      `El estilo de ${s.name}`,
    ],
    items: (s, r) => [
      point(
        "heart",
        s.place && `En ${s.place}`,
        s.place && `Un trabajo hecho aquí mismo, en ${s.place}.`,
      ),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: parte de lo que es ${s.name}.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `Descubre ${oneNamed(s, r)}`.slice(0, 60),
        oneNamed(s, r) && `${oneNamed(s, r)}, de ${s.name}, ya en la tienda.`,
      ),
      point(
        "chat",
        "Te responde una persona",
        `Escribe a ${s.name}: te contesta una persona, no un centro de llamadas.`,
      ),
      point(
        "leaf",
        "Oficio de verdad",
        `${cap(goods(s))} elegidos por gente que sabe.`.replace(
          /elegidos/,
          agree(s, "elegidos", "elegidas") ?? "elegidos",
        ),
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Hecho para ti",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Cada pedido se hace para ti, listo en ${s.delivery.leadTime}.`
            : "Cada pedido se hace para ti; te indicamos el plazo al pedir."),
      ),
      point(
        "package",
        s.delivery.localPickup && "Recogida en tienda",
        s.delivery.localPickup && `Pide en línea y recoge${enP(s)}.`,
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Entrega local",
        s.delivery.localDelivery &&
          `Entregamos ${s.delivery.area ? `en ${s.delivery.area}` : "en la zona"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Fresco del día",
        s.delivery.perishable && "Para disfrutar fresco, el mismo día.",
      ),
      point(
        "star",
        s.audience && `Para ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} piensa primero en ${s.audience}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Envío por correo",
        s.delivery.shipping === true && "Bien embalado y enviado a tu casa.",
      ),
      point(
        "clock",
        sellsServices(s) && "Reservar es fácil",
        sellsServices(s) && "Cuéntanos qué necesitas y buscamos juntos una cita.",
      ),
      point(
        "shield",
        "Precios claros",
        "Los precios están a la vista y las dudas tienen respuesta.",
      ),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "La colección",
      "En la tienda",
      cap(goods(s)).slice(0, 30),
      s.place && `Desde ${s.place}`,
      "Nuestra selección",
    ],
    heading: (s, r) => [
      `${cap(our(s))} ${goods(s)}`,
      `${cap(goods(s))} de ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} y toda la gama`,
      s.place && `${cap(goods(s))} de ${s.place}`,
      `Todo lo que ${s.name} ${verb(s)}`,
      `Descubre ${our(s)} ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Empieza por ${named3(s)} y déjate tentar por el resto.`,
      `Cada artículo está elegido con cuidado. ${deliverySentence(s) ?? "¿Necesitas consejo? Pregúntanos."}`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: se nota en todo lo que hacemos.`,
      s.lowestPrice && `${cap(goods(s))} desde ${s.lowestPrice}, con precios claros.`,
      `${cap(goods(s))} de los que estamos orgullosos${enP(s)}.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "Nuestra historia",
      "Quiénes somos",
      s.place && `En ${s.place}`,
      `La historia de ${s.name}`.slice(0, 30),
      "La casa",
    ],
    heading: (s, r) => [
      `Cómo empezó ${s.name}`,
      s.place && `${cap(aBusiness(s))} en ${s.place}`,
      `Las personas detrás de ${s.name}`,
      "Por qué hacemos lo que hacemos",
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "El oficio, con cuidado",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} nació de una idea sencilla: ${goods(s)} que den ganas de volver.`,
          `${s.name} es ${aBusiness(s)}${enP(s)}, en manos de gente que ama su oficio.`,
          s.place &&
            `En ${s.place}, ${s.name} ${verb(s)} ${goods(s)} como nos gustaría encontrarlos.`,
          `En ${s.name}, cada pedido se atiende en persona.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)}: no es un eslogan, es nuestra forma de trabajar.`,
          named3(s) && `Aquí encontrarás ${named3(s)}, y más según la temporada.`,
          s.audience && `Trabajamos para ${s.audience} y les escuchamos.`,
          "Mantenemos una gama corta para hacer bien cada cosa.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Reservar es muy sencillo: cuéntanos qué necesitas y buscamos una cita.",
          "Tus preguntas las responde nuestro equipo, no un centro de llamadas.",
        ],
        (s) => [
          `Gracias por visitar ${s.name}.`,
          s.place && `¿Estás en ${s.place}? Pásate a saludarnos.`,
          "Escríbenos cuando quieras: tus mensajes siempre nos alegran.",
        ],
      ],
    ],
    buttonLabel: (s) => [
      "Leer nuestra historia",
      `Conoce ${s.name}`.slice(0, 30),
      "Quiénes somos",
      "Saber más",
    ],
    imageAlt: (s) => [
      `El equipo de ${s.name} trabajando`,
      `En ${s.name}${enP(s)}`,
      `El oficio en ${s.name}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "Destacado",
      "Para descubrir",
      `Elegido por ${s.name}`.slice(0, 30),
      "Nuestro favorito",
      "De la selección",
    ],
    detailsLabel: () => ["Detalles", "Ver detalles", "Más información", "Saber más"],
  },
  gallery: {
    heading: (s) => [
      `Entre bastidores en ${s.name}`,
      `${cap(goods(s))} de cerca`,
      s.place && `${s.name} en ${s.place}`,
      "Desde el taller",
      "Algunas imágenes de la tienda",
    ],
    alt: (s, r) => [
      `${cap(goods(s))} en ${s.name}`,
      `Trabajo en curso en ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)}, en ${s.name}`,
      `Un detalle de la tienda ${s.name}`,
      s.place && `${s.name}${enP(s)}`,
      `Manos a la obra en ${s.name}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      `En ${s.name}`,
      s.place,
      cap(goods(s)),
      "De cerca",
    ],
  },
  newsletter: {
    heading: (s) => [
      `Noticias de ${s.name}`,
      "Sigamos en contacto",
      "Entérate antes que nadie",
      s.place && `Noticias desde ${s.place}`,
      "Nuestro boletín",
    ],
    text: (s, r) => [
      `Novedades y noticias de ${s.name}, nada más. Date de baja con un clic.`,
      oneNamed(s, r) &&
        `Entérate cuando vuelva ${oneNamed(s, r)} y de todas las novedades de ${s.name}.`,
      "Un mensaje de vez en cuando: lo que llega y lo que estamos preparando.",
      s.place && `Lo que pasa en ${s.name}${enP(s)}, unas pocas veces por temporada.`,
    ],
    buttonLabel: () => ["Suscribirme", "Apuntarme", "Recibir el boletín", "Quiero enterarme"],
    success: (s) => [
      `Gracias: pronto tendrás noticias de ${s.name}.`,
      "¡Apuntado, gracias!",
      `Bienvenido al boletín de ${s.name}.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `${cap(goods(s))} de ${s.name} te esperan`,
      oneNamed(s, r) && `¿Te apetece ${oneNamed(s, r)}?`,
      s.place && `Hasta pronto en ${s.place}`,
      sellsServices(s) ? `Reserva con ${s.name}` : `Entra en la tienda de ${s.name}`,
      "¿Alguna pregunta antes de decidirte?",
      "El trabajo bien hecho te espera",
    ],
    text: (s) => [
      `Mira ${our(s)} ${goods(s)} en línea o escríbenos si quieres un consejo.`,
      deliverySentence(s),
      sellsServices(s) && "Cuéntanos qué necesitas: te respondemos para fijar una cita.",
      `Sepas o no lo que quieres, ${s.name} está aquí para ayudarte.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Reservar", "Contactar", "Escríbenos"]
        : ["Ver la tienda", "Comprar ahora", "Ir a la tienda"],
  },
  shop: {
    heading: (s) => [
      `${cap(our(s))} ${goods(s)}`,
      `La tienda de ${s.name}`,
      "La tienda",
      `Todo el catálogo`,
      s.place && `${cap(goods(s))} de ${s.place}`,
    ],
    intro: (s) => [
      `Todo lo que ${s.name} ${verb(s)}, en un solo lugar. ${deliverySentence(s) ?? "¿Necesitas consejo? Pregúntanos."}`,
      named3(s) && `${named3(s)} y el resto de ${our(s)} ${goods(s)}.`,
      "Una selección hecha con cuidado. El precio que ves es el que pagas: nada oculto.",
      s.lowestPrice && `${cap(goods(s))} desde ${s.lowestPrice}.`,
    ],
  },
  services: {
    heading: (s) => [
      "Nuestros servicios",
      `Los servicios de ${s.name}`,
      "Lo que podemos hacer por ti",
      `Reserva en ${s.name}`,
      s.place && `Nuestros servicios en ${s.place}`,
    ],
    intro: (s) => [
      `${s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}Los precios indicados son precios «desde»: cuéntanos qué necesitas y lo confirmamos antes de reservar.`,
      `Elige un servicio y mándanos un mensaje: te respondemos para acordar una cita${enP(s)}.`,
      s.lowestPrice &&
        `Servicios desde ${s.lowestPrice}. Escríbenos para reservar o para resolver tus dudas.`,
      "Cada reserva empieza con una conversación, para que el trabajo se ajuste a lo que necesitas.",
    ],
    buttonLabel: () => ["Reservar", "Pedir cita", "Escríbenos", "Pedir presupuesto"],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) && "Reserva por mensaje: confirmamos contigo la hora y el precio.",
      `¿Alguna pregunta? Escribe a ${s.name}, te responde una persona.`,
    ],
    points: (s) => [
      point(
        "lock",
        sellsGoods(s) && "Pago protegido",
        `Los pedidos en ${s.name} se pagan en línea de forma segura.`,
      ),
      point(
        "chat",
        "Pregunta antes de comprar",
        `¿Dudas? En ${s.name} te decimos con franqueza qué te conviene.`,
      ),
      point(
        "truck",
        s.delivery.shipping === true && "Envío por correo",
        s.delivery.shipping === true && "Bien embalado; los gastos se muestran antes de pagar.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Recogida en tienda",
        s.delivery.localPickup && `Recoge tu pedido${enP(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Fresco del día",
        s.delivery.perishable && "Se recoge o se entrega el mismo día en que se prepara.",
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Por encargo",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Listo en ${s.delivery.leadTime}.`
            : "Te indicamos el plazo al hacer el pedido."),
      ),
      point(
        "check",
        sellsServices(s) && "Con cita previa",
        sellsServices(s) && "La hora y los detalles se acuerdan contigo antes de reservar.",
      ),
      point(
        "chat",
        "Pregunta lo que quieras",
        `Pregunta a ${s.name} todo lo que necesites antes de pedir.`,
      ),
      point("lock", "Pago seguro", "Pagas de forma segura al hacer el pedido."),
      point("heart", "Elegido con cuidado", "Cada artículo lo elegimos nosotros."),
    ],
  },
  about: {
    eyebrow: () => ["Sobre nosotros", "Nuestra historia", "Quiénes somos", "La casa"],
    heading: (s) => [
      `Sobre ${s.name}`,
      `Conoce ${s.name}`,
      s.place && `${s.name}, ${s.place}`,
      `La historia de ${s.name}`,
      `¿Quién está detrás de ${s.name}?`,
    ],
    subheading: (s, r) => [
      `${cap(aBusiness(s))}${enP(s)}, con ${goods(s)} hechos con cuidado.`.replace(
        /hechos/,
        agree(s, "hechos", "hechas") ?? "hechos",
      ),
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: el corazón de ${s.name}.`,
      s.audience && `${cap(goods(s))} para ${s.audience}, con cuidado.`,
      "Un oficio en manos de gente que lo quiere.",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} es ${aBusiness(s)}${enP(s)}. ${weVerb(s)} ${goods(s)} y procuramos hacerlo bien.`,
          `Creamos ${s.name} para ofrecer ${goods(s)} que nos gustaría comprar a nosotros mismos.`,
          s.place && `Nuestra casa está en ${s.place}, y ahí pasa todo.`,
        ],
        (s) => [
          named3(s) && `En nuestra gama hay ${named3(s)}.`,
          s.audience && `Pensamos primero en ${s.audience}.`,
          "Preferimos ser pequeños y cuidadosos que grandes y con prisas.",
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          "Todo empieza por el oficio: tiempo, atención y los materiales adecuados.",
        ],
        (s) => [
          s.highlights.length > 1 && `También nos importa esto: ${list(s.highlights.slice(0, 3))}.`,
          "Revisamos cada pedido antes de que salga.",
          "Te explicamos con gusto cómo y por qué trabajamos así.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) && "Cada reserva empieza con un mensaje: cuéntanos qué necesitas.",
        ],
        (s) => [
          "Si algo no va bien, hablemos: buscaremos juntos una solución justa.",
          `Escribe a ${s.name} cuando quieras.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "Lo que nos importa",
        `Lo que defiende ${s.name}`,
        "Nuestros valores",
        "Nuestra forma de trabajar",
      ],
      items: (s, r) => [
        point("heart", "El cuidado", `Cada pedido recibe la misma atención en ${s.name}.`),
        point("chat", "La franqueza", "Precios claros y respuestas directas."),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: para nosotros es importante.`,
        ),
        point("globe", s.place && "De aquí", s.place && `Una casa con raíces en ${s.place}.`),
        point("sparkle", "El oficio", "Un oficio hecho en serio, sin atajos."),
        point("check", "La palabra dada", "Decimos lo que hacemos y hacemos lo que decimos."),
      ],
    },
    closing: {
      heading: (s) => [
        `Descubre ${s.name}`,
        "Ven a vernos",
        s.place && `Te esperamos en ${s.place}`,
        "Hablemos",
      ],
      text: (s) => [
        "Mira la tienda o escríbenos: te ayudamos con mucho gusto.",
        sellsServices(s) && "Cuéntanos qué necesitas y buscamos juntos una cita.",
        `Preguntas, ideas o encargos especiales: en ${s.name} te escuchamos.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s)
          ? ["Contactar", "Reservar"]
          : ["Ver la tienda", "Comprar ahora", "Contactar"],
    },
  },
  contact: {
    heading: (s) => [
      "Contacto",
      `Escribe a ${s.name}`,
      "Salúdanos",
      "Escríbenos",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `¿Una pregunta sobre ${our(s)} ${goods(s)}, un pedido o un encargo especial? Escribe a ${s.name} y te responderemos.`,
      sellsServices(s) &&
        "Para reservar, dinos qué necesitas y cuándo; confirmamos los detalles contigo.",
      `Cada mensaje lo lee una persona de ${s.name}.`,
    ],
    formHeading: () => ["Envíanos un mensaje", "Escríbenos", "Tu mensaje", "Haz tu pregunta"],
    formText: (s) => [
      `Tu nombre, tu correo y tu pregunta: es todo lo que necesita ${s.name}.`,
      "Indica tu nombre, tu correo y tu mensaje: te respondemos lo antes posible.",
      sellsServices(s) && "Dinos el servicio, la fecha que te viene bien y cómo contactarte.",
      `Cuéntanos cómo puede ayudarte ${s.name}.`,
    ],
    success: (s) => [
      `Gracias por escribir a ${s.name}: te respondemos pronto.`,
      `${s.name} ha recibido tu mensaje y te contestará pronto.`,
      "Gracias, tu mensaje ha llegado.",
      "Mensaje recibido: te respondemos lo antes posible.",
      "Gracias por escribirnos, te contestamos pronto.",
    ],
    asideHeading: (s) => [
      s.place ? `Encuéntranos en ${s.place}` : "Dónde estamos",
      "Otras formas de contactar",
      "Ven a vernos",
    ],
    asideText: (s) => [
      `El formulario llega directamente a ${s.name}, sea cual sea tu pregunta.`,
      s.place &&
        `${s.name} está en ${s.place}.${s.delivery.localPickup ? " Puedes recoger tus pedidos allí." : ""}`,
      `El formulario sirve para todo: pedidos, preguntas, ideas. ${deliverySentence(s) ?? ""}`,
      s.delivery.area && `Trabajamos en ${s.delivery.area}.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Preguntas frecuentes",
      `Tus preguntas sobre ${s.name}`,
      "Bueno saberlo",
      "Preguntas y respuestas",
    ],
    intro: (s) => [
      `Las respuestas a lo que más nos preguntan en ${s.name}. ¿Otra duda? Escríbenos.`,
      `Todo sobre ${our(s)} ${goods(s)}, los pedidos y lo demás. ¿Sigues con dudas? Contáctanos.`,
      "Aquí van las respuestas cortas; para las largas, mándanos un mensaje.",
    ],
    groupHeadings: {
      about: (s) => [`Sobre ${s.name}`, `${cap(our(s))} ${goods(s)}`, "Quiénes somos"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Pedidos y recogida", "Pedidos"]
          : ["Pedidos y envíos", "Pedidos", "Envíos y devoluciones"],
      booking: () => ["Reservas", "Citas", "Reservas y precios"],
    },
    offer: (s): QA[] => [
      {
        question: `¿Qué ofrece ${s.name}?`,
        answer: `${cap(goods(s))}${named3(s) ? `, entre ellos ${named3(s)}` : ""}. Lo tienes todo en ${onlyServices(s) ? "nuestros servicios" : "la tienda"}.`,
      },
      {
        question: `¿Qué hay en ${s.name}?`,
        answer: `${cap(goods(s))}${enP(s)}${named3(s) ? `: ${named3(s)}, entre otros` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      { question: "¿Dónde estáis?", answer: `${s.name} está en ${s.place ?? ""}.` },
      {
        question: `¿De verdad estáis en ${s.place ?? ""}?`,
        answer: `Sí: ${s.name} es ${aBusiness(s)} en ${s.place ?? ""}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `¿Para quién es ${s.name}?`,
        answer: `Para ${s.audience ?? ""}, y para cualquiera a quien le gusten ${goods(s)} de calidad.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `¿Qué es lo más importante para ${s.name}?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Pregúntanos y te lo contamos con gusto.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: `¿${s.name} envía por correo?`,
        answer: `Sí: cada pedido se embala con cuidado. El coste y las opciones se ven antes de pagar.`,
      },
      {
        question: "¿Hacéis envíos?",
        answer:
          "Sí: los pedidos se embalan con cuidado y se envían por correo. Los gastos y las opciones se muestran antes de pagar.",
      },
      {
        question: "¿Cómo se envía mi pedido?",
        answer:
          "Por correo, bien embalado. Verás las opciones de envío y su precio antes de pagar.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "¿Enviáis los pedidos?",
        answer: `No, no hacemos envíos por correo.${s.delivery.localPickup ? " Recoges tu pedido en la tienda." : ""}${s.delivery.localDelivery ? " Entregamos en la zona." : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: `¿Cómo me llega un pedido de ${s.name}?`,
        answer: `Eliges entre las opciones que aparecen al pagar. ¿Necesitas algo especial? Pregunta antes a ${s.name}.`,
      },
      {
        question: "¿Cómo recibo mi pedido?",
        answer: `Verás las opciones al pagar. Si necesitas algo especial, escribe antes a ${s.name}.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: `¿Puedo recoger mi pedido en ${s.name}?`,
        answer: `Sí: elige la recogida al pagar y ${s.name} te avisa cuando esté listo.`,
      },
      {
        question: "¿Puedo recoger el pedido en la tienda?",
        answer: `Sí: pide en línea y recógelo${enP(s)}. Te avisamos en cuanto esté listo.`,
      },
      {
        question: "¿Se puede recoger en persona?",
        answer: `Sí${s.place ? `, en ${s.place}` : ""}. Elige la recogida al pagar y te diremos cuándo pasar.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "¿Hacéis entregas?",
        answer: `Sí, en la zona${s.delivery.area ? `: ${s.delivery.area}` : ""}. Si dudas de tu dirección, pregúntanos.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: `¿${s.name} acepta devoluciones de productos frescos?`,
        answer: `Lo fresco no se devuelve. Si algo de tu pedido en ${s.name} no está bien, dínoslo el mismo día y lo arreglamos.`,
      },
      {
        question: "¿Se pueden devolver los productos frescos?",
        answer:
          "Los productos frescos no admiten devolución ni cambio. Si algo no está bien en tu pedido, avísanos el mismo día y lo solucionamos.",
      },
      {
        question: "¿Cuándo recojo o recibo mi pedido?",
        answer:
          "El día en que está listo: todo es fresco, así que se recoge o se entrega ese mismo día.",
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: `¿Cuánto tarda ${s.name} en hacer un pedido?`,
        answer: s.delivery.leadTime
          ? `Cuenta con ${s.delivery.leadTime}: ${s.name} hace cada pedido para ti.`
          : `${s.name} hace cada pedido para ti y te dice el plazo antes de que te comprometas.`,
      },
      {
        question: "¿Cuánto tarda un pedido?",
        answer: s.delivery.leadTime
          ? `Cada pedido se hace para ti: cuenta con ${s.delivery.leadTime}.`
          : "Cada pedido se hace para ti; te indicamos el plazo al hacer el pedido.",
      },
      {
        question: "¿Todo se hace por encargo?",
        answer: `Sí. ${s.delivery.leadTime ? `Cuenta con ${s.delivery.leadTime}.` : "Te damos el plazo antes de que te comprometas."}`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: `¿Y si mi pedido de ${s.name} no está bien?`,
        answer: `Díselo a ${s.name} cuanto antes, con una foto si ayuda, y buscaremos juntos una solución justa.`,
      },
      {
        question: "¿Puedo devolver un artículo?",
        answer: `Escribe a ${s.name} antes de devolver nada: te explicamos cómo hacerlo y buscamos contigo una solución.`,
      },
      {
        question: "¿Y si mi pedido tiene un problema?",
        answer: "Dínoslo cuanto antes, con una foto si ayuda. Buscaremos una solución justa.",
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: `¿Y si una pieza que ${s.name} hizo para mí no está bien?`,
        answer: `Cuéntale a ${s.name} qué falla: se hizo para ti, así que buscamos la solución juntos.`,
      },
      {
        question: "¿Se puede devolver una pieza hecha por encargo?",
        answer:
          "Se hizo para ti: hablemos primero y veremos juntos qué no encaja y cómo arreglarlo.",
      },
    ],
    booking: (s): QA[] => [
      {
        question: `¿Cómo reservo en ${s.name}?`,
        answer: `Escribe a ${s.name} con el servicio y el momento que te viene bien; la cita queda fijada cuando los dos la hemos confirmado.`,
      },
      {
        question: "¿Cómo reservo?",
        answer: `Manda un mensaje a ${s.name} con el servicio y el momento que prefieres. Confirmamos los detalles contigo antes de fijar nada.`,
      },
      {
        question: "¿Cómo funciona una reserva?",
        answer:
          "Eliges un servicio, nos escribes y acordamos juntos una cita. No hay nada reservado hasta que los dos lo confirmamos.",
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: `¿Cuánto cobra ${s.name}?`,
        answer: `${s.lowestPrice ? `Desde ${s.lowestPrice}. ` : ""}Cada servicio muestra su precio de partida y ${s.name} te confirma el precio exacto antes de reservar.`,
      },
      {
        question: "¿Cuánto cuesta?",
        answer: `${s.lowestPrice ? `Nuestros servicios empiezan en ${s.lowestPrice}. ` : ""}Cada servicio indica su precio de partida; confirmamos el precio exacto antes de reservar.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: `¿Puedo cambiar una cita en ${s.name}?`,
        answer: `Sí: avisa a ${s.name} lo antes posible y buscamos otro momento.`,
      },
      {
        question: "¿Puedo cambiar mi cita?",
        answer: "Sí: avísanos lo antes posible y buscamos otro hueco.",
      },
    ],
    payment: (s): QA[] => [
      {
        question: `¿Cómo pago un pedido en ${s.name}?`,
        answer: `En línea y de forma segura, al confirmar tu pedido en ${s.name}.`,
      },
      { question: "¿Cómo se paga?", answer: "De forma segura, al hacer el pedido." },
      { question: "¿Cuándo se cobra?", answer: "En el momento de hacer el pedido." },
    ],
    contact: (s): QA[] => [
      {
        question: `¿Cómo contacto con ${s.name}?`,
        answer: `Desde la página de contacto: cada mensaje lo lee una persona de ${s.name}, que te responde.`,
      },
      {
        question: "Tengo otra pregunta: ¿cómo os contacto?",
        answer: `Desde la página de contacto: te responderá una persona de ${s.name}.`,
      },
      {
        question: "¿Puedo hacer un encargo especial?",
        answer: `Sí: escribe a ${s.name} y cuéntanos qué tienes en mente.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name}: ${goods(s)}${enP(s)}.`,
    s.place && `${cap(goods(s))} de ${s.place}, con cuidado.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${enP(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${enP(s)}`,
        `${s.name}: ${business(s)}${enP(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${verb(s)} ${goods(s)}${enP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `${cap(goods(s))}${deP(s)} de ${s.name}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [`Tienda | ${s.name}`, `${cap(goods(s))} | ${s.name}`],
      description: (s) => [
        `Descubre ${our(s)} ${goods(s)} en ${s.name}${enP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Todo el catálogo de ${s.name}, con precios claros.`,
      ],
    },
    about: {
      title: (s) => [`Sobre nosotros | ${s.name}`, `Nuestra historia | ${s.name}`],
      description: (s) => [
        `Quién está detrás de ${s.name}, ${aBusiness(s)}${enP(s)}.`,
        `La historia de ${s.name} y nuestra forma de trabajar.`,
      ],
    },
    contact: {
      title: (s) => [`Contacto | ${s.name}`, `Escribe a ${s.name}`],
      description: (s) => [
        `Escribe a ${s.name}${enP(s)}: preguntas, pedidos${sellsServices(s) ? ", reservas" : ""}.`,
        `Contacta con ${s.name}.`,
      ],
    },
    faq: {
      title: (s) => [`Preguntas frecuentes | ${s.name}`, `Tus preguntas | ${s.name}`],
      description: (s) => [
        `Respuestas sobre ${our(s)} ${goods(s)}, los pedidos${sellsServices(s) ? " y las reservas" : " y los envíos"} en ${s.name}.`,
        `Lo que nos preguntan en ${s.name}, con sus respuestas.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `De ${s.name}${enP(s)}.`,
      `Uno de los artículos de la tienda ${s.name}.`,
      s.place && `${s.name}, ${s.place}.`,
      `¿Alguna duda? Pregunta a ${s.name} antes de pedir.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name}: ${labels.slice(0, -1).join(", ")} o ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `No pudimos usar la tipografía que pediste (${asked}); hemos usado la más parecida de las nuestras, ${font}.`,
    colour: (word) =>
      `No pudimos usar ${word} para el texto: sobre este fondo costaría leerlo. Lo usamos como color de marca.`,
    noProducts: () =>
      "El brief no nombra ningún producto: la tienda empieza vacía. Añade los tuyos en Productos.",
    avoided: (word) => `Hemos quitado los ejemplos que contradecían tu brief (${word}).`,
  },
};
