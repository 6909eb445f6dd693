// Cues for telling Latin-script languages apart in short customer messages: the common words of
// each language (function words plus the after-sales words customers actually write) and the
// letters that only a few languages use. Written by hand; trigram profiles are derived from them.

/** Common words per language (lower case, space separated). */
export const LATIN_WORDS: Readonly<Record<string, string>> = {
  en: `the a an and or but is are was were be been am i you he she it we they my your our me us not no yes this that these with
    for from to of in on at by have has had do does did can could will would should please hello hi hey thanks thank order parcel
    package received arrived refund item still where when what why how just got didn't don't haven't hasn't isn't wasn't it's i'm
    there their here dear sorry help need want wrong broken box money back already today yesterday days week any some`,
  es: `el la los las un una y o pero es son está están estoy fue yo tú usted mi mis su sus nuestro no sí este esta eso esto con para
    por del al en de que qué cuando cuándo dónde donde cómo como porque muy pedido paquete recibido recibí llegado llegó todavía
    aún hola gracias favor reembolso quiero tengo hace días nada también ya hoy mañana buenos buenas tardes dinero roto caja envío`,
  pt: `o a os as um uma e ou mas é são está estão estou foi eu você vocês meu minha meus minhas seu sua não sim este esta isso isto
    com para por do da dos das no na nos nas em de que quando onde como porque muito pedido pacote encomenda recebi recebido
    chegou ainda olá obrigado obrigada favor reembolso quero tenho há dias nada também já hoje amanhã ele ela nós bom dia boa tarde
    dinheiro caixa entrega produto veio`,
  gl: `o a os as un unha e ou pero é son está están estou foi eu ti vostede meu miña meus miñas seu súa non si este esta iso isto con
    para por do da dos das no na en de que cando onde como porque moi pedido paquete recibín recibido chegou aínda ola grazas favor
    reembolso quero teño hai días nada tamén xa hoxe mañá bo día boas tardes diñeiro caixa envío produto veu`,
  ca: `el la els les un una i o però és són està estic va jo tu vostè meu meva seu seva no sí aquest aquesta amb per del dels en de
    que quan on com perquè molt comanda paquet rebut arribat encara hola gràcies si us plau reemborsament vull tinc dies res també
    ja avui demà bon dia diners caixa`,
  fr: `le la les un une et ou mais est sont suis été je tu vous il elle nous ils mon ma mes votre vos notre ne pas non oui ce cette
    avec pour par du des au aux en de que quand où comment pourquoi très commande colis reçu arrivé arrivée toujours bonjour merci
    remboursement veux j'ai ai avez jours rien aussi déjà aujourd'hui demain s'il plaît produit cassé argent`,
  it: `il lo la i gli le un una e o ma è sono sta stato io tu lei mio mia miei suo sua non sì questo questa con per da del della dei
    in di che quando dove come perché molto ordine pacco ricevuto arrivato ancora ciao buongiorno grazie favore rimborso voglio ho
    giorni niente anche già oggi domani prodotto rotto soldi salve avete siete abbiamo mi ci sbagliato sbagliata spedito
    spedite arrivata`,
  de: `der die das ein eine und oder aber ist sind war ich du sie er es wir mein meine ihr ihre nicht kein keine ja nein dieser
    diese mit für von zu im in auf an dem den des dass wann wo wie warum sehr bestellung paket erhalten angekommen noch hallo danke
    bitte rückerstattung möchte habe tage nichts auch schon heute morgen guten tag geld kaputt ware`,
  nl: `de het een en of maar is zijn was ik jij je u hij zij wij mijn uw onze niet geen ja nee deze dit met voor van naar in op aan
    dat wanneer waar hoe waarom heel erg bestelling pakket ontvangen aangekomen nog hallo dank bedankt alstublieft graag
    terugbetaling wil heb dagen niets ook al vandaag morgen goedendag geld kapot`,
  sv: `och eller men är var jag du ni han hon vi min mitt mina din er inte nej ja den det detta med för från till av på i att när hur
    varför mycket beställning paket fått kommit fortfarande hej tack snälla återbetalning vill har dagar inget också redan idag
    imorgon pengar trasig`,
  da: `og eller men er var jeg du han hun vi min mit mine din jeres ikke nej ja den det dette med for fra til af på at hvornår hvor
    hvordan hvorfor meget bestilling pakke modtaget kommet stadig hej tak venligst refusion vil har dage intet også allerede
    penge ødelagt`,
  nb: `og eller men er var jeg du dere han hun vi min mitt mine din deres ikke nei ja den det dette med for fra til av på at når hvor
    hvordan hvorfor veldig bestilling pakke mottatt kommet fortsatt hei takk vennligst refusjon vil har dager ingenting også
    allerede penger ødelagt`,
  fi: `ja tai mutta on oli olen minä sinä te hän me minun sinun ei kyllä tämä se kanssa että milloin missä miten miksi hyvin tilaus
    paketti saanut saapunut vielä hei kiitos palautus haluan minulla päivää mitään myös jo tänään huomenna rahat rikki tilaukseni`,
  pl: `i lub ale jest są był była ja ty pan pani on ona my mój moja moje wasz nie tak ten ta to z dla od do w na że kiedy gdzie jak
    dlaczego bardzo zamówienie paczka paczki otrzymałem otrzymałam dotarła jeszcze dzień dobry cześć dziękuję proszę zwrot chcę mam
    dni nic też już dzisiaj jutro pieniądze zepsuty`,
  cs: `a nebo ale je jsou byl byla já ty vy on ona my můj moje váš není ne ano tento tato to s pro od do v na že kdy kde jak proč
    velmi objednávka balík balíček obdržel dorazil ještě dobrý den ahoj děkuji prosím vrácení chci mám dní nic také už dnes zítra
    peníze rozbitý`,
  sk: `a alebo ale je sú bol bola ja ty vy on ona my môj moja váš nie áno tento táto to s pre od do v na že kedy kde ako prečo veľmi
    objednávka balík ešte dobrý deň ďakujem prosím vrátenie chcem mám dní nič tiež už dnes zajtra peniaze rozbitý`,
  hr: `i ili ali je su bio bila ja ti vi on ona mi moj moja vaš nije ne da ovaj ova to s sa za od do u na kada gdje kako zašto jako
    narudžba paket primio stigao još dobar dan bok hvala molim povrat želim imam dana ništa također već danas sutra novac`,
  hu: `és vagy de van volt én te ön ő mi az a egy nem igen ez hogy mikor hol hogyan miért nagyon rendelés rendelésem csomag
    megkaptam megérkezett még szia jó napot köszönöm kérem visszatérítés szeretném nekem napja semmi is már ma holnap pénz`,
  ro: `și sau dar este sunt a fost eu tu dumneavoastră el ea noi meu mea nu da acest această cu pentru de la în pe că când unde cum
    ce foarte comanda comandă coletul primit ajuns încă bună ziua mulțumesc vă rog rambursare vreau am zile nimic deja azi mâine bani`,
  tr: `ve veya ama bir bu şu o ben sen siz biz benim sizin değil evet hayır ile için den dan da de ne zaman nerede nasıl neden çok
    sipariş siparişim kargo paket aldım gelmedi hâlâ hala merhaba teşekkürler teşekkür ederim lütfen iade istiyorum var yok gün
    hiçbir bugün yarın para kırık`,
  vi: `và hoặc nhưng là của tôi bạn anh chị em chúng không có này đó với cho từ đến trong khi ở đâu thế nào tại sao rất đơn hàng gói
    đã nhận được vẫn chưa xin chào cảm ơn vui lòng hoàn tiền muốn ngày gì cũng hôm nay mai bị vỡ`,
  id: `dan atau tetapi tapi adalah ini itu saya aku kamu anda dia kami kita tidak belum ya dengan untuk dari ke di yang kapan mana
    bagaimana kenapa mengapa sangat pesanan paket sudah diterima sampai masih halo terima kasih tolong mohon pengembalian dana ingin
    mau punya hari apa juga besok barang rusak uang`,
  lt: `ir ar bet yra buvo aš tu jūs mano jūsų ne taip su už iš į kada kur kaip kodėl labai užsakymas siunta gavau dar laba diena
    ačiū prašau pinigai`,
  lv: `un vai bet ir bija es tu jūs mans jūsu nav jā ar par no uz kad kur kā kāpēc ļoti pasūtījums paka saņēmu vēl labdien
    paldies lūdzu nauda`,
  et: `ja või aga on oli mina sina teie minu teie ei jah koos eest kus millal kuidas miks väga tellimus pakk sain veel tere
    aitäh palun raha`,
};

/** Letters that only a few Latin-script languages write; each occurrence votes for them. */
export const LATIN_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ñ', 'es gl'],
  ['ã', 'pt'],
  ['õ', 'pt et'],
  ['ç', 'pt fr ca tr'],
  ['ß', 'de'],
  ['ä', 'de sv fi sk'],
  ['ö', 'de sv fi hu tr'],
  ['ü', 'de tr hu'],
  ['å', 'sv da nb'],
  ['ø', 'da nb'],
  ['æ', 'da nb'],
  ['ł', 'pl'],
  ['ą', 'pl'],
  ['ę', 'pl'],
  ['ś', 'pl'],
  ['ź', 'pl'],
  ['ż', 'pl'],
  ['ń', 'pl'],
  ['ć', 'pl hr'],
  ['ř', 'cs'],
  ['ě', 'cs'],
  ['ů', 'cs'],
  ['ő', 'hu'],
  ['ű', 'hu'],
  ['ğ', 'tr'],
  ['ş', 'tr'],
  ['ı', 'tr'],
  ['ă', 'ro vi'],
  ['ș', 'ro'],
  ['ț', 'ro'],
  ['đ', 'vi hr'],
  ['ơ', 'vi'],
  ['ư', 'vi'],
  ['č', 'cs sk hr'],
  ['š', 'cs sk hr'],
  ['ž', 'cs sk hr'],
  ['ľ', 'sk'],
  ['ĺ', 'sk'],
  ['ŕ', 'sk'],
  ['ô', 'pt fr sk vi'],
  ['ò', 'it ca'],
  ['ì', 'it'],
  ['ù', 'it fr'],
  ['è', 'it fr ca'],
  ['à', 'it fr ca pt'],
  ['ê', 'pt fr vi'],
  ['â', 'pt fr ro tr vi'],
  ['î', 'fr ro'],
  ['ë', 'fr nl'],
  ['ï', 'fr nl ca'],
  ['œ', 'fr'],
  ['ý', 'cs sk'],
  ['ú', 'es pt gl ca cs sk hu'],
  ['í', 'es pt gl ca cs sk hu'],
  ['ė', 'lt'],
  ['ų', 'lt'],
  ['į', 'lt'],
  ['ā', 'lv'],
  ['ē', 'lv'],
  ['ī', 'lv'],
  ['ķ', 'lv'],
  ['ļ', 'lv'],
  ['ņ', 'lv'],
  ['ģ', 'lv'],
  ['ó', 'es pt gl ca pl hu'],
  ['á', 'es pt gl cs sk hu'],
  ['é', 'es pt gl ca fr it cs sk hu'],
];

/** Letters of Vietnamese tone marks (dot below, hook above …) that no other language here writes. */
export const VIETNAMESE_ONLY = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u;
