package org.mesta.demo;

import static org.mesta.demo.DemoPhrasebook.a;
import static org.mesta.demo.DemoPhrasebook.badge;

import java.util.List;
import java.util.Map;
import org.mesta.demo.DemoPhrasebook.CityWords;

/** The demo in Serbian, Latin script (Belgrade, Novi Sad). */
final class DemoSerbian {

    private DemoSerbian() {}

    static final DemoPhrasebook BOOK = new DemoPhrasebook(
            "sr",
            Map.ofEntries(
                    a(
                            "repair-cafe",
                            "Kafe za popravke: popravi, ne bacaj",
                            "Donesi pokvarenu lampu, bicikl ili jaknu i nauči da ih popraviš uz volontere.",
                            "Volonteri majstori pokazaće ti kako da pronađeš kvar i sam ga popraviš. Alat, rezervni delovi i čaj su tu, a ti doneseš ono što je pokvareno. Iskustvo nije potrebno."),
                    a(
                            "urban-garden",
                            "Volonteri gradske bašte",
                            "Sadi, zalivaj i beri u zajedničkoj gradskoj bašti – i ponesi povrće kući.",
                            "Svake nedelje zajedno brinemo o podignutim lejama: sejemo, plevimo, kompostiramo i beremo. Naučićeš kako hrana raste u gradu i upoznati ljude kojima je do toga stalo."),
                    a(
                            "clean-up",
                            "Akcija čišćenja parka",
                            "Dva sata, rukavice i kese dobijaš od nas: zajedno ostavljamo park čistijim nego što smo ga zatekli.",
                            "Nalazimo se na ulazu, delimo se u timove i sakupljeno razvrstavamo za reciklažu. Posle toga kratko pričamo o tome gde završava gradski otpad i šta možemo da promenimo."),
                    a(
                            "climate-lab",
                            "Klimatska laboratorija",
                            "Tromesečni projekat: izaberi jednu stvar u svom kraju i učini je zelenijom.",
                            "Mali timovi biraju lokalni problem (sivo školsko dvorište, opasnu biciklističku rutu, bačenu hranu u menzi), istražuju ga i predstavljaju plan onima koji mogu da odluče. Mentori se sa vama sastaju svake nedelje, neki sastanci su onlajn."),
                    a(
                            "coding-club",
                            "Klub programiranja za početnike",
                            "Napravi svoju prvu igricu ili sajt korak po korak, uz mentore pored sebe.",
                            "Nedeljni susreti za potpune početnike. Počinjemo blokovima, a zatim prelazimo na pravi kod u Pythonu i JavaScriptu. Laptopove obezbeđujemo, ti ponesi radoznalost."),
                    a(
                            "maker-evening",
                            "Otvoreno veče u mejkerskoj radionici",
                            "3D štampači, laserski sekač i šivaće mašine: isprobaj ih uz nekoga ko zna kako se koriste.",
                            "Dođi sa idejom ili bez nje. Naši majstori pomažu ti da osmisliš mali predmet i napraviš ga istog večeri. Na početku kratka obuka o bezbednosti."),
                    a(
                            "study-group",
                            "Grupa za učenje pred ispite",
                            "Mirna prostorija, vršnjački tutori i besplatne grickalice za sve koji se spremaju za ispite.",
                            "Studenti nekoliko godina stariji pomažu oko matematike, jezika i prirodnih nauka. Radi sam ili u maloj grupi i pitaj kad zapneš. Ovde niko ne dobija ocene."),
                    a(
                            "spot-the-fake",
                            "Prepoznaj lažno: radionica medijske pismenosti",
                            "Kako da proveriš fotografiju, naslov ili video pre nego što ih podeliš.",
                            "Praktične vežbe sa pravim primerima sa društvenih mreža: obrnuta pretraga slika, provera izvora, prepoznavanje izmanipulisanih snimaka. Odlaziš sa podsetnikom koji možeš da koristiš svaki dan."),
                    a(
                            "mh-first-aid",
                            "Prva pomoć za mentalno zdravlje mladih",
                            "Nauči da primetiš kada je prijatelju teško i kako da mu pomogneš da nađe podršku.",
                            "Dvodnevni kurs sa sertifikovanim trenerom: prepoznavanje anksioznosti, depresije i krize, kako započeti razgovor i kome se obratiti. Na kraju dobijaš sertifikat."),
                    a(
                            "stress-less",
                            "Manje stresa: mirno pred ispite",
                            "Jednostavni trikovi za disanje, san i planiranje koji stvarno pomažu kad se ispiti nagomilaju.",
                            "Opuštena radionica koju vodi školski psiholog. Zajedno probamo kratke vežbe i pravimo lični plan za ispitne nedelje. Niko ne mora da priča ono što ne želi."),
                    a(
                            "talk-evening",
                            "Veče otvorenog razgovora",
                            "Siguran krug da pričaš o onome što te muči, uz obučenog omladinskog radnika.",
                            "Svake nedelje sedimo zajedno, pijemo čaj i pričamo o školi, porodici, prijateljima i budućnosti. Poverljivo i bez prijave; možeš i samo da slušaš."),
                    a(
                            "peer-chat",
                            "Vršnjački čet podrške",
                            "Obučeni mladi volonteri svako veče anonimno odgovaraju na tvoje poruke.",
                            "Piši o svemu što te brine: volonter koga su obučili naši psiholozi odgovoriće ti u roku od sat vremena. Anonimno i besplatno. U hitnim slučajevima uvek pozovi 112."),
                    a(
                            "sign-language",
                            "Znakovni jezik za početnike",
                            "Posle šest susreta moći ćeš da pozdraviš, predstaviš se i vodiš kratak razgovor na znakovnom jeziku.",
                            "Predaje gluvi nastavnik. Šest večernjih susreta sa igrama i vežbanjem razgovora. Kotizacija pokriva materijale; javi nam ako ti je to prepreka."),
                    a(
                            "football-for-all",
                            "Fudbal za sve",
                            "Mešoviti timovi, svi su dobrodošli: jedino pravilo je da svi igraju.",
                            "Otvorena nedeljna utakmica za mlade sa invaliditetom i bez njega, pridošlice i meštane, početnike i klupske igrače. Treneri prilagođavaju pravila tako da svi budu deo igre."),
                    a(
                            "language-cafe",
                            "Jezički kafe",
                            "Vežbaj novi jezik uz kafu sa ljudima kojima je to maternji jezik.",
                            "Stolovi za engleski, arapski, ukrajinski, srpski i druge jezike. Pridošlice vežbaju srpski, a meštani njihove jezike. Bez časova, samo razgovor."),
                    a(
                            "phone-safety",
                            "Bezbedno na telefonu i internetu, korak po korak",
                            "Za mlade sa teškoćama u učenju: kako da bezbedno koristiš telefon, u koracima lakim za čitanje.",
                            "Male grupe, dosta vremena i materijali laki za čitanje. Vežbamo lozinke, poruke, elektronsko bankarstvo i šta da radiš kad ti nešto izgleda čudno. Ponesi svoj telefon."),
                    a(
                            "youth-council",
                            "Otvorena sednica omladinskog saveta",
                            "Donesi pitanje ili ideju: omladinski savet ih prenosi gradu.",
                            "Jednom mesečno omladinski savet zaseda javno. Svako mlađi od 30 godina može da govori tri minuta. Predlozi koji dobiju podršku idu gradskoj skupštini uz zahtev za pisani odgovor."),
                    a(
                            "debate-club",
                            "Debatni klub",
                            "Nauči da braniš svoj stav, saslušaš drugu stranu i menjaš mišljenja činjenicama.",
                            "Nedeljni treninzi u formatu britanskog parlamentarnog debatovanja, na teme do kojih je mladima stalo. Dva puta godišnje učestvujemo na gradskom turniru."),
                    a(
                            "campaign-school",
                            "Škola kampanja: neka te grad čuje",
                            "Od ideje do kampanje za jedan vikend: ciljevi, saveznici, poruke i plan.",
                            "Mladi ambasadori koji su vodili kampanje pričaju šta je uspelo. Odlaziš sa planom kampanje za tablu Gradova učenja i ljudima s kojima ćeš je sprovesti."),
                    a(
                            "volunteer",
                            "Volontiraj u omladinskom centru",
                            "Pomozi oko radionica, događaja i kafea i osvoji bedž volontera.",
                            "Izaberi šta ti odgovara: dočekivanje posetilaca, pomoć na događajima, društvene mreže ili kafe. Obučićemo te, a posle 20 sati možeš da se prijaviš za bedž volontera omladinskog centra."),
                    a(
                            "photo-walk",
                            "Foto-šetnja: tvoj grad kroz objektiv",
                            "Šetnja sa fotografom: svetlo, kadriranje i priča u deset fotografija.",
                            "Može bilo koji telefon ili fotoaparat. Šetamo dva sata, zastajemo gde je svetlo dobro i posle gledamo jedni drugima fotografije. Najbolje idu na malu izložbu."),
                    a(
                            "bike-kitchen",
                            "Biciklistička radionica i zajednička vožnja",
                            "Popravi bicikl našim alatom, pa se pridruži bezbednoj grupnoj vožnji kroz grad.",
                            "Mehaničari ti pomažu oko kočnica, lanaca i probušenih guma. Na kraju se zajedno vozimo gradskim biciklističkim stazama i učimo najbezbednije puteve do škole."),
                    a(
                            "inclusive-theatre",
                            "Inkluzivna pozorišna grupa",
                            "Napiši i odigraj predstavu zajedno sa glumcima različitog porekla i sposobnosti.",
                            "Tri meseca nedeljnih proba završavaju se javnom predstavom. O čemu je komad, odlučuje grupa. Predstave se prevode na znakovni jezik."),
                    a(
                            "park-yoga",
                            "Jutarnja joga u parku",
                            "Nežna joga i nekoliko minuta tišine pre nego što dan počne.",
                            "Ne trebaju ti ni iskustvo ni prostirka (imamo rezervne). Čas odgovara svakom telu; nastavnica nudi varijante za svaki položaj. Kad je loše vreme, prelazimo unutra.")),
            List.of(
                    "Otvoreni rad sa mladima, radionice i volontiranje za mlade od 13 do 29 godina.",
                    "Digitalne veštine, mejkerska radionica i grupe za učenje, besplatno za sve mlade.",
                    "Projekti održivosti: gradske bašte, kafei za popravke i akcije čišćenja."),
            Map.ofEntries(
                    badge(
                            "Peer supporter",
                            "Vršnjačka podrška",
                            "Za mlade obučene da podrže prijatelje kojima je teško.",
                            "Završen kurs prve pomoći za mentalno zdravlje i učešće na četiri večeri otvorenog razgovora."),
                    badge(
                            "Active citizen",
                            "Aktivni građanin",
                            "Za mlade koji su gradu predstavili sopstveni predlog.",
                            "Predstavljen predlog na otvorenoj sednici omladinskog saveta ili sprovedena akcija kampanje."),
                    badge(
                            "Digital maker",
                            "Digitalni stvaralac",
                            "Za mlade koji su u mejkerskoj radionici osmislili i napravili nešto svoje.",
                            "Učešće na četiri večeri u mejkerskoj radionici ili susreta kluba programiranja i predstavljen svoj rad."),
                    badge(
                            "Fact checker",
                            "Proveravač činjenica",
                            "Za mlade koji umeju da provere izvor pre nego što ga podele.",
                            "Učešće na radionici medijske pismenosti i provera tri stvarne objave uz njen podsetnik."),
                    badge(
                            "Green volunteer",
                            "Zeleni volonter",
                            "Za mlade koji su svoje vreme poklonili zelenijem gradu.",
                            "Najmanje 12 sati u gradskoj bašti, u kafeima za popravke ili na akcijama čišćenja.")),
            "Put",
            "Prekretnica",
            Map.of(
                    "belgrade",
                    new CityWords(
                            "Beograd",
                            "Istraži Beograd",
                            "Upoznaj šta Beograd nudi mladima: dve aktivnosti za početak i još jedna za radoznale. Završi ih i dobij bedž istraživača.",
                            "Istraživač Beograda",
                            "Završen istraživački put kroz Beograd."),
                    "novi-sad",
                    new CityWords(
                            "Novi Sad",
                            "Istraži Novi Sad",
                            "Upoznaj šta Novi Sad nudi mladima: dve aktivnosti za početak i još jedna za radoznale. Završi ih i dobij bedž istraživača.",
                            "Istraživač Novog Sada",
                            "Završen istraživački put kroz Novi Sad.")));
}
