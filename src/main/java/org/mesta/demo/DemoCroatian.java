package org.mesta.demo;

import static org.mesta.demo.DemoPhrasebook.a;
import static org.mesta.demo.DemoPhrasebook.badge;

import java.util.List;
import java.util.Map;
import org.mesta.demo.DemoPhrasebook.CityWords;

/** The demo in Croatian (Zagreb). */
final class DemoCroatian {

    private DemoCroatian() {}

    static final DemoPhrasebook BOOK = new DemoPhrasebook(
            "hr",
            Map.ofEntries(
                    a(
                            "repair-cafe",
                            "Popravljaonica: popravi, nemoj baciti",
                            "Donesi pokvarenu lampu, bicikl ili jaknu i nauči ih popraviti uz volontere.",
                            "Volonteri majstori pokazat će ti kako pronaći kvar i sam ga popraviti. Alat, rezervni dijelovi i čaj su tu, a ti doneseš ono što je pokvareno. Iskustvo nije potrebno."),
                    a(
                            "urban-garden",
                            "Volonteri gradskog vrta",
                            "Sadi, zalijevaj i beri u zajedničkom gradskom vrtu – i ponesi povrće kući.",
                            "Svaki tjedan zajedno brinemo o povišenim gredicama: sijemo, plijevimo, kompostiramo i beremo. Naučit ćeš kako hrana raste u gradu i upoznati ljude kojima je do toga stalo."),
                    a(
                            "clean-up",
                            "Akcija čišćenja parka",
                            "Dva sata, rukavice i vreće dobivaš od nas: zajedno ostavljamo park čišćim nego što smo ga zatekli.",
                            "Nalazimo se na ulazu, dijelimo se u timove i skupljeno razvrstavamo za recikliranje. Nakon toga kratko razgovaramo o tome gdje završava gradski otpad i što možemo promijeniti."),
                    a(
                            "climate-lab",
                            "Klimatski laboratorij",
                            "Tromjesečni projekt: odaberi jednu stvar u svom kvartu i učini je zelenijom.",
                            "Mali timovi biraju lokalni problem (sivo školsko dvorište, opasnu biciklističku rutu, bačenu hranu u menzi), istražuju ga i predstavljaju plan onima koji mogu odlučiti. Mentori se s vama sastaju svaki tjedan, neki sastanci su online."),
                    a(
                            "coding-club",
                            "Klub programiranja za početnike",
                            "Izradi svoju prvu igru ili web-stranicu korak po korak, uz mentore pokraj sebe.",
                            "Tjedni susreti za potpune početnike. Počinjemo s blokovima, a zatim prelazimo na pravi kod u Pythonu i JavaScriptu. Prijenosna računala osiguravamo, ti ponesi znatiželju."),
                    a(
                            "maker-evening",
                            "Otvorena večer u maker radionici",
                            "3D printeri, laserski rezač i šivaći strojevi: isprobaj ih uz nekoga tko ih zna koristiti.",
                            "Dođi s idejom ili bez nje. Naši majstori pomoći će ti osmisliti mali predmet i izraditi ga iste večeri. Na početku kratak uvod u sigurnost."),
                    a(
                            "study-group",
                            "Grupa za učenje pred ispite",
                            "Mirna prostorija, vršnjački instruktori i besplatne grickalice za sve koji se pripremaju za ispite.",
                            "Studenti nekoliko godina stariji pomažu s matematikom, jezicima i prirodnim znanostima. Radi sam ili u maloj grupi i pitaj kad zapneš. Ovdje nitko ne dobiva ocjene."),
                    a(
                            "spot-the-fake",
                            "Prepoznaj lažno: radionica medijske pismenosti",
                            "Kako provjeriti fotografiju, naslov ili video prije nego što ih podijeliš.",
                            "Praktične vježbe s pravim primjerima s društvenih mreža: obrnuto pretraživanje slika, provjera izvora, prepoznavanje izmanipuliranih snimki. Odlaziš s popisom za provjeru koji možeš koristiti svaki dan."),
                    a(
                            "mh-first-aid",
                            "Prva pomoć za mentalno zdravlje mladih",
                            "Nauči primijetiti kad je prijatelju teško i kako mu pomoći da pronađe podršku.",
                            "Dvodnevni tečaj s certificiranim trenerom: prepoznavanje anksioznosti, depresije i krize, kako započeti razgovor i kome se obratiti. Na kraju dobivaš potvrdu."),
                    a(
                            "stress-less",
                            "Manje stresa: mirno pred ispite",
                            "Jednostavni trikovi za disanje, spavanje i planiranje koji stvarno pomažu kad se ispiti nagomilaju.",
                            "Opuštena radionica koju vodi školski psiholog. Zajedno isprobavamo kratke vježbe i radimo osobni plan za ispitne tjedne. Nitko ne mora dijeliti ništa što ne želi."),
                    a(
                            "talk-evening",
                            "Večer otvorenog razgovora",
                            "Siguran krug za razgovor o onome što te muči, uz educiranog djelatnika za rad s mladima.",
                            "Svaki tjedan sjedimo zajedno, pijemo čaj i razgovaramo o školi, obitelji, prijateljima i budućnosti. Povjerljivo i bez prijave; možeš i samo slušati."),
                    a(
                            "peer-chat",
                            "Vršnjački chat podrške",
                            "Educirani mladi volonteri svake večeri anonimno odgovaraju na tvoje poruke.",
                            "Piši o svemu što te brine: volonter kojeg su educirali naši psiholozi odgovorit će ti u roku od sat vremena. Anonimno i besplatno. U hitnom slučaju uvijek nazovi 112."),
                    a(
                            "sign-language",
                            "Znakovni jezik za početnike",
                            "Nakon šest susreta moći ćeš pozdraviti, predstaviti se i voditi kratak razgovor na hrvatskom znakovnom jeziku.",
                            "Predaje gluhi učitelj. Šest večernjih susreta s igrama i vježbom razgovora. Kotizacija pokriva materijale; javi nam ako ti je to prepreka."),
                    a(
                            "football-for-all",
                            "Nogomet za sve",
                            "Mješoviti timovi, svi su dobrodošli: jedino pravilo je da svi igraju.",
                            "Otvorena tjedna utakmica za mlade s invaliditetom i bez njega, pridošlice i domaće, početnike i klupske igrače. Treneri prilagođavaju pravila tako da svi budu dio igre."),
                    a(
                            "language-cafe",
                            "Jezični kafić",
                            "Vježbaj novi jezik uz kavu s ljudima kojima je to materinski jezik.",
                            "Stolovi za engleski, arapski, ukrajinski, hrvatski i druge jezike. Pridošlice vježbaju hrvatski, a domaći njihove jezike. Bez predavanja, samo razgovor."),
                    a(
                            "phone-safety",
                            "Sigurno na mobitelu i internetu, korak po korak",
                            "Za mlade s teškoćama u učenju: kako sigurno koristiti mobitel, u koracima lakima za čitanje.",
                            "Male grupe, puno vremena i materijali laki za čitanje. Vježbamo lozinke, poruke, internetsko bankarstvo i što učiniti kad ti nešto izgleda čudno. Ponesi svoj mobitel."),
                    a(
                            "youth-council",
                            "Otvorena sjednica Savjeta mladih",
                            "Donesi pitanje ili ideju: Savjet mladih prenosi ih gradu.",
                            "Jednom mjesečno Savjet mladih zasjeda javno. Svatko mlađi od 30 godina može govoriti tri minute. Prijedlozi koji dobiju podršku idu Gradskoj skupštini sa zahtjevom za pisani odgovor."),
                    a(
                            "debate-club",
                            "Debatni klub",
                            "Nauči braniti svoj stav, saslušati drugu stranu i mijenjati mišljenja činjenicama.",
                            "Tjedni treninzi u formatu britanske parlamentarne debate, na teme do kojih je mladima stalo. Dvaput godišnje sudjelujemo na gradskom turniru."),
                    a(
                            "campaign-school",
                            "Škola kampanja: neka te grad čuje",
                            "Od ideje do kampanje u jednom vikendu: ciljevi, saveznici, poruke i plan.",
                            "Mladi ambasadori koji su vodili kampanje pričaju što je uspjelo. Odlaziš s planom kampanje za ploču Gradova učenja i ljudima s kojima ćeš je provesti."),
                    a(
                            "volunteer",
                            "Volontiraj u centru za mlade",
                            "Pomaži u radionicama, događanjima i kafiću i zaradi značku volontera.",
                            "Odaberi što ti odgovara: dočekivanje posjetitelja, pomoć na događanjima, društvene mreže ili kafić. Educirat ćemo te, a nakon 20 sati možeš se prijaviti za značku volontera centra za mlade."),
                    a(
                            "photo-walk",
                            "Foto-šetnja: tvoj grad kroz objektiv",
                            "Šetnja s fotografom: svjetlo, kadriranje i priča u deset fotografija.",
                            "Dovoljan je bilo koji mobitel ili fotoaparat. Šećemo dva sata, zastajemo gdje je svjetlo dobro i poslije gledamo fotografije jedni drugih. Najbolje idu na malu izložbu."),
                    a(
                            "bike-kitchen",
                            "Biciklistička radionica i zajednička vožnja",
                            "Popravi bicikl našim alatom, a zatim se pridruži sigurnoj grupnoj vožnji kroz grad.",
                            "Mehaničari ti pomažu s kočnicama, lancima i probušenim gumama. Na kraju se zajedno vozimo gradskim biciklističkim stazama i učimo najsigurnije putove do škole."),
                    a(
                            "inclusive-theatre",
                            "Inkluzivna kazališna skupina",
                            "Napiši i odigraj predstavu zajedno s glumcima različitog podrijetla i sposobnosti.",
                            "Tri mjeseca tjednih proba završavaju javnom izvedbom. O čemu je predstava, odlučuje skupina. Izvedbe se prevode na znakovni jezik."),
                    a(
                            "park-yoga",
                            "Jutarnja joga u parku",
                            "Nježna joga i nekoliko minuta tišine prije nego što dan počne.",
                            "Ne trebaju ti ni iskustvo ni prostirka (imamo rezervne). Sat odgovara svakom tijelu; učiteljica nudi varijante za svaki položaj. Kad je loše vrijeme, selimo se unutra.")),
            List.of(
                    "Otvoreni rad s mladima, radionice i volontiranje za mlade od 13 do 29 godina.",
                    "Digitalne vještine, maker radionica i grupe za učenje, besplatno za sve mlade.",
                    "Projekti održivosti: gradski vrtovi, popravljaonice i akcije čišćenja."),
            Map.ofEntries(
                    badge(
                            "Peer supporter",
                            "Vršnjački pomagač",
                            "Za mlade educirane da podrže prijatelje kojima je teško.",
                            "Završen tečaj prve pomoći za mentalno zdravlje i sudjelovanje na četiri večeri otvorenog razgovora."),
                    badge(
                            "Active citizen",
                            "Aktivni građanin",
                            "Za mlade koji su gradu predstavili vlastiti prijedlog.",
                            "Predstavljen prijedlog na otvorenoj sjednici Savjeta mladih ili provedena akcija kampanje."),
                    badge(
                            "Digital maker",
                            "Digitalni stvaratelj",
                            "Za mlade koji su u maker radionici osmislili i izradili nešto svoje.",
                            "Sudjelovanje na četiri večeri u maker radionici ili susreta kluba programiranja i predstavljen svoj rad."),
                    badge(
                            "Fact checker",
                            "Provjeravatelj činjenica",
                            "Za mlade koji znaju provjeriti izvor prije nego što ga podijele.",
                            "Sudjelovanje na radionici medijske pismenosti i provjera triju stvarnih objava s njezinim popisom za provjeru."),
                    badge(
                            "Green volunteer",
                            "Zeleni volonter",
                            "Za mlade koji su svoje vrijeme poklonili zelenijem gradu.",
                            "Najmanje 12 sati u gradskom vrtu, u popravljaonicama ili na akcijama čišćenja.")),
            "Put",
            "Prekretnica",
            Map.of(
                    "zagreb",
                    new CityWords(
                            "Zagreb",
                            "Istraži Zagreb",
                            "Upoznaj što Zagreb nudi mladima: dvije aktivnosti za početak i još jedna za znatiželjne. Završi ih i dobij značku istraživača.",
                            "Istraživač Zagreba",
                            "Završen istraživački put kroz Zagreb.")));
}
