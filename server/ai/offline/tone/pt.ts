import { words, invert, type ToneRules } from "./types.ts";

export const pt: ToneRules = {
  formal: [
    ...words({
      "a gente é": "nós somos",
      "a gente tem": "nós temos",
      "a gente faz": "nós fazemos",
      "a gente adora": "nós adoramos",
      "com a gente": "conosco",
      tu: "você",
      teu: "seu",
      tua: "sua",
      teus: "seus",
      tuas: "suas",
      contigo: "com você",
      "oi|e aí": "olá",
      "legal|bacana|show": "excelente",
      incrível: "excepcional",
      pra: "para",
      tá: "está",
      vc: "você",
      "tchau|falou": "até breve",
    }),
  ],
  friendly: [
    ...words({
      "nós somos": "a gente é",
      "nós temos": "a gente tem",
      "nós fazemos": "a gente faz",
      conosco: "com a gente",
      "olá|bom dia|prezado cliente|prezada cliente": "oi",
      "estamos à sua disposição|estamos à disposição": "conte com a gente",
      "não hesite em nos contatar": "fale com a gente quando quiser",
      excelente: "incrível",
      adquirir: "levar",
    }),
  ],
  formalLabels: invert({
    comprar: "quero o meu",
    contato: "fale com a gente",
    inscrever: "tô dentro",
    "ver a loja": "dá uma olhada",
  }),
  friendlyLabels: {
    comprar: "Quero o meu",
    "comprar agora": "Quero o meu",
    contato: "Fale com a gente",
    inscrever: "Tô dentro",
    "ver a loja": "Dá uma olhada",
  },
  formalClosings: ["Estamos à sua disposição para qualquer dúvida.", "Será um prazer recebê-lo."],
  friendlyClosings: ["Esperamos por você!", "Vem conhecer a gente!"],
};
