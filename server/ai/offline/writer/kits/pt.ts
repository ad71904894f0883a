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
 * Português: para lojas de Portugal e do Brasil. O cliente é tratado na terceira pessoa
 * ("encomende", "escreva-nos"), que serve dos dois lados do Atlântico; `finish` troca o que
 * muda de um para o outro (pt-BR: "equipe", "cadastre-se", "entre em contato"). Concordâncias
 * que dependem do género das palavras do ofício só são escritas quando o género é conhecido.
 */

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} e ${items.at(-1)}`;
}

/** pt-PT → pt-BR: as palavras de loja que mudam no Brasil. */
const BRAZIL: readonly [RegExp, string][] = [
  [/\bequipa\b/g, "equipe"],
  [/\bEquipa\b/g, "Equipe"],
  [/\bencomenda(s?)\b/g, "pedido$1"],
  [/\bEncomenda(s?)\b/g, "Pedido$1"],
  [/\bencomende\b/g, "faça o pedido"],
  [/\bEncomende\b/g, "Faça o pedido"],
  [/\bencomendar\b/g, "pedir"],
  [/\bEncomendar\b/g, "Pedir"],
  [/\bContacte-nos\b/g, "Fale conosco"],
  [/\bcontacte-nos\b/g, "fale conosco"],
  [/\bcontacto\b/g, "contato"],
  [/\bContacto\b/g, "Contato"],
  [/\bconnosco\b/g, "conosco"],
  [/\bsubscrever\b/g, "assinar"],
  [/\bSubscrever\b/g, "Assinar"],
  [/\becrã\b/g, "tela"],
  [/\bmarcação\b/g, "agendamento"],
  [/\bMarcação\b/g, "Agendamento"],
  [/\bmarcações\b/g, "agendamentos"],
  [/\bMarcações\b/g, "Agendamentos"],
  [/\bcarácter\b/g, "caráter"],
  [/\bpormenor\b/g, "detalhe"],
  [/\bCriámos\b/g, "Criamos"],
  [/\busámos\b/g, "usamos"],
  [/\bUsámo-lo\b/g, "Nós o usamos"],
  [/\bRetirámos\b/g, "Retiramos"],
  [/\ba trabalhar\b/g, "trabalhando"],
  [/\ba preparar\b/g, "preparando"],
];

const PT_CONTRACTIONS: Record<string, Record<string, string>> = {
  em: { o: "no", a: "na", os: "nos", as: "nas" },
  de: { o: "do", a: "da", os: "dos", as: "das" },
  a: { o: "ao", a: "à", os: "aos", as: "às" },
  por: { o: "pelo", a: "pela", os: "pelos", as: "pelas" },
};

const um = (gender: Gender) => (gender === "f" ? "uma" : "um");
const goods = (s: Subject) => s.words.goods;
const business = (s: Subject) => s.words.business;
const our = (s: Subject) => (s.words.goodsGender === "f" ? "as nossas" : "os nossos");
const agree = (s: Subject, m: string, f: string) =>
  s.words.goodsGender === "f" ? f : s.words.goodsGender === "m" ? m : null;
const emP = (s: Subject) => (s.place ? ` em ${s.place}` : "");
const deP = (s: Subject) => (s.place ? ` de ${s.place}` : "");
const named3 = (s: Subject) => {
  const items = firstNamed(s, 3);
  return items ? list(items) : null;
};
const verb = (s: Subject) =>
  onlyServices(s) ? "oferece" : s.delivery.madeToOrder ? "faz por encomenda" : "vende";
const weVerb = (s: Subject) =>
  onlyServices(s) ? "Oferecemos" : s.delivery.madeToOrder ? "Fazemos por encomenda" : "Vendemos";
const aBusiness = (s: Subject) => `${um(s.words.businessGender)} ${business(s)}`;
const bare = (words: string) =>
  words.replace(/^(os|as|o|a|nossos|nossas|os nossos|as nossas)\s+/i, "");

const PT_STEMS = [
  "da Ponte",
  "do Largo",
  "do Moinho",
  "da Fonte",
  "do Mercado",
  "da Praça",
  "do Cais",
  "da Esquina",
  "das Oliveiras",
  "do Arco",
  "da Ribeira",
  "do Castelo",
  "da Sé",
  "do Chafariz",
  "dos Loureiros",
  "da Calçada",
  "do Pátio",
  "da Torre",
  "do Rossio",
  "das Flores",
];

function deliverySentence(s: Subject): string | null {
  const d = s.delivery;
  if (d.perishable && d.localPickup)
    return "Encomende com antecedência e levante fresco no próprio dia.";
  if (d.perishable && d.localDelivery)
    return `Fresco do dia, entregue ${d.area ? `em ${d.area}` : "na zona"}.`;
  if (d.perishable) return "Tudo é fresco: a encomenda é levantada ou entregue no próprio dia.";
  if (d.madeToOrder && d.leadTime) return `Feito por encomenda, pronto em ${d.leadTime}.`;
  if (d.madeToOrder) return "Feito por encomenda: indicamos o prazo quando encomendar.";
  if (d.localPickup && d.shipping) return "Levante na loja ou receba pelo correio, como preferir.";
  if (d.localPickup) return `Encomende online e levante${emP(s)}.`;
  if (d.localDelivery) return `Entregamos ${d.area ? `em ${d.area}` : "na zona"}.`;
  if (d.shipping) return "Enviado com cuidado, esteja onde estiver.";
  return null;
}

const point = (icon: Point["icon"], title: string | null | false, text: string | null | false) =>
  title && text ? { icon, title, text } : null;

function productDescription(s: Subject, r: Random, item: NamedItem): string[] {
  const details = item.details ? cap(item.details.replace(/\.?$/, ".")) : "";
  const price = item.price
    ? item.priceFrom
      ? ` Preço a partir de ${item.price}.`
      : ""
    : item.kind === "service"
      ? " Preço sob consulta: diga-nos do que precisa e enviamos um orçamento."
      : "";
  const made = r.pick([
    `${item.name}, de ${s.name}${emP(s)}.`,
    `Uma das especialidades de ${s.name}${emP(s)}.`,
    `${item.name} faz parte do que ${s.name} ${verb(s)}${emP(s)}.`,
  ]);
  const how =
    item.kind === "service"
      ? r.pick([
          "Escreva-nos para marcar ou para tirar dúvidas.",
          "Envie-nos uma mensagem e combinamos juntos um horário.",
          "Marque pelo formulário de contacto e confirmamos a hora.",
        ])
      : r.pick([deliverySentence(s) ?? "", "Alguma dúvida antes de encomendar? Escreva-nos.", ""]);
  return [`${details} ${made}${price} ${how}`.trim(), `${made} ${details}${price} ${how}`.trim()];
}

export const PT: LanguageKit = {
  language: "pt",
  locales: ["pt-PT", "pt-BR", "pt-AO", "pt-MZ"],
  finish: (text, locale) => {
    const typeset = text.replace(/'/g, "’");
    return locale === "pt-BR"
      ? BRAZIL.reduce((t, [pattern, word]) => t.replace(pattern, word), typeset)
      : typeset;
  },
  contract: (text) =>
    // "em A Padaria" → "na Padaria", "de O Forno" → "do Forno": a name's article joins the
    // preposition before it, as Portuguese always writes it.
    text.replace(
      /(^|[\s(])(em|de|a|por|Em|De|Por) (O|A|Os|As) (?=\p{Lu})/gu,
      (_, lead: string, prep: string, art: string) => {
        const joined = PT_CONTRACTIONS[prep.toLowerCase()]![art.toLowerCase()]!;
        return `${lead}${prep === prep.toLowerCase() ? joined : cap(joined)} `;
      },
    ),
  fallbackWords: (words, sells) => ({
    business: sells === "services" ? "estúdio" : "loja",
    businessGender: sells === "services" ? "m" : "f",
    goods: words ? bare(words) : sells === "services" ? "serviços" : "produtos",
    goodsGender: words ? "n" : "m",
    craft: "ofício",
    makers: "a nossa equipa",
  }),
  fallbackName: (s) => [
    s.place && `Oficina de ${s.place}`,
    s.place && `Casa ${s.place}`,
    s.place && `Armazém de ${s.place}`,
    ...streetNames([cap(business(s)), ...["Casa", "Oficina", "Armazém"]], PT_STEMS),
  ],
  from: (price) => `a partir de ${price}`,
  sampleLabel: "Exemplo",
  onRequest: "Sob consulta",
  list,

  tagline: (s, r) => [
    s.place && `${cap(goods(s))} de ${s.place}`,
    s.place && `${cap(s.words.craft)} em ${s.place}, com cuidado`,
    agree(s, "x", "x") && `${cap(goods(s))} ${agree(s, "escolhidos", "escolhidas")} com cuidado`,
    `${s.name}: ${goods(s)}${emP(s)}`,
    named3(s) && `${named3(s)}, por ${s.name}`,
    oneHighlight(s, r) && `${cap(goods(s))}: ${oneHighlight(s, r)}`,
    s.audience && `${cap(goods(s))} para ${s.audience}`,
    "O gosto pelo trabalho bem feito",
    "Pequenos, cuidadosos, próximos",
  ],
  announcement: (s, r) => [
    deliverySentence(s),
    s.place && `${s.name} abre a sua loja online${emP(s)}.`,
    oneNamed(s, r) && `Novidade: ${oneNamed(s, r)}, já na loja.`,
    s.lowestPrice && `${cap(goods(s))} a partir de ${s.lowestPrice}.`,
    sellsServices(s) && "Marcações abertas: escreva-nos e combinamos um horário.",
    `Bem-vindo a ${s.name}: ${goods(s)}${emP(s)}.`,
    oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}, em ${s.name}.`,
  ],
  description: (s, r) => [
    `${s.name} ${verb(s)} ${goods(s)}${emP(s)}.${named3(s) ? ` Entre eles: ${named3(s)}.` : ""}`,
    `${s.name} é ${aBusiness(s)}${emP(s)}.${oneHighlight(s, r) ? ` ${cap(oneHighlight(s, r)!)}.` : ""}`,
    `${cap(goods(s))}${deP(s)}, pelas mãos de ${s.name}.${deliverySentence(s) ? ` ${deliverySentence(s)}` : ""}`,
  ],
  hero: {
    eyebrow: (s, r) => [
      s.place && `${cap(business(s))} · ${s.place}`,
      s.place && `Desde ${s.place}`,
      s.place && `Feito em ${s.place}`,
      cap(s.words.craft),
      oneHighlight(s, r),
      `Bem-vindo a ${s.name}`,
      sellsServices(s) ? "Com marcação" : "Loja online",
    ],
    heading: (s, r) => [
      s.place &&
        agree(s, "x", "x") &&
        `${cap(goods(s))} ${agree(s, "feitos", "feitas")} em ${s.place}`,
      s.place && `${s.name}, ${business(s)} em ${s.place}`,
      s.place && `${cap(goods(s))} de ${s.place}`,
      oneNamed(s, r) && `${oneNamed(s, r)} e muito mais em ${s.name}`,
      named3(s),
      `${cap(goods(s))} com carácter`,
      `${s.name}: ${goods(s)} e ofício`,
      `${cap(goods(s))} a sério, perto de si`,
      s.audience && `${cap(goods(s))} para ${s.audience}`,
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "O ofício, como deve ser",
    ],
    subheading: (s, r) => [
      `${s.name} ${verb(s)} ${goods(s)}${emP(s)}. ${deliverySentence(s) ?? "Dê uma volta pela loja e pergunte-nos o que quiser."}`,
      named3(s) && `${named3(s)}: tudo escolhido com cuidado${emP(s)}.`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: é assim que ${s.name} trabalha${emP(s)}.`,
      s.audience && `${cap(goods(s))} para ${s.audience}, sem pressas e com cuidado.`,
      s.lowestPrice && `${cap(goods(s))} a partir de ${s.lowestPrice}${emP(s)}.`,
      `Em ${s.name}, tudo é escolhido com cuidado e sem complicações.`,
    ],
    primaryButton: (s) =>
      onlyServices(s)
        ? ["Marcar", "Reservar", "Escreva-nos", "Ver serviços"]
        : ["Ver a loja", "Descobrir a loja", "Comprar agora", "Ver o catálogo", "Ir para a loja"],
    secondaryButton: (s) => [
      "A nossa história",
      `Conheça ${s.name}`.slice(0, 30),
      "Quem somos",
      "Conheça-nos",
      s.place && `A nossa casa em ${s.place}`.slice(0, 30),
    ],
    imageAlt: (s) => [
      `${cap(goods(s))} em ${s.name}${emP(s)}`,
      `Uma seleção de ${s.name}`,
      `A oficina de ${s.name}`,
    ],
  },
  highlights: {
    heading: (s) => [
      `Porquê ${s.name}?`,
      `O que torna ${s.name} diferente`,
      "O que nos importa",
      s.place && `${s.name}, em ${s.place}`,
      "O essencial, em poucas palavras",
      `O estilo de ${s.name}`,
    ],
    items: (s, r) => [
      point(
        "heart",
        s.place && `Em ${s.place}`,
        s.place && `Um trabalho feito aqui mesmo, em ${s.place}.`,
      ),
      point(
        "sparkle",
        oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
        oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: parte do que é ${s.name}.`,
      ),
      point(
        "gift",
        oneNamed(s, r) && `Descubra ${oneNamed(s, r)}`.slice(0, 60),
        oneNamed(s, r) && `${oneNamed(s, r)}, de ${s.name}, já na loja.`,
      ),
      point(
        "chat",
        "Responde-lhe uma pessoa",
        `Escreva a ${s.name}: responde-lhe uma pessoa, não um centro de atendimento.`,
      ),
      point(
        "leaf",
        "Ofício a sério",
        `${cap(goods(s))} escolhidos por quem sabe.`.replace(
          /escolhidos/,
          agree(s, "escolhidos", "escolhidas") ?? "escolhidos",
        ),
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Feito para si",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Cada encomenda é feita para si, pronta em ${s.delivery.leadTime}.`
            : "Cada encomenda é feita para si; indicamos o prazo quando encomendar."),
      ),
      point(
        "package",
        s.delivery.localPickup && "Levantamento na loja",
        s.delivery.localPickup && `Encomende online e levante${emP(s)}.`,
      ),
      point(
        "truck",
        s.delivery.localDelivery && "Entrega local",
        s.delivery.localDelivery &&
          `Entregamos ${s.delivery.area ? `em ${s.delivery.area}` : "na zona"}.`,
      ),
      point(
        "check",
        s.delivery.perishable && "Fresco do dia",
        s.delivery.perishable && "Para saborear fresco, no próprio dia.",
      ),
      point(
        "star",
        s.audience && `Para ${s.audience}`.slice(0, 60),
        s.audience && `${s.name} pensa primeiro em ${s.audience}.`,
      ),
      point(
        "globe",
        s.delivery.shipping === true && "Envio pelo correio",
        s.delivery.shipping === true && "Bem embalado e enviado para sua casa.",
      ),
      point(
        "clock",
        sellsServices(s) && "Marcar é simples",
        sellsServices(s) && "Diga-nos do que precisa e combinamos um horário.",
      ),
      point("shield", "Preços claros", "Os preços estão à vista e as dúvidas têm resposta."),
    ],
  },
  collection: {
    eyebrow: (s) => [
      "A coleção",
      "Na loja",
      cap(goods(s)).slice(0, 30),
      s.place && `De ${s.place}`,
      "A nossa seleção",
    ],
    heading: (s, r) => [
      `${cap(our(s))} ${goods(s)}`,
      `${cap(goods(s))} de ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)} e toda a gama`,
      s.place && `${cap(goods(s))} de ${s.place}`,
      `Tudo o que ${s.name} ${verb(s)}`,
      `Descubra ${our(s)} ${goods(s)}`,
    ],
    text: (s, r) => [
      named3(s) && `Comece por ${named3(s)} e deixe-se tentar pelo resto.`,
      `Cada artigo é escolhido com cuidado. ${deliverySentence(s) ?? "Precisa de um conselho? Pergunte-nos."}`,
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: nota-se em tudo o que fazemos.`,
      s.lowestPrice && `${cap(goods(s))} a partir de ${s.lowestPrice}, com preços claros.`,
      `${cap(goods(s))} de que nos orgulhamos${emP(s)}.`,
    ],
  },
  story: {
    eyebrow: (s) => [
      "A nossa história",
      "Quem somos",
      s.place && `Em ${s.place}`,
      `A história de ${s.name}`.slice(0, 30),
      "A casa",
    ],
    heading: (s, r) => [
      `Como começou ${s.name}`,
      s.place && `${cap(aBusiness(s))} em ${s.place}`,
      `As pessoas por trás de ${s.name}`,
      "Porque fazemos o que fazemos",
      oneHighlight(s, r) && cap(oneHighlight(s, r)!),
      "O ofício, com cuidado",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} nasceu de uma ideia simples: ${goods(s)} que dão vontade de voltar.`,
          `${s.name} é ${aBusiness(s)}${emP(s)}, nas mãos de quem gosta do seu ofício.`,
          s.place &&
            `Em ${s.place}, ${s.name} ${verb(s)} ${goods(s)} como gostaríamos de os encontrar.`,
          `Em ${s.name}, cada encomenda é tratada pessoalmente.`,
        ],
        (s, r) => [
          oneHighlight(s, r) &&
            `${cap(oneHighlight(s, r)!)}: não é um slogan, é a nossa forma de trabalhar.`,
          named3(s) && `Aqui encontra ${named3(s)}, e mais conforme a estação.`,
          s.audience && `Trabalhamos para ${s.audience} e ouvimos o que têm a dizer.`,
          "Mantemos uma gama curta para fazer bem cada coisa.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) &&
            "Marcar é muito simples: diga-nos do que precisa e combinamos um horário.",
          "As suas perguntas são respondidas pela nossa equipa, não por um centro de atendimento.",
        ],
        (s) => [
          `Obrigado pela visita a ${s.name}.`,
          s.place && `Está em ${s.place}? Passe por cá para dizer olá.`,
          "Escreva-nos quando quiser: as suas mensagens são sempre bem-vindas.",
        ],
      ],
    ],
    buttonLabel: (s) => [
      "Ler a nossa história",
      `Conheça ${s.name}`.slice(0, 30),
      "Quem somos",
      "Saber mais",
    ],
    imageAlt: (s) => [
      `A equipa de ${s.name} a trabalhar`,
      `Em ${s.name}${emP(s)}`,
      `O ofício em ${s.name}`,
    ],
    caption: (s) => [s.place && `${s.name}, ${s.place}`],
  },
  featured: {
    eyebrow: (s) => [
      "Em destaque",
      "Para descobrir",
      `Escolha de ${s.name}`.slice(0, 30),
      "O nosso favorito",
      "Da seleção",
    ],
    detailsLabel: () => ["Detalhes", "Ver detalhes", "Mais informações", "Saber mais"],
  },
  gallery: {
    heading: (s) => [
      `Nos bastidores de ${s.name}`,
      `${cap(goods(s))} de perto`,
      s.place && `${s.name} em ${s.place}`,
      "Da oficina",
      "Algumas imagens da loja",
    ],
    alt: (s, r) => [
      `${cap(goods(s))} em ${s.name}`,
      `Trabalho em curso em ${s.name}`,
      oneNamed(s, r) && `${oneNamed(s, r)}, em ${s.name}`,
      `Um pormenor da loja ${s.name}`,
      s.place && `${s.name}${emP(s)}`,
      `Mãos à obra em ${s.name}`,
    ],
    caption: (s, r) => [
      oneNamed(s, r),
      cap(s.words.craft),
      `Em ${s.name}`,
      s.place,
      cap(goods(s)),
      "De perto",
    ],
  },
  newsletter: {
    heading: (s) => [
      `Novidades de ${s.name}`,
      "Fiquemos em contacto",
      "Saiba antes de todos",
      s.place && `Notícias de ${s.place}`,
      "A nossa newsletter",
    ],
    text: (s, r) => [
      `Novidades e notícias de ${s.name}, nada mais. Cancele com um clique.`,
      oneNamed(s, r) && `Saiba quando ${oneNamed(s, r)} voltar e todas as novidades de ${s.name}.`,
      "Uma mensagem de vez em quando: o que chega e o que estamos a preparar.",
      s.place && `O que se passa em ${s.name}${emP(s)}, algumas vezes por estação.`,
    ],
    buttonLabel: () => ["Subscrever", "Quero receber", "Receber novidades", "Inscrever-me"],
    success: (s) => [
      `Obrigado: em breve terá notícias de ${s.name}.`,
      "Inscrição feita, obrigado!",
      `Bem-vindo à newsletter de ${s.name}.`,
    ],
  },
  closing: {
    heading: (s, r) => [
      `${cap(goods(s))} de ${s.name} à sua espera`,
      oneNamed(s, r) && `Apetece-lhe ${oneNamed(s, r)}?`,
      s.place && `Até breve, em ${s.place}`,
      sellsServices(s) ? `Marque com ${s.name}` : `Entre na loja de ${s.name}`,
      "Alguma pergunta antes de decidir?",
      "O trabalho bem feito espera por si",
    ],
    text: (s) => [
      `Veja ${our(s)} ${goods(s)} online ou escreva-nos se quiser um conselho.`,
      deliverySentence(s),
      sellsServices(s) && "Diga-nos do que precisa: respondemos para combinar um horário.",
      `Saiba ou não o que quer, ${s.name} está aqui para ajudar.`,
    ],
    buttonLabel: (s) =>
      onlyServices(s)
        ? ["Marcar", "Contacte-nos", "Escreva-nos"]
        : ["Ver a loja", "Comprar agora", "Ir para a loja"],
  },
  shop: {
    heading: (s) => [
      `${cap(our(s))} ${goods(s)}`,
      `A loja de ${s.name}`,
      "A loja",
      "Todo o catálogo",
      s.place && `${cap(goods(s))} de ${s.place}`,
    ],
    intro: (s) => [
      `Tudo o que ${s.name} ${verb(s)}, num só lugar. ${deliverySentence(s) ?? "Precisa de um conselho? Pergunte-nos."}`,
      named3(s) && `${named3(s)} e todo o resto do catálogo.`,
      "Uma seleção feita com cuidado. O preço que vê é o que paga: nada escondido.",
      s.lowestPrice && `${cap(goods(s))} a partir de ${s.lowestPrice}.`,
    ],
  },
  services: {
    heading: (s) => [
      "Os nossos serviços",
      `Os serviços de ${s.name}`,
      "O que podemos fazer por si",
      `Marque em ${s.name}`,
      s.place && `Os nossos serviços em ${s.place}`,
    ],
    intro: (s) => [
      `${s.services.length ? `${list(s.services.slice(0, 3))}. ` : ""}Os preços indicados são preços «a partir de»: diga-nos do que precisa e confirmamos antes de marcar.`,
      `Escolha um serviço e envie-nos uma mensagem: respondemos para combinar um horário${emP(s)}.`,
      s.lowestPrice &&
        `Serviços a partir de ${s.lowestPrice}. Escreva-nos para marcar ou tirar dúvidas.`,
      "Cada marcação começa com uma conversa, para que o trabalho corresponda ao que precisa.",
    ],
    buttonLabel: () => ["Marcar", "Pedir marcação", "Escreva-nos", "Pedir orçamento"],
  },
  productPage: {
    note: (s) => [
      deliverySentence(s),
      sellsServices(s) && "Marcação por mensagem: confirmamos consigo a hora e o preço.",
      `Alguma pergunta? Escreva a ${s.name}, responde-lhe uma pessoa.`,
    ],
    points: (s) => [
      point(
        "lock",
        sellsGoods(s) && "Pagamento protegido",
        `As encomendas a ${s.name} pagam-se online, em segurança.`,
      ),
      point(
        "chat",
        "Pergunte antes de comprar",
        `Tem dúvidas? ${s.name} diz-lhe com franqueza o que lhe convém.`,
      ),
      point(
        "truck",
        s.delivery.shipping === true && "Envio pelo correio",
        s.delivery.shipping === true && "Bem embalado; os portes aparecem antes de pagar.",
      ),
      point(
        "package",
        s.delivery.localPickup && "Levantamento na loja",
        s.delivery.localPickup && `Levante a sua encomenda${emP(s)}.`,
      ),
      point(
        "clock",
        s.delivery.perishable && "Fresco do dia",
        s.delivery.perishable && "Levantado ou entregue no dia em que é preparado.",
      ),
      point(
        "clock",
        s.delivery.madeToOrder && "Por encomenda",
        s.delivery.madeToOrder &&
          (s.delivery.leadTime
            ? `Pronto em ${s.delivery.leadTime}.`
            : "Indicamos o prazo quando encomendar."),
      ),
      point(
        "check",
        sellsServices(s) && "Com marcação",
        sellsServices(s) && "A hora e os detalhes são combinados consigo antes de marcar.",
      ),
      point(
        "chat",
        "Pergunte o que quiser",
        `Pergunte a ${s.name} tudo o que precisar antes de encomendar.`,
      ),
      point("lock", "Pagamento seguro", "Paga em segurança ao encomendar."),
      point("heart", "Escolhido com cuidado", "Cada artigo é escolhido por nós."),
    ],
  },
  about: {
    eyebrow: () => ["Sobre nós", "A nossa história", "Quem somos", "A casa"],
    heading: (s) => [
      `Sobre ${s.name}`,
      `Conheça ${s.name}`,
      s.place && `${s.name}, ${s.place}`,
      `A história de ${s.name}`,
      `Quem está por trás de ${s.name}?`,
    ],
    subheading: (s, r) => [
      `${cap(aBusiness(s))}${emP(s)}, com ${goods(s)} feitos com cuidado.`.replace(
        /feitos/,
        agree(s, "feitos", "feitas") ?? "feitos",
      ),
      oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: o coração de ${s.name}.`,
      s.audience && `${cap(goods(s))} para ${s.audience}, com cuidado.`,
      "Um ofício nas mãos de quem gosta dele.",
    ],
    paragraphs: [
      [
        (s) => [
          `${s.name} é ${aBusiness(s)}${emP(s)}. ${weVerb(s)} ${goods(s)} e procuramos fazê-lo bem.`,
          `Criámos ${s.name} para oferecer ${goods(s)} que gostaríamos de comprar nós mesmos.`,
          s.place && `A nossa casa é em ${s.place}, e é lá que tudo acontece.`,
        ],
        (s) => [
          named3(s) && `Na nossa gama há ${named3(s)}.`,
          s.audience && `Pensamos primeiro em ${s.audience}.`,
          "Preferimos ser pequenos e cuidadosos a grandes e apressados.",
        ],
      ],
      [
        (s, r) => [
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}.`,
          "Tudo começa pelo ofício: tempo, atenção e os materiais certos.",
        ],
        (s) => [
          s.highlights.length > 1 && `Também nos importa isto: ${list(s.highlights.slice(0, 3))}.`,
          "Verificamos cada encomenda antes de sair.",
          "Explicamos com gosto como e porque trabalhamos assim.",
        ],
      ],
      [
        (s) => [
          deliverySentence(s),
          sellsServices(s) && "Cada marcação começa com uma mensagem: diga-nos do que precisa.",
        ],
        (s) => [
          "Se algo não estiver bem, falemos: encontraremos juntos uma solução justa.",
          `Escreva a ${s.name} quando quiser.`,
        ],
      ],
    ],
    values: {
      heading: (s) => [
        "O que nos importa",
        `O que ${s.name} defende`,
        "Os nossos valores",
        "A nossa forma de trabalhar",
      ],
      items: (s, r) => [
        point("heart", "O cuidado", `Cada encomenda recebe a mesma atenção em ${s.name}.`),
        point("chat", "A franqueza", "Preços claros e respostas diretas."),
        point(
          "leaf",
          oneHighlight(s, r) && cap(oneHighlight(s, r)!).slice(0, 60),
          oneHighlight(s, r) && `${cap(oneHighlight(s, r)!)}: para nós é importante.`,
        ),
        point("globe", s.place && "Daqui", s.place && `Uma casa com raízes em ${s.place}.`),
        point("sparkle", "O ofício", "Um ofício levado a sério, sem atalhos."),
        point("check", "A palavra dada", "Dizemos o que fazemos e fazemos o que dizemos."),
      ],
    },
    closing: {
      heading: (s) => [
        `Descubra ${s.name}`,
        "Venha visitar-nos",
        s.place && `Esperamos por si em ${s.place}`,
        "Vamos conversar",
      ],
      text: (s) => [
        "Veja a loja ou escreva-nos: teremos todo o gosto em ajudar.",
        sellsServices(s) && "Diga-nos do que precisa e combinamos um horário.",
        `Perguntas, ideias ou pedidos especiais: em ${s.name} ouvimos.`,
      ],
      buttonLabel: (s) =>
        onlyServices(s)
          ? ["Contacte-nos", "Marcar"]
          : ["Ver a loja", "Comprar agora", "Contacte-nos"],
    },
  },
  contact: {
    heading: (s) => [
      "Contacto",
      `Escreva a ${s.name}`,
      "Diga olá",
      "Escreva-nos",
      s.place && `${s.name}, ${s.place}`,
    ],
    intro: (s) => [
      `Uma pergunta sobre ${our(s)} ${goods(s)}, uma encomenda ou um pedido especial? Escreva a ${s.name} e respondemos.`,
      sellsServices(s) &&
        "Para marcar, diga-nos do que precisa e quando; confirmamos os detalhes consigo.",
      `Cada mensagem é lida por uma pessoa de ${s.name}.`,
    ],
    formHeading: () => [
      "Envie-nos uma mensagem",
      "Escreva-nos",
      "A sua mensagem",
      "Faça a sua pergunta",
    ],
    formText: (s) => [
      `O seu nome, o seu e-mail e a sua pergunta: é tudo o que ${s.name} precisa.`,
      "Indique o seu nome, o seu e-mail e a sua mensagem: respondemos o mais depressa possível.",
      sellsServices(s) && "Diga-nos o serviço, a data que lhe convém e como o contactar.",
      `Diga-nos como ${s.name} pode ajudar.`,
    ],
    success: (s) => [
      `Obrigado por escrever a ${s.name}: respondemos em breve.`,
      `${s.name} recebeu a sua mensagem e responde em breve.`,
      "Obrigado, a sua mensagem chegou.",
      "Mensagem recebida: respondemos o mais depressa possível.",
      "Obrigado por nos escrever, respondemos em breve.",
    ],
    asideHeading: (s) => [
      s.place ? `Encontre-nos em ${s.place}` : "Onde estamos",
      "Outras formas de contacto",
      "Venha visitar-nos",
    ],
    asideText: (s) => [
      `O formulário chega diretamente a ${s.name}, seja qual for a sua pergunta.`,
      s.place &&
        `${s.name} fica em ${s.place}.${s.delivery.localPickup ? " Pode levantar lá as suas encomendas." : ""}`,
      `O formulário serve para tudo: encomendas, perguntas, ideias. ${deliverySentence(s) ?? ""}`,
      s.delivery.area && `Trabalhamos em ${s.delivery.area}.`,
    ],
  },
  faq: {
    heading: (s) => [
      "Perguntas frequentes",
      `As suas perguntas sobre ${s.name}`,
      "Bom saber",
      "Perguntas e respostas",
    ],
    intro: (s) => [
      `As respostas ao que mais nos perguntam em ${s.name}. Outra dúvida? Escreva-nos.`,
      `Tudo sobre ${our(s)} ${goods(s)}, as encomendas e o resto. Ainda com dúvidas? Contacte-nos.`,
      "Aqui ficam as respostas curtas; para as longas, envie-nos uma mensagem.",
    ],
    groupHeadings: {
      about: (s) => [`Sobre ${s.name}`, `${cap(our(s))} ${goods(s)}`, "Quem somos"],
      orders: (s) =>
        s.delivery.perishable
          ? ["Encomendas e levantamento", "Encomendas"]
          : ["Encomendas e envios", "Encomendas", "Envios e devoluções"],
      booking: () => ["Marcações", "Horários", "Marcações e preços"],
    },
    offer: (s): QA[] => [
      {
        question: `O que oferece ${s.name}?`,
        answer: `${cap(goods(s))}${named3(s) ? `, entre eles ${named3(s)}` : ""}. Está tudo ${onlyServices(s) ? "nos nossos serviços" : "na loja"}.`,
      },
      {
        question: `O que há em ${s.name}?`,
        answer: `${cap(goods(s))}${emP(s)}${named3(s) ? `: ${named3(s)}, entre outros` : ""}.`,
      },
    ],
    where: (s): QA[] => [
      { question: "Onde estão?", answer: `${s.name} fica em ${s.place ?? ""}.` },
      {
        question: `Estão mesmo em ${s.place ?? ""}?`,
        answer: `Sim: ${s.name} é ${aBusiness(s)} em ${s.place ?? ""}.`,
      },
    ],
    audience: (s): QA[] => [
      {
        question: `Para quem é ${s.name}?`,
        answer: `Para ${s.audience ?? ""}, e para quem gosta de ${goods(s)} de qualidade.`,
      },
    ],
    highlight: (s, r): QA[] => [
      {
        question: `O que é mais importante para ${s.name}?`,
        answer: `${cap(oneHighlight(s, r) ?? s.words.craft)}. Pergunte-nos e contamos com gosto.`,
      },
    ],
    shipping: (s): QA[] => [
      {
        question: `${s.name} envia pelo correio?`,
        answer: `Sim: cada encomenda é embalada com cuidado. O custo e as opções aparecem antes de pagar.`,
      },
      {
        question: "Fazem envios?",
        answer:
          "Sim: as encomendas são embaladas com cuidado e enviadas pelo correio. Os portes e as opções aparecem antes de pagar.",
      },
      {
        question: "Como é enviada a minha encomenda?",
        answer: "Pelo correio, bem embalada. Vê as opções de envio e o preço antes de pagar.",
      },
    ],
    noShipping: (s): QA[] => [
      {
        question: "Enviam as encomendas?",
        answer: `Não, não fazemos envios pelo correio.${s.delivery.localPickup ? " Levanta a sua encomenda na loja." : ""}${s.delivery.localDelivery ? " Entregamos na zona." : ""}`,
      },
    ],
    shippingUnknown: (s): QA[] => [
      {
        question: `Como me chega uma encomenda de ${s.name}?`,
        answer: `Escolhe entre as opções que aparecem no pagamento. Precisa de algo especial? Pergunte primeiro a ${s.name}.`,
      },
      {
        question: "Como recebo a minha encomenda?",
        answer: `Vê as opções ao pagar. Se precisar de algo especial, escreva antes a ${s.name}.`,
      },
    ],
    pickup: (s): QA[] => [
      {
        question: `Posso levantar a encomenda em ${s.name}?`,
        answer: `Sim: escolha o levantamento no pagamento e ${s.name} avisa quando estiver pronta.`,
      },
      {
        question: "Posso levantar a encomenda na loja?",
        answer: `Sim: encomende online e levante${emP(s)}. Avisamos assim que estiver pronta.`,
      },
      {
        question: "É possível levantar pessoalmente?",
        answer: `Sim${s.place ? `, em ${s.place}` : ""}. Escolha o levantamento ao pagar e dizemos-lhe quando passar.`,
      },
    ],
    localDelivery: (s): QA[] => [
      {
        question: "Fazem entregas?",
        answer: `Sim, na zona${s.delivery.area ? `: ${s.delivery.area}` : ""}. Se tiver dúvidas sobre a sua morada, pergunte-nos.`,
      },
    ],
    perishable: (s): QA[] => [
      {
        question: `${s.name} aceita devoluções de produtos frescos?`,
        answer: `O que é fresco não se devolve. Se algo na sua encomenda de ${s.name} não estiver bem, diga-o no próprio dia e resolvemos.`,
      },
      {
        question: "Posso devolver produtos frescos?",
        answer:
          "Os produtos frescos não podem ser devolvidos nem trocados. Se algo não estiver bem na sua encomenda, avise-nos no próprio dia e resolvemos.",
      },
      {
        question: "Quando levanto ou recebo a encomenda?",
        answer:
          "No dia em que fica pronta: tudo é fresco, por isso é levantada ou entregue nesse mesmo dia.",
      },
    ],
    madeToOrder: (s): QA[] => [
      {
        question: `Quanto tempo leva ${s.name} a fazer uma encomenda?`,
        answer: s.delivery.leadTime
          ? `Conte com ${s.delivery.leadTime}: ${s.name} faz cada encomenda para si.`
          : `${s.name} faz cada encomenda para si e indica o prazo antes de se comprometer.`,
      },
      {
        question: "Quanto tempo demora uma encomenda?",
        answer: s.delivery.leadTime
          ? `Cada encomenda é feita para si: conte com ${s.delivery.leadTime}.`
          : "Cada encomenda é feita para si; indicamos o prazo quando encomendar.",
      },
      {
        question: "É tudo feito por encomenda?",
        answer: `Sim. ${s.delivery.leadTime ? `Conte com ${s.delivery.leadTime}.` : "Damos-lhe o prazo antes de se comprometer."}`,
      },
    ],
    returns: (s): QA[] => [
      {
        question: `E se a minha encomenda de ${s.name} não estiver bem?`,
        answer: `Diga-o a ${s.name} o mais cedo possível, com uma fotografia se ajudar, e encontramos juntos uma solução justa.`,
      },
      {
        question: "Posso devolver um artigo?",
        answer: `Escreva a ${s.name} antes de devolver: explicamos como fazer e encontramos consigo uma solução.`,
      },
      {
        question: "E se a minha encomenda tiver um problema?",
        answer: "Diga-nos o quanto antes, com uma foto se ajudar. Encontraremos uma solução justa.",
      },
    ],
    returnsMadeToOrder: (s): QA[] => [
      {
        question: `E se uma peça que ${s.name} fez para mim não estiver bem?`,
        answer: `Explique a ${s.name} o que falhou: foi feita para si, por isso procuramos a solução juntos.`,
      },
      {
        question: "Posso devolver uma peça feita por encomenda?",
        answer:
          "Foi feita para si: falemos primeiro e vemos juntos o que não está bem e como resolver.",
      },
    ],
    booking: (s): QA[] => [
      {
        question: `Como faço uma marcação com ${s.name}?`,
        answer: `Escreva a ${s.name} com o serviço e a altura que lhe convém; a marcação fica feita quando ambos a confirmarmos.`,
      },
      {
        question: "Como faço uma marcação?",
        answer: `Envie uma mensagem a ${s.name} com o serviço e o momento que prefere. Confirmamos os detalhes consigo antes de fixar seja o que for.`,
      },
      {
        question: "Como funciona uma marcação?",
        answer:
          "Escolhe um serviço, escreve-nos e combinamos juntos um horário. Nada fica marcado até ambos confirmarmos.",
      },
    ],
    servicePrices: (s): QA[] => [
      {
        question: `Quanto cobra ${s.name}?`,
        answer: `${s.lowestPrice ? `A partir de ${s.lowestPrice}. ` : ""}Cada serviço mostra o preço de partida e ${s.name} confirma o preço exato antes da marcação.`,
      },
      {
        question: "Quanto custa?",
        answer: `${s.lowestPrice ? `Os nossos serviços começam em ${s.lowestPrice}. ` : ""}Cada serviço indica o preço de partida; confirmamos o preço exato antes de marcar.`,
      },
    ],
    reschedule: (s): QA[] => [
      {
        question: `Posso mudar uma marcação com ${s.name}?`,
        answer: `Sim: avise ${s.name} o mais cedo possível e encontramos outra hora.`,
      },
      {
        question: "Posso mudar a minha marcação?",
        answer: "Sim: avise-nos o mais cedo possível e encontramos outro horário.",
      },
    ],
    payment: (s): QA[] => [
      {
        question: `Como pago uma encomenda feita a ${s.name}?`,
        answer: `Online e em segurança, no momento em que confirma a encomenda com ${s.name}.`,
      },
      { question: "Como se paga?", answer: "Em segurança, ao fazer a encomenda." },
      { question: "Quando é cobrado?", answer: "No momento em que faz a encomenda." },
    ],
    contact: (s): QA[] => [
      {
        question: `Como falo com ${s.name}?`,
        answer: `Pela página de contacto: cada mensagem é lida por uma pessoa de ${s.name}, que lhe responde.`,
      },
      {
        question: "Tenho outra pergunta: como vos contacto?",
        answer: `Pela página de contacto: responde-lhe uma pessoa de ${s.name}.`,
      },
      {
        question: "Posso fazer um pedido especial?",
        answer: `Sim: escreva a ${s.name} e diga-nos o que tem em mente.`,
      },
    ],
  },
  footer: (s, r) => [
    `${s.name}: ${goods(s)}${emP(s)}.`,
    s.place && `${cap(goods(s))} de ${s.place}, com cuidado.`,
    oneHighlight(s, r) && `${s.name}. ${cap(oneHighlight(s, r)!)}.`,
    `${s.name}, ${business(s)}${emP(s)}.`,
  ],
  seo: {
    home: {
      title: (s) => [
        `${s.name} | ${cap(goods(s))}${emP(s)}`,
        `${s.name}: ${business(s)}${emP(s)}`,
        `${s.name} | ${cap(goods(s))}`,
      ],
      description: (s) => [
        `${s.name} ${verb(s)} ${goods(s)}${emP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `${cap(goods(s))}${deP(s)} por ${s.name}. ${deliverySentence(s) ?? ""}`,
      ],
    },
    shop: {
      title: (s) => [`Loja | ${s.name}`, `${cap(goods(s))} | ${s.name}`],
      description: (s) => [
        `Descubra ${our(s)} ${goods(s)} em ${s.name}${emP(s)}.${named3(s) ? ` ${named3(s)}.` : ""}`,
        `Todo o catálogo de ${s.name}, com preços claros.`,
      ],
    },
    about: {
      title: (s) => [`Sobre nós | ${s.name}`, `A nossa história | ${s.name}`],
      description: (s) => [
        `Quem está por trás de ${s.name}, ${aBusiness(s)}${emP(s)}.`,
        `A história de ${s.name} e a nossa forma de trabalhar.`,
      ],
    },
    contact: {
      title: (s) => [`Contacto | ${s.name}`, `Escreva a ${s.name}`],
      description: (s) => [
        `Escreva a ${s.name}${emP(s)}: perguntas, encomendas${sellsServices(s) ? ", marcações" : ""}.`,
        `Contacte ${s.name}.`,
      ],
    },
    faq: {
      title: (s) => [`Perguntas frequentes | ${s.name}`, `As suas perguntas | ${s.name}`],
      description: (s) => [
        `Respostas sobre ${our(s)} ${goods(s)}, as encomendas${sellsServices(s) ? " e as marcações" : " e os envios"} em ${s.name}.`,
        `O que nos perguntam em ${s.name}, com as respostas.`,
      ],
    },
  },
  product: {
    description: productDescription,
    sampleLine: (s) => [
      `De ${s.name}${emP(s)}.`,
      `Um dos artigos da loja ${s.name}.`,
      s.place && `${s.name}, ${s.place}.`,
      `Alguma dúvida? Pergunte a ${s.name} antes de encomendar.`,
    ],
    imageAlt: (s, item) => `${item.name}, ${s.name}`,
    options: (name, labels) => `${name}: ${labels.slice(0, -1).join(", ")} ou ${labels.at(-1)}.`,
  },
  notes: {
    font: (asked, font) =>
      `Não foi possível usar o tipo de letra pedido (${asked}); usámos o mais parecido dos nossos, ${font}.`,
    colour: (word) =>
      `Não foi possível usar ${word} no texto: neste fundo seria difícil de ler. Usámo-lo como cor da marca.`,
    noProducts: () =>
      "O brief não indica nenhum produto: a loja começa vazia. Adicione os seus em Produtos.",
    avoided: (word) => `Retirámos os exemplos que contrariavam o seu brief (${word}).`,
  },
};
