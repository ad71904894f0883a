import { imperatives, words, invert, type ToneRules } from "./types.ts";

const IMPERATIVES: Record<string, string> = {
  scopri: "scopra",
  vieni: "venga",
  ordina: "ordini",
  prova: "provi",
  scegli: "scelga",
  scrivici: "ci scriva",
  prenota: "prenoti",
  "non esitare": "non esiti",
  guarda: "guardi",
  visita: "visiti",
};

export const it: ToneRules = {
  formal: [
    ...words({
      "tu sei": "Lei è",
      "tu hai": "Lei ha",
      puoi: "può",
      vuoi: "vuole",
      trovi: "trova",
      "(\\p{L}+)rai": "$1rà",
      "ti aspettiamo": "La aspettiamo",
      ti: "Le",
      tuo: "Suo",
      tua: "Sua",
      tuoi: "Suoi",
      tue: "Sue",
      te: "Lei",
      tu: "Lei",
    }),
    ...imperatives(IMPERATIVES),
    ...words({
      "ciao|ehi": "buongiorno",
      "fantastico|fantastica": "eccellente",
      "figo|figa": "elegante",
      super: "molto",
    }),
  ],
  friendly: [
    ...words({
      "la aspettiamo": "ti aspettiamo",
      "buongiorno|gentile cliente": "ciao",
      "non esiti a contattarci": "scrivici quando vuoi",
      eccellente: "fantastico",
    }),
    [/(?<![\p{L}])Suo(?![\p{L}])/gu, "tuo"],
    [/(?<![\p{L}])Sua(?![\p{L}])/gu, "tua"],
    ...imperatives(invert(IMPERATIVES)),
  ],
  formalLabels: invert({
    acquista: "lo voglio",
    contattaci: "scrivici",
    iscriviti: "ci sto",
    "scopri il negozio": "dai un'occhiata",
  }),
  friendlyLabels: {
    acquista: "Lo voglio",
    "acquista ora": "Lo voglio",
    contattaci: "Scrivici",
    iscriviti: "Ci sto",
    "scopri il negozio": "Dai un'occhiata",
  },
  formalClosings: [
    "Restiamo a Sua disposizione per qualsiasi domanda.",
    "Sarà un piacere accoglierLa.",
  ],
  friendlyClosings: ["Ti aspettiamo!", "Passa a trovarci!"],
};
