package org.mesta.demo;

import static org.mesta.demo.DemoPhrasebook.a;
import static org.mesta.demo.DemoPhrasebook.badge;

import java.util.List;
import java.util.Map;
import org.mesta.demo.DemoPhrasebook.CityWords;

/** The demo in Lithuanian (Vilnius, Kaunas). */
final class DemoLithuanian {

    private DemoLithuanian() {}

    static final DemoPhrasebook BOOK = new DemoPhrasebook(
            "lt",
            Map.ofEntries(
                    a(
                            "repair-cafe",
                            "Taisymo kavinė: pataisyk, o ne išmesk",
                            "Atsinešk sugedusį šviestuvą, dviratį ar striukę ir kartu su savanoriais išmok juos sutaisyti.",
                            "Savanoriai meistrai parodys, kaip rasti gedimą ir jį sutaisyti pačiam. Įrankiai, atsarginės dalys ir arbata – vietoje, tau tereikia atsinešti tai, kas sugedo. Patirties nereikia."),
                    a(
                            "urban-garden",
                            "Miesto daržo savanoriai",
                            "Sodink, laistyk ir nuimk derlių bendrame miesto darže – ir parsinešk daržovių namo.",
                            "Kiekvieną savaitę kartu prižiūrime pakeltas lysves: sėjame, raviname, kompostuojame ir nuimame derlių. Sužinosi, kaip mieste auga maistas, ir susipažinsi su žmonėmis, kuriems tai rūpi."),
                    a(
                            "clean-up",
                            "Parko tvarkymo diena",
                            "Dvi valandos, pirštinės ir maišai – iš mūsų: kartu paliksime parką švaresnį, nei radome.",
                            "Susitinkame prie įėjimo, pasiskirstome į komandas ir surinktas atliekas rūšiuojame perdirbimui. Po to trumpai pasikalbame, kur keliauja miesto atliekos ir ką galime pakeisti."),
                    a(
                            "climate-lab",
                            "Klimato veiksmų laboratorija",
                            "Trijų mėnesių projektas: išsirink vieną dalyką savo rajone ir padaryk jį žalesnį.",
                            "Nedidelės komandos pasirenka vietos problemą (pilką mokyklos kiemą, pavojingą dviračių maršrutą, išmetamą maistą valgykloje), ją ištiria ir pristato planą tiems, kurie gali priimti sprendimą. Mentoriai su jumis susitinka kas savaitę, kai kurie susitikimai vyksta internetu."),
                    a(
                            "coding-club",
                            "Programavimo klubas pradedantiesiems",
                            "Žingsnis po žingsnio sukurk savo pirmą žaidimą ar svetainę, o šalia bus mentoriai.",
                            "Savaitiniai užsiėmimai visiškiems naujokams. Pradedame nuo blokelių, o paskui pereiname prie tikro kodo Python ir JavaScript kalbomis. Nešiojamuosius kompiuterius duosime – tau reikia tik smalsumo."),
                    a(
                            "maker-evening",
                            "Atviras kūrybinių dirbtuvių vakaras",
                            "3D spausdintuvai, lazerinis pjaustytuvas ir siuvimo mašinos: išbandyk juos su tuo, kuris moka.",
                            "Ateik su idėja arba be jos. Mūsų meistrai padės suprojektuoti nedidelį daiktą ir jį pasigaminti tą patį vakarą. Pradžioje – trumpas saugos instruktažas."),
                    a(
                            "study-group",
                            "Mokymosi grupė prieš egzaminus",
                            "Rami patalpa, bendraamžiai korepetitoriai ir nemokami užkandžiai visiems, kurie ruošiasi egzaminams.",
                            "Keleriais metais vyresni studentai padeda su matematika, kalbomis ir gamtos mokslais. Dirbk vienas ar mažoje grupėje ir klausk, kai įstringi. Čia niekas nerašo pažymių."),
                    a(
                            "spot-the-fake",
                            "Atpažink klastotę: medijų raštingumo dirbtuvės",
                            "Kaip patikrinti nuotrauką, antraštę ar vaizdo įrašą, prieš juo pasidalijant.",
                            "Praktinės užduotys su tikrais pavyzdžiais iš socialinių tinklų: atvirkštinė vaizdų paieška, šaltinių tikrinimas, suklastotų vaizdo įrašų atpažinimas. Išeisi su kontroliniu sąrašu, kurį galėsi naudoti kasdien."),
                    a(
                            "mh-first-aid",
                            "Psichikos sveikatos pirmoji pagalba jaunimui",
                            "Išmok pastebėti, kad draugui sunku, ir padėti jam rasti pagalbą.",
                            "Dviejų dienų kursai su sertifikuotu treneriu: kaip atpažinti nerimą, depresiją ir krizę, kaip pradėti pokalbį ir kur kreiptis. Pabaigoje – pažymėjimas."),
                    a(
                            "stress-less",
                            "Mažiau streso: ramiai prieš egzaminus",
                            "Paprasti kvėpavimo, miego ir planavimo triukai, kurie tikrai padeda, kai egzaminai užgriūva.",
                            "Jaukios dirbtuvės su mokyklos psichologu. Kartu išbandome trumpus pratimus ir susidarome asmeninį planą egzaminų savaitėms. Niekas neprivalo pasakoti to, ko nenori."),
                    a(
                            "talk-evening",
                            "Atvirų pokalbių vakaras",
                            "Saugus ratas pasikalbėti apie tai, kas tau rūpi, su patyrusiu darbuotoju su jaunimu.",
                            "Kiekvieną savaitę susėdame kartu, geriame arbatą ir kalbamės apie mokyklą, šeimą, draugus ir ateitį. Konfidencialu, registruotis nereikia – gali ir tiesiog paklausyti."),
                    a(
                            "peer-chat",
                            "Bendraamžių pagalbos pokalbiai",
                            "Apmokyti jauni savanoriai kiekvieną vakarą anonimiškai atsako į tavo žinutes.",
                            "Parašyk apie viską, kas tave neramina: mūsų psichologų apmokytas savanoris atsakys per valandą. Anonimiškai ir nemokamai. Skubiu atveju visada skambink 112."),
                    a(
                            "sign-language",
                            "Gestų kalba pradedantiesiems",
                            "Po šešių susitikimų galėsi pasisveikinti, prisistatyti ir trumpai pasikalbėti lietuvių gestų kalba.",
                            "Moko kurčiasis mokytojas. Šeši vakariniai susitikimai su žaidimais ir pokalbių praktika. Mokestis padengia medžiagas – pasakyk mums, jei jis tau kliūtis."),
                    a(
                            "football-for-all",
                            "Futbolas visiems",
                            "Mišrios komandos, laukiamas kiekvienas: vienintelė taisyklė – žaidžia visi.",
                            "Atviros savaitinės rungtynės jaunimui su negalia ir be jos, atvykėliams ir vietiniams, pradedantiesiems ir klubų žaidėjams. Treneriai pritaiko taisykles taip, kad žaidime dalyvautų visi."),
                    a(
                            "language-cafe",
                            "Kalbų kavinė",
                            "Praktikuok naują kalbą prie kavos puodelio su tais, kurie ja kalba namuose.",
                            "Staliukai anglų, arabų, ukrainiečių, lietuvių ir kitoms kalboms. Atvykėliai praktikuoja lietuvių kalbą, vietiniai – jų kalbas. Jokių pamokų, tik pokalbiai."),
                    a(
                            "phone-safety",
                            "Saugiai telefone ir internete, žingsnis po žingsnio",
                            "Jaunimui, turinčiam mokymosi sunkumų: kaip saugiai naudotis telefonu, lengvai skaitomais žingsniais.",
                            "Mažos grupės, daug laiko ir lengvai skaitomi lapeliai. Mokomės slaptažodžių, žinučių, internetinės bankininkystės ir ką daryti, kai kas nors atrodo keistai. Atsinešk savo telefoną."),
                    a(
                            "youth-council",
                            "Atviras jaunimo tarybos posėdis",
                            "Atnešk klausimą ar idėją – jaunimo taryba perduos ją miestui.",
                            "Kartą per mėnesį jaunimo taryba posėdžiauja viešai. Kiekvienas iki 30 metų gali kalbėti tris minutes. Palaikyti pasiūlymai keliauja į miesto tarybą su prašymu atsakyti raštu."),
                    a(
                            "debate-club",
                            "Debatų klubas",
                            "Išmok pagrįsti savo poziciją, išklausyti kitą pusę ir keisti nuomones faktais.",
                            "Savaitinės treniruotės britų parlamentinių debatų formatu, temomis, kurios rūpi jaunimui. Du kartus per metus dalyvaujame miesto turnyre."),
                    a(
                            "campaign-school",
                            "Kampanijų mokykla: tegul miestas tave išgirsta",
                            "Nuo idėjos iki kampanijos per vieną savaitgalį: tikslai, sąjungininkai, žinutės ir planas.",
                            "Jaunieji ambasadoriai, jau vykdę kampanijas, pasakoja, kas pasiteisino. Išeisi su kampanijos planu Mokymosi miestų lentai ir žmonėmis, su kuriais jį įgyvendinsi."),
                    a(
                            "volunteer",
                            "Savanoriauk jaunimo centre",
                            "Padėk rengti dirbtuves, renginius ir kavinę – ir užsidirbk savanorio ženklelį.",
                            "Rinkis, kas tau tinka: pasitikti lankytojus, padėti renginiuose, tvarkyti socialinius tinklus ar kavinę. Mes tave apmokysime, o po 20 valandų galėsi prašyti jaunimo centro savanorio ženklelio."),
                    a(
                            "photo-walk",
                            "Fotopasivaikščiojimas: tavo miestas pro objektyvą",
                            "Pasivaikščiojimas su fotografu: šviesa, kadravimas ir istorija dešimčia kadrų.",
                            "Tiks bet koks telefonas ar fotoaparatas. Vaikštome dvi valandas, sustojame ten, kur gera šviesa, o po to apžiūrime vieni kitų nuotraukas. Geriausios pateks į nedidelę parodą."),
                    a(
                            "bike-kitchen",
                            "Dviračių dirbtuvės ir bendras pasivažinėjimas",
                            "Susitvarkyk dviratį mūsų įrankiais, tada prisijunk prie saugaus bendro važiavimo per miestą.",
                            "Mechanikai padės su stabdžiais, grandinėmis ir pradurtomis padangomis. Pabaigoje kartu važiuojame miesto dviračių takais ir išsiaiškiname saugiausius kelius į mokyklą."),
                    a(
                            "inclusive-theatre",
                            "Įtraukiojo teatro grupė",
                            "Kartu parašyk ir suvaidink spektaklį su įvairios kilmės ir gebėjimų aktoriais.",
                            "Trys mėnesiai savaitinių repeticijų baigiasi viešu spektakliu. Apie ką bus pjesė, sprendžia grupė. Spektakliai verčiami į gestų kalbą."),
                    a(
                            "park-yoga",
                            "Rytinė joga parke",
                            "Švelni joga ir kelios tylos minutės, kol dar neprasidėjo diena.",
                            "Patirties ar kilimėlio nereikia (turime atsarginių). Užsiėmimas tinka kiekvienam kūnui – mokytoja kiekvienai pozai pasiūlo variantų. Blogu oru persikeliame į vidų.")),
            List.of(
                    "Atviras darbas su jaunimu, dirbtuvės ir savanorystė 13–29 metų jaunuoliams.",
                    "Skaitmeniniai įgūdžiai, kūrybinės dirbtuvės ir mokymosi grupės – nemokamai visam jaunimui.",
                    "Tvarumo projektai: miesto daržai, taisymo kavinės ir tvarkymo dienos."),
            Map.ofEntries(
                    badge(
                            "Peer supporter",
                            "Bendraamžių palaikytojas",
                            "Jaunimui, išmokusiam palaikyti draugus, kuriems sunku.",
                            "Baigė psichikos sveikatos pirmosios pagalbos kursus ir dalyvavo keturiuose atvirų pokalbių vakaruose."),
                    badge(
                            "Active citizen",
                            "Aktyvus pilietis",
                            "Jaunimui, pristačiusiam miestui savo pasiūlymą.",
                            "Pristatė pasiūlymą atvirame jaunimo tarybos posėdyje arba surengė kampanijos akciją."),
                    badge(
                            "Digital maker",
                            "Skaitmeninis kūrėjas",
                            "Jaunimui, kūrybinėse dirbtuvėse sugalvojusiam ir pasigaminusiam kažką savo.",
                            "Dalyvavo keturiuose kūrybinių dirbtuvių vakaruose ar programavimo klubo susitikimuose ir parodė, ką sukūrė."),
                    badge(
                            "Fact checker",
                            "Faktų tikrintojas",
                            "Jaunimui, kuris moka patikrinti šaltinį, prieš juo pasidalydamas.",
                            "Dalyvavo medijų raštingumo dirbtuvėse ir pagal kontrolinį sąrašą patikrino tris tikrus įrašus."),
                    badge(
                            "Green volunteer",
                            "Žaliasis savanoris",
                            "Jaunimui, skyrusiam savo laiką žalesniam miestui.",
                            "Bent 12 valandų miesto darže, taisymo kavinėse ar tvarkymo dienose.")),
            "Kelias",
            "Etapas",
            Map.of(
                    "vilnius",
                    new CityWords(
                            "Vilnius",
                            "Atrask Vilnių",
                            "Sužinok, ką Vilnius siūlo jaunimui: dvi veiklos pradžiai ir dar viena smalsiausiems. Atlik jas ir gausi tyrinėtojo ženklelį.",
                            "Vilniaus tyrinėtojas",
                            "Baigtas Vilniaus tyrinėtojo kelias."),
                    "kaunas",
                    new CityWords(
                            "Kaunas",
                            "Atrask Kauną",
                            "Sužinok, ką Kaunas siūlo jaunimui: dvi veiklos pradžiai ir dar viena smalsiausiems. Atlik jas ir gausi tyrinėtojo ženklelį.",
                            "Kauno tyrinėtojas",
                            "Baigtas Kauno tyrinėtojo kelias.")));
}
