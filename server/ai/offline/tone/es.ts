import { imperatives, words, invert, type ToneRules } from "./types.ts";

const IMPERATIVES: Record<string, string> = {
  descubre: "descubra",
  pide: "pida",
  ven: "venga",
  visítanos: "visítenos",
  escríbenos: "escríbanos",
  prueba: "pruebe",
  compra: "compre",
  elige: "elija",
  reserva: "reserve",
  mira: "vea",
  "no dudes": "no dude",
  disfruta: "disfrute",
};

export const es: ToneRules = {
  invertedMarks: true,
  formal: [
    ...words({
      "tú eres|eres": "usted es",
      "tú tienes|tienes": "usted tiene",
      puedes: "puede",
      quieres: "quiere",
      vas: "va",
      haces: "hace",
      sabes: "sabe",
      encuentras: "encuentra",
      "(\\p{L}+)(a|e|i)rás": "$1$2rá",
      te: "le",
      ti: "usted",
      contigo: "con usted",
      tú: "usted",
      tu: "su",
      tus: "sus",
      tuyo: "suyo",
    }),
    ...imperatives(IMPERATIVES),
    ...words({
      hola: "buenos días",
      "chao|chau|nos vemos": "hasta pronto",
      "genial|guay": "excelente",
      súper: "muy",
      chulo: "elegante",
    }),
  ],
  friendly: [
    ...words({
      "usted es": "tú eres",
      "usted tiene": "tú tienes",
      usted: "tú",
      "le esperamos|lo esperamos|la esperamos": "te esperamos",
      "buenos días|estimado cliente": "hola",
      "no dude en contactarnos": "escríbenos cuando quieras",
      excelente: "genial",
    }),
    ...imperatives(invert(IMPERATIVES)),
  ],
  formalLabels: invert({
    comprar: "lo quiero",
    contacto: "escríbenos",
    suscribirse: "me apunto",
    "ver la tienda": "echa un vistazo",
  }),
  friendlyLabels: {
    comprar: "Lo quiero",
    "comprar ahora": "Lo quiero",
    contacto: "Escríbenos",
    contactar: "Escríbenos",
    suscribirse: "Me apunto",
    "ver la tienda": "Echa un vistazo",
  },
  formalClosings: [
    "Quedamos a su disposición para cualquier consulta.",
    "Será un placer atenderle.",
  ],
  friendlyClosings: ["¡Te esperamos!", "¡Nos encanta verte por aquí!"],
};
