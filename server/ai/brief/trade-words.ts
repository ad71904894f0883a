import type { IndustryId } from "../../../domain/ai-vocabulary.ts";

/**
 * The words that say which trade a brief is, in English, French, German, Spanish, Portuguese and
 * Italian, with a weight: 3 names the business itself ("boulangerie", "luthier", "accountant"),
 * 2 what it typically sells or does ("baguette", "violin", "tax returns"), 1 a weak hint. Written
 * folded (no accents, lower case) and singular: ./trade.ts also takes plurals ("breads",
 * "Brote", "panes") and "stem*" is a prefix ("gioiell*" for "gioiello", "gioielli").
 */
export const TRADE_WORDS: Record<Exclude<IndustryId, "general">, string> = {
  coffee:
    "coffee 3, coffee roaster 3, roastery 3, espresso 2, coffee bean 3, arabica 2, cafe 1, torrefaction 3, torrefacteur 3, cafe en grain 3, kaffee 3, kaffeeroster* 3, rosterei 3, kaffeebohne 3, cafe de especialidad 3, tostador* 3, torrefactora 3, cafe de especialidade 3, torrefac* 2, torrefazione 3, caffe 3, chicco di caffe 3, latte 1, cappuccino 1, pour-over 1",
  bakery:
    "bakery 3, baker 3, bread 2, loaf 2, loaves 2, sourdough 2, baguette 2, croissant 2, pastry 2, pastries 2, viennoiserie 2, brioche 2, boulangerie 3, boulanger 3, patisserie 2, pain 2, pain de campagne 3, levain 2, fougasse 2, backerei 3, backer 3, brot 2, brotchen 2, sauerteig 2, konditorei 2, kuchen 1, panaderia 3, panadero 3, pan 1, masa madre 2, bolleria 2, padaria 3, padeiro 3, pao 2, fermentacao natural 1, pastelaria 2, panetteria 3, panificio 3, fornaio 3, pane 2, lievito madre 2, focaccia 2, cornetto 1,  cupcake 2, cookie 1, cake shop 3, cake 2",
  fashion:
    "fashion 3, clothing 3, clothes 3, apparel 3, dress 2, shirt 2, t-shirt 2, jacket 2, knitwear 2, boutique 1, mode 2, vetement 3, pret-a-porter 3, robe 2, chemise 2, pull 1, mode label 3, kleidung 3, bekleidung 3, kleid 2, hemd 2, moda 2, ropa 3, vestido 2, camisa 2, roupa 3, abbigliamento 3, vestit* 2, camicia 2, maglieria 2, streetwear 3, hoodie 2, tee 1, menswear 3, womenswear 3",
  jewellery:
    "jewellery 3, jewelry 3, jeweller 3, jeweler 3, ring 2, necklace 2, earring 2, bracelet 2, pendant 2, engagement ring 3, bijou 3, bijoux 3, bijouterie 3, joaillerie 3, bague 2, collier 2, boucle d'oreille 2, schmuck 3, goldschmied* 3, halskette 2, ohrring 2, joyeria 3, joya 3, anillo 2, collar 1, pendiente 1, joalharia 3, joia 3, anel 2, brinco 2, gioiell* 3, anello 2, orecchin* 2, collana 2, silversmith 3, goldsmith 3",
  skincare:
    "skincare 3, skin care 3, serum 2, moisturiser 2, moisturizer 2, cleanser 2, face oil 2, balm 1, soap 2, cosmetic 2, cosmetique 3, soin du visage 3, soins 1, savon 2, creme 1, hautpflege 3, naturkosmetik 3, seife 2, kosmetik 3, cosmetica 3, cuidado de la piel 3, jabon 2, cosmetico 2, cuidados com a pele 3, sabonete 2, cura della pelle 3, sapone 2, cosmesi 3",
  "furniture-decor":
    "furniture 3, decor 2, home decor 3, interior 1, sofa 2, table 1, chair 2, lamp 1, cushion 2, rug 2, meuble 3, mobilier 3, decoration 2, canape 2, chaise 2, coussin 2, mobel 3, einrichtung 2, wohnaccessoires 3, stuhl 2, tisch 1, mueble 3, decoracion 2, silla 2, movei* 3, decoracao 2, cadeira 2, mobili 3, arredamento 3, arredo 3, sedia 2, cuscin* 2, lampada 1",
  "electronics-accessories":
    "electronics 3, phone case 3, charger 2, cable 2, headphone 2, earbud 2, gadget 2, usb 2, accessoire electronique 3, chargeur 2, coque 2, ecouteur 2, elektronik 3, ladegerat 2, handyhulle 3, kopfhorer 2, electronica 3, cargador 2, funda 2, auricular 2, eletronic* 3, carregador 2, capinha 2, elettronica 3, caricabatterie 2, cover 1, cuffie 2, power bank 2",
  books:
    "book 3, bookshop 3, bookstore 3, bookseller 3, novel 2, poetry 1, librairie 3, libraire 3, livre 3, roman 1, buchhandlung 3, buch 3, bucher 3, roman 1, libreria 3, libro 3, novela 2, livraria 3, livro 3, romance 1, libri 3, romanzo 2, comics 1, bd 1",
  florist:
    "florist 3, flower 3, bouquet 2, floral 2, wedding flowers 3, fleuriste 3, fleur 3, bouquet 2, composition florale 3, blumenladen 3, florist* 3, blume 3, blumenstrauss 2, floristeria 3, flor 2, ramo 2, floricultura 3, flores 3, fiorista 3, fiori 3, fiore 3, mazzo 2, peony 1, rose 1",
  "fitness-gear":
    "fitness 3, gym 2, dumbbell 2, kettlebell 2, resistance band 2, yoga mat 2, workout 2, training gear 3, musculation 3, haltere 2, tapis de yoga 2, sport 1, hantel 2, trainingsgerat 3, gimnasio 2, mancuerna 2, pesas 2, academia 1, haltere 2, palestra 2, manubri* 2, attrezzi 2, protein 2",
  "pet-supplies":
    "pet 3, pet supplies 3, dog 1, cat 1, collar 1, leash 2, dog bed 2, pet food 3, animalerie 3, chien 1, chat 1, laisse 2, croquette 2, tierbedarf 3, hund 1, katze 1, leine 2, hundebett 2, mascota 3, perro 1, gato 1, correa 2, animais de estimacao 3, cao 1, coleira 2, animali domestici 3, cane 1, gatto 1, guinzaglio 2",
  "art-prints":
    "art print 3, print 2, poster 2, illustration 2, giclee 3, risograph 2, painting 2, artist 2, affiche 2, estampe 3, tirage 2, illustratio* 2, kunstdruck 3, druck 1, plakat 2, kunstler* 2, lamina 2, grabado 2, cartel 1, ilustracion 2, gravura 2, cartaz 2, ilustracao 2, stampa 2, stampe 2, illustrazion* 2, artista 2",
  wine: "wine 3, winery 3, vineyard 3, wine merchant 3, sommelier 2, natural wine 3, red wine 2, vin 3, vins 3, caviste 3, cave a vin 3, vigneron 3, domaine 1, wein 3, weinhandlung 3, weingut 3, winzer 3, vino 3, vinoteca 3, bodega 2, vinho 3, garrafeira 3, vinicola 3, enoteca 3, cantina 2, champagne 2, prosecco 2",
  tea: "tea 3, tea shop 3, teeladen 3, loose leaf 3, matcha 2, oolong 2, chai 2, infusion 2, herbal tea 3, salon de the 3, the vert 3, tisane 2, tee 2, krautertee 3, infusion 2, cha 2, tisana 2, te verde 3, sencha 2, earl grey 2, teapot 1",
  "handmade-crafts":
    "handmade 2, handcrafted 2, crafts 3, artisan 1, macrame 2, embroidery 2, knitted 2, woodwork 2, fait main 2, artisanat 3, fait a la main 2, createur 1, handgemacht 2, handarbeit 3, kunsthandwerk 3, hecho a mano 2, artesania 3, artesanal 1, feito a mao 2, artesanato 3, fatto a mano 2, artigianato 3, crochet 2, quilt 2",
  toys: "toy 3, wooden toy 3, plush 2, puzzle 1, doll 2, teddy 2, jouet 3, peluche 2, poupee 2, spielzeug 3, spielwaren 3, puppe 2, kuscheltier 2, juguete 3, muneca 2, peluche 2, brinquedo 3, boneca 2, pelucia 2, giocattol* 3, bambola 2, peluche 2",
  "outdoor-gear":
    "outdoor 3, camping 3, hiking 3, backpack 2, tent 2, sleeping bag 2, climbing 2, trail 1, randonnee 3, camping 3, sac a dos 2, tente 2, escalade 2, wandern 3, zelt 2, rucksack 2, schlafsack 2, bergsport 3, senderismo 3, acampada 3, mochila 2, tienda de campana 2, escalada 2, trilha 2, barraca 2, campismo 3, escursionismo 3, tenda 2, zaino 2, arrampicata 2, alpinismo 2",
  bicycles:
    "bicycle 3, bike 3, cycling 3, cyclist 2, e-bike 3, ebike 3, velo 3, cycle 2, cyclisme 3, fahrrad 3, fahrrader 3, radsport 3, e-bike 3, bicicleta 3, ciclismo 3, bici 3, bicicletta 3, biciclette 3",
  ceramics:
    "ceramic 3, ceramics 3, pottery 3, potter 3, stoneware 2, porcelain 2, mug 2, bowl 2, vase 2, glaze 2, ceramique 3, poterie 3, potier 3, gres 2, tasse 1, bol 2, keramik 3, topferei 3, topfer 3, steinzeug 2, schale 1, ceramica 3, alfareria 3, taza 1, cuenco 2, ceramista 3, olaria 3, caneca 2, tigela 2, ceramiche 3, vaso 1, ciotol* 2",
  stationery:
    "stationery 3, notebook 2, journal 1, greeting card 2, card 1, planner 2, pen 1, notepad 2, papeterie 3, carnet 2, carte de voeux 2, papeterie 3, schreibwaren 3, notizbuch 2, grusskarte 2, papeleria 3, cuaderno 2, tarjeta 1, papelaria 3, caderno 2, cartao 1, cartoleria 3, quaderno 2, biglietti d'auguri 2, washi tape 2",
  butcher:
    "butcher 3, butchery 3, meat 2, halal 2, kosher 1, sausage 2, steak 2, beef 2, lamb 2, pork 2, charcuterie 2, boucherie 3, boucher 3, viande 2, saucisse 2, metzgerei 3, metzger 3, fleischerei 3, fleisch 2, wurst 2, carniceria 3, carnicero 3, carne 2, embutido 2, talho 3, acougue 3, carnes 2, macelleria 3, macellaio 3, salumi 2, salsicc* 2",
  cheesemonger:
    "cheese 3, cheesemonger 3, fromagerie 3, fromager 3, fromage 3, affineur 3, kase 3, kaserei 3, kasehandler 3, queso 3, queseria 3, queijo 3, queijaria 3, formaggi* 3, formaggio 3, caseificio 3, comte 1, brie 1, camembert 2, parmigiano 2",
  chocolatier:
    "chocolate 3, chocolatier 3, chocolaterie 3, chocolat 3, praline 2, truffle 2, confectionery 2, sweets 2, candy 2, bonbon 2, confiserie 3, schokolade 3, pralin* 2, confiserie 3, susswaren 3, chocolateria 3, bombones 2, dulces 2, chocolate 3, bombom 2, doces 1, cioccolat* 3, praline 2, dolciumi 2, caramel* 1, fudge 2, macaron 2, wagashi 3, mochi 2",
  brewery:
    "brewery 3, brewer 3, craft beer 3, beer 3, ale 2, ipa 2, lager 2, stout 2, brasserie 2, biere 3, brasseur 3, brauerei 3, bier 3, craft-bier 3, cerveceria 3, cerveza 3, cervejaria 3, cerveja 3, birrificio 3, birra 3, birre 3, taproom 2, cider 2, cidre 2",
  grocery:
    "grocery 3, grocer 3, deli 2, delicatessen 3, fine food 3, pantry 2, olive oil 2, honey 2, jam 2, spice 2, preserve 2, honey 2, beekeeper 3, beekeeping 3, apiary 3, epicerie 3, epicerie fine 3, miel 2, apiculteur 3, confiture 2, epice 2, huile d'olive 2, feinkost 3, lebensmittel 2, honig 2, imker 3, marmelade 2, gewurz* 2, delicatessen 3, ultramarinos 3, colmado 3, miel 2, apicultor 3, mercearia 3, apicultor 3, azeite 2, alimentari 3, gastronomia 2, drogheria 2, miele 2, apicoltor* 3, olio d'oliva 2, marmellat* 2, organic produce 2, farm shop 3",
  restaurant:
    "restaurant 3, takeaway 3, take-away 3, bistro 3, diner 2, pizzeria 3, pizza 2, burger 2, food truck 3, menu 1, dine 2, brunch 2, traiteur 2, restauration 2, plat a emporter 3, a emporter 2, gaststatte 3, imbiss 3, lieferservice 2, restaurante 3, comida para llevar 3, tapas 2, para levar 2, ristorante 3, trattoria 3, osteria 3, da asporto 3, sushi 2, ramen 2, tacos 2",
  catering:
    "catering 3, caterer 3, event catering 3, buffet 2, private chef 3, wedding catering 3, traiteur 3, service traiteur 3, buffet 2, chef a domicile 3, partyservice 3, catering 3, caterer 3, banquete 2, servicio de catering 3, banquetes 2, bufe 2, buffet 2, banqueting 3, chef a domicilio 3",
  "musical-instruments":
    "musical instrument 3, instrument 2, violin 3, viola 2, cello 3, guitar 3, bass 1, piano 3, luthier 3, violin maker 3, bow 1, ukulele 3, drum 2, synth 2, amp 1, lutherie 3, violon 3, violoncelle 3, guitare 3, archet 2, geigenbauer 3, geige 3, gitarre 3, cello 3, musikinstrument* 3, bogen 1, violin 3, guitarra 3, violonchelo 3, arco 1, luthier 3, violino 3, violao 3, violoncelo 3, liutaio 3, liuteria 3, chitarra 3, violoncello 3, strumenti musicali 3, strumento 2, saxophone 3, flute 2, trumpet 2",
  "games-hobbies":
    "board game 3, tabletop 3, miniature 2, puzzle 2, model kit 3, card game 3, trading card 3, dice 2, game 1, hobby 2, jeu de societe 3, jeux de societe 3, figurine 2, maquette 2, brettspiel 3, gesellschaftsspiel 3, modellbau 3, juego de mesa 3, juegos de mesa 3, maqueta 2, jogo de tabuleiro 3, jogos de tabuleiro 3, gioco da tavolo 3, giochi da tavolo 3, modellismo 3, video game 2, retro games 2, lego 2",
  "crafts-supplies":
    "craft supplies 3, yarn 3, wool 2, fabric 2, haberdashery 3, bead 2, knitting supplies 3, sewing 2, thread 1, laine 2, mercerie 3, tissu 2, fil 1, perle 1, fournitures creatives 3, loisirs creatifs 3, wolle 3, stoff 2, kurzwaren 3, bastelbedarf 3, garn 2, lana 2, merceria 3, tela 1, hilo 1, manualidades 3, retrosaria 3, tecido 2, fio 1, armarinho 3, filato 2, filati 3, tessuto 2, merceria 3, hobbistica 3, scrapbooking 2",
  records:
    "record shop 3, record store 3, vinyl 3, record 2, lp 2, album 2, cassette 2, turntable 1, disquaire 3, vinyle 3, disque 2, schallplatte 3, plattenladen 3, vinyl 3, disco 1, tienda de discos 3, vinilo 3, discos 2, loja de discos 3, vinil 3, negozio di dischi 3, dischi 2, vinile 3",
  "plants-garden":
    "plant 3, houseplant 3, nursery 2, garden centre 3, garden center 3, succulent 2, cactus 2, seed 2, bulb 1, gardening 2, plante 3, pepiniere 3, jardinerie 3, graine 2, jardin 1, pflanze 3, gartnerei 3, zimmerpflanze 3, samen 2, garten 2, planta 3, vivero 3, semilla 2, jardineria 2, viveiro 3, semente 2, jardinagem 2, piant* 3, vivaio 3, semi 2, giardinaggio 2, bonsai 2",
  candles:
    "candle 3, soy candle 3, wax melt 3, home fragrance 3, diffuser 2, incense 2, bougie 3, bougies 3, parfum d'interieur 3, fondant parfume 3, kerze 3, kerzen 3, duftkerze 3, raumduft 3, vela 3, velas 3, ambientador 2, aromatica 1, candela 3, candele 3, profumatore 2, incenso 2, wax 1",
  "leather-goods":
    "leather 3, leather goods 3, wallet 2, belt 2, handbag 2, bag 1, satchel 2, saddle 1, maroquinerie 3, cuir 3, portefeuille 2, ceinture 2, sac 1, lederwaren 3, leder 3, geldborse 2, gurtel 2, tasche 1, marroquineria 3, cuero 3, cartera 2, cinturon 2, bolso 1, couro 3, marroquinaria 3, carteira 2, cinto 2, bolsa 1, pelletteria 3, pelle 2, portafoglio 2, cintura 1, borsa 1",
  "kids-baby":
    "baby 3, babies 3, kids 2, children's 2, toddler 2, nursery 1, newborn 2, baby clothes 3, bebe 3, enfant 2, puericulture 3, naissance 2, kinder 2, kinderkleidung 3, babyausstattung 3, nino 2, ninos 2, infantil 2, crianca 2, criancas 2, bambin* 2, neonat* 2, prima infanzia 3, muslin 1, onesie 2",
  vintage:
    "vintage 3, second-hand 3, secondhand 3, thrift 3, pre-loved 3, preloved 3, antique 3, retro 1, brocante 3, friperie 3, seconde main 3, antiquite 3, antiquaire 3, gebraucht 2, secondhand 3, antiquitat* 3, flohmarkt 2, segunda mano 3, antiguedad* 3, brecho 3, segunda mao 3, antiguidade* 3, usato 3, antiquariato 3, mercatino 2, upcycled 2, vintage clothing 2, vintage denim 2",
  lessons:
    "lesson 3, tutor 3, cours de 3, donne des cours 3, clases de 3, aulas de 3, lezioni di 3, tutoring 3, course 1, class 2, workshop 2, teacher 2, coaching 2, school 1, private lessons 3, cours 2, professeur 3, soutien scolaire 3, atelier 1, stage 1, formation 2, unterricht 3, nachhilfe 3, kurs 3, lehrer* 2, kurse 3, clase 3, clases 3, profesor* 2, curso 3, cursos 3, aula 3, aulas 3, professor* 2, explicador* 3, explicacoes 3, lezione 3, lezioni 3, ripetizioni 3, insegnante 3, corso 3, corsi 3, tuition 3",
  "home-services":
    "plumber 3, plumbing 3, electrician 3, handyman 3, cleaning 3, cleaner 2, gardener 3, landscaping 3, painter 2, decorator 2, locksmith 3, roofer 3, builder 2, renovation 2, plombier 3, plomberie 3, electricien 3, menage 3, nettoyage 3, jardinier 3, serrurier 3, couvreur 3, peintre 2, depannage 2, klempner 3, installateur 3, elektriker 3, reinigung 3, gartner 3, schlusseldienst 3, handwerker 3, maler 2, fontanero 3, fontaneria 3, electricista 3, limpieza 3, jardinero 3, cerrajero 3, reformas 2, canalizador 3, eletricista 3, limpeza 3, jardineiro 3, serralheiro 3, idraulico 3, elettricista 3, pulizie 3, giardiniere 3, fabbro 3, imbianchino 3, ristrutturazion* 2",
  repairs:
    "repair* 3, restore 2, clock 1, fix 2, mending 3, restoration 2, alteration 2, cobbler 3, watch repair 3, phone repair 3, tailor 2, reparation 3, repare 3, reparons 3, reparer 2, reparateur 3, retouche 3, cordonnier 3, cordonnerie 3, horloger 2, reparatur* 3, reparieren 3, repariert 3, repariere 3, anderungsschneiderei 3, schuster 3, schuhmacher 3, uhrmacher 2, reparacion 3, reparaciones 3, reparamos 3, reparo 2, arreglo 3, arreglos 3, arreglamos 3, zapatero 3, reparacao 3, reparacoes 3, consert* 3, sapateiro 3, riparazion* 3, ripariamo 3, riparo 2, riparare 2, sartoria 2, calzolaio 3, calzoleria 3, orologiaio 2",
  "professional-services":
    "accountant 3, accounting 3, bookkeeping 3, bookkeeper 3, tax return 3, lawyer 3, solicitor 3, consultant 3, consulting 3, consultancy 3, translator 3, translation 2, architect 3, designer 1, graphic design 2, web design 2, marketing 2, coach 1, advisor 2, comptable 3, comptabilite 3, expert-comptable 3, avocat 3, notaire 3, conseil 2, traducteur 3, traduction 2, architecte 3, steuerberater* 3, buchhaltung 3, buchhalter* 3, rechtsanwalt 3, anwalt 3, berater* 3, beratung 3, ubersetzer* 3, architekt* 3, contable 3, contador 3, contabilidad 3, abogado 3, asesor* 3, asesoria 3, consultor* 3, traductor* 3, arquitecto 3, contabilista 3, contabilidade 3, advogado 3, consultoria 3, tradutor* 3, arquiteto 3, commercialista 3, contabilita 3, avvocato 3, consulen* 3, traduttor* 3, architetto 3, notary 3, payroll 2",
  photography:
    "photographer 3, photography 3, photo shoot 3, photoshoot 3, portrait 2, wedding photo 3, headshot 3, prints 1, photographe 3, photographie 3, seance photo 3, fotograf 3, fotografie 3, fotoshooting 3, fotografo 3, fotografia 3, sesion de fotos 3, sessao de fotos 3, servizio fotografico 3, fotografa 3",
  "hair-salon":
    "hair salon 3, hairdresser 3, hairdressing 3, barber 3, barbershop 3, haircut 3, hair 2, blow-dry 2, beard 2, coiffeur 3, coiffeuse 3, coiffure 3, salon de coiffure 3, coupe 1, barbier 3, friseur 3, friseursalon 3, haarschnitt 3, peluqueria 3, peluquero 3, barberia 3, corte de pelo 3, cabeleireir* 3, barbearia 3, corte de cabelo 3, parrucchier* 3, barbiere 3, taglio 1, acconciatur* 3",
  "beauty-salon":
    "beauty salon 3, beautician 3, nail 2, manicure 3, pedicure 3, facial 3, waxing 3, lash 2, brow 2, makeup 2, institut de beaute 3, estheticienne 3, esthetique 2, ongle 2, epilation 3, soin du visage 2, maquillage 2, kosmetikstudio 3, kosmetikerin 3, nagelstudio 3, manikure 3, waxing 3, salon de belleza 3, estetica 2, unas 2, depilacion 3, manicura 3, salao de beleza 3, esteticista 3, unhas 2, depilacao 3, centro estetico 3, estetista 3, unghie 2, ceretta 3",
  wellness:
    "yoga 3, massage 3, wellness 3, pilates 3, meditation 2, reiki 3, spa 2, therapist 2, acupuncture 3, physiotherapy 3, sophrologie 3, naturopathe 3, bien-etre 3, yoga 3, massage 3, massagen 3, heilpraktiker* 3, achtsamkeit 2, bienestar 3, masaje 3, masajes 3, bem-estar 3, massagem 3, massagens 3, benessere 3, massaggi* 3, osteopat* 3, shiatsu 3, breathwork 2",
  "pet-services":
    "dog grooming 3, grooming 3, groomer 3, dog walking 3, dog walker 3, pet sitting 3, pet sitter 3, dog training 3, boarding 2, kennel 2, toilettage 3, toiletteur 3, promeneur de chien 3, garde d'animaux 3, pension canine 3, education canine 3, hundefriseur 3, hundesalon 3, gassi 3, tierbetreuung 3, hundeschule 3, peluqueria canina 3, paseador de perros 3, guarderia canina 3, adiestramiento 3, banho e tosa 3, tosa 3, passeador de caes 3, hotel para caes 3, toelettatura 3, dog sitter 3, pensione per cani 3, addestramento 3",
};
