package org.mesta.demo;

import static org.mesta.opportunity.AccessFeature.*;
import static org.mesta.opportunity.Theme.*;

import java.util.List;
import java.util.Set;
import org.mesta.demo.DemoPlaces.Kind;
import org.mesta.opportunity.AccessFeature;
import org.mesta.opportunity.Format;
import org.mesta.opportunity.OpportunityType;
import org.mesta.opportunity.Texts;
import org.mesta.opportunity.Theme;

/**
 * What the demo cities offer: activities a youth centre, a library and a green volunteers' group of the network
 * really run, in English and Slovenian. The first theme is the activity's main one (its picture's colour).
 */
final class DemoActivities {

    /** Which of a demo city's three organisations runs it: its youth centre, library learning lab or green volunteers. */
    static final int YOUTH_CENTRE = 0, LIBRARY = 1, GREEN = 2;

    record Activity(
            String key,
            OpportunityType type,
            List<Theme> themes,
            Format format,
            Kind place,
            int organisation,
            int ageMin,
            int ageMax,
            Integer fee,
            int hours,
            Set<AccessFeature> access,
            Texts en,
            Texts sl) {

        Theme theme() {
            return themes.getFirst();
        }
    }

    private DemoActivities() {}

    static final List<Activity> ALL = List.of(
            a(
                    "repair-cafe",
                    OpportunityType.WORKSHOP,
                    List.of(SUSTAINABILITY, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.YOUTH_CENTRE,
                    GREEN,
                    13,
                    29,
                    null,
                    3,
                    Set.of(STEP_FREE),
                    t(
                            "Repair café: fix it, don't bin it",
                            "Bring a broken lamp, bike or jacket and learn to repair it with volunteers.",
                            "Volunteer fixers show you how to find the fault and repair it yourself. Tools, spare parts and tea are there; you bring what is broken. No experience needed."),
                    t(
                            "Popravljalnica: popravi, ne zavrzi",
                            "Prinesi pokvarjeno svetilko, kolo ali jakno in se s prostovoljci nauči, kako jo popraviš.",
                            "Prostovoljci ti pokažejo, kako najdeš napako in jo sam popraviš. Orodje, rezervni deli in čaj so na voljo, ti prineseš, kar je pokvarjeno. Izkušnje niso potrebne.")),
            a(
                    "urban-garden",
                    OpportunityType.VOLUNTEERING,
                    List.of(SUSTAINABILITY, SPORT_HEALTH),
                    Format.IN_PERSON,
                    Kind.PARK,
                    GREEN,
                    15,
                    29,
                    null,
                    2,
                    Set.of(STEP_FREE),
                    t(
                            "Urban garden volunteers",
                            "Plant, water and harvest in a shared city garden — and take vegetables home.",
                            "Every week we look after raised beds together: sowing, weeding, composting and harvesting. You learn how food grows in a city and meet people who care about it."),
                    t(
                            "Prostovoljci v mestnem vrtu",
                            "Sadi, zalivaj in žanji na skupnem mestnem vrtu – in odnesi zelenjavo domov.",
                            "Vsak teden skupaj skrbimo za visoke grede: sejemo, plevemo, kompostiramo in pobiramo pridelek. Naučiš se, kako hrana raste v mestu, in spoznaš ljudi, ki jim je mar zanjo.")),
            a(
                    "clean-up",
                    OpportunityType.EVENT,
                    List.of(SUSTAINABILITY, PARTICIPATION),
                    Format.IN_PERSON,
                    Kind.PARK,
                    GREEN,
                    12,
                    29,
                    null,
                    2,
                    Set.of(),
                    t(
                            "Clean-up day in the park",
                            "Two hours, gloves and bags provided: together we leave the park cleaner than we found it.",
                            "We meet at the entrance, split into teams and sort what we collect for recycling. Afterwards, a short talk about where the city's waste goes and what we can change."),
                    t(
                            "Čistilna akcija v parku",
                            "Dve uri, rokavice in vreče dobiš pri nas: skupaj bomo park pustili čistejši, kot smo ga našli.",
                            "Dobimo se pri vhodu, se razdelimo v ekipe in nabrane odpadke ločimo za recikliranje. Nato se na kratko pogovorimo, kam gredo mestni odpadki in kaj lahko spremenimo.")),
            a(
                    "climate-lab",
                    OpportunityType.PROJECT,
                    List.of(SUSTAINABILITY, PARTICIPATION),
                    Format.HYBRID,
                    Kind.SCHOOL,
                    GREEN,
                    15,
                    24,
                    null,
                    2,
                    Set.of(STEP_FREE, CAPTIONS),
                    t(
                            "Climate action lab",
                            "A three-month project: pick one thing in your neighbourhood and make it greener.",
                            "Small teams choose a local problem (a grey schoolyard, a dangerous bike route, food waste in the canteen), research it and present a plan to the people who can decide. Mentors meet you every week, some meetings online."),
                    t(
                            "Podnebni laboratorij",
                            "Trimesečni projekt: izberi eno stvar v svoji soseski in jo naredi bolj zeleno.",
                            "Manjše ekipe izberejo lokalni problem (sivo šolsko dvorišče, nevarno kolesarsko pot, zavrženo hrano v menzi), ga raziščejo in načrt predstavijo tistim, ki lahko odločajo. Mentorji se z vami srečajo vsak teden, nekatera srečanja potekajo na spletu.")),
            a(
                    "coding-club",
                    OpportunityType.COURSE,
                    List.of(NON_FORMAL_LEARNING, DIGITAL_SKILLS),
                    Format.IN_PERSON,
                    Kind.LIBRARY,
                    LIBRARY,
                    12,
                    18,
                    null,
                    2,
                    Set.of(STEP_FREE, QUIET_SPACE),
                    t(
                            "Coding club for beginners",
                            "Build your first game or website in small steps, with mentors beside you.",
                            "Weekly sessions for complete beginners. We start with blocks and move on to real code in Python and JavaScript. Laptops are provided; bring your curiosity."),
                    t(
                            "Klub programiranja za začetnike",
                            "Po korakih izdelaj svojo prvo igro ali spletno stran, mentorji so ob tebi.",
                            "Tedenska srečanja za popolne začetnike. Začnemo z bloki in nadaljujemo s pravo kodo v Pythonu in JavaScriptu. Prenosnike zagotovimo, prinesi le radovednost.")),
            a(
                    "maker-evening",
                    OpportunityType.WORKSHOP,
                    List.of(NON_FORMAL_LEARNING, DIGITAL_SKILLS),
                    Format.IN_PERSON,
                    Kind.LIBRARY,
                    LIBRARY,
                    14,
                    29,
                    null,
                    3,
                    Set.of(STEP_FREE, ACCESSIBLE_TOILET),
                    t(
                            "Maker space open evening",
                            "3D printers, a laser cutter and sewing machines: try them with someone who knows how.",
                            "Come with an idea or without one. Our makers help you design a small object and make it the same evening. Safety introduction at the start."),
                    t(
                            "Odprti večer v izdelovalnici",
                            "3D-tiskalniki, laserski rezalnik in šivalni stroji: preizkusi jih s kom, ki jih zna uporabljati.",
                            "Pridi z idejo ali brez nje. Naši izdelovalci ti pomagajo oblikovati manjši predmet in ga izdelati še isti večer. Na začetku kratko predstavimo varno delo.")),
            a(
                    "study-group",
                    OpportunityType.COURSE,
                    List.of(NON_FORMAL_LEARNING, INCLUSION),
                    Format.IN_PERSON,
                    Kind.LIBRARY,
                    LIBRARY,
                    14,
                    19,
                    null,
                    3,
                    Set.of(QUIET_SPACE, STEP_FREE),
                    t(
                            "Exam season study group",
                            "A quiet room, peer tutors and free snacks for anyone preparing for exams.",
                            "Students a few years older help with maths, languages and science. Work alone or in a small group and ask when you are stuck. Nobody is graded here."),
                    t(
                            "Učna skupina pred izpiti",
                            "Miren prostor, vrstniški inštruktorji in brezplačni prigrizki za vse, ki se pripravljajo na izpite.",
                            "Nekaj let starejši študenti pomagajo pri matematiki, jezikih in naravoslovju. Delaš sam ali v manjši skupini in vprašaš, ko se zatakne. Tu nihče ne ocenjuje.")),
            a(
                    "spot-the-fake",
                    OpportunityType.WORKSHOP,
                    List.of(NON_FORMAL_LEARNING, PARTICIPATION, DIGITAL_SKILLS),
                    Format.HYBRID,
                    Kind.LIBRARY,
                    LIBRARY,
                    13,
                    19,
                    null,
                    2,
                    Set.of(CAPTIONS),
                    t(
                            "Spot the fake: media literacy workshop",
                            "How to check a photo, a headline or a video before you share it.",
                            "Hands-on exercises with real examples from social media: reverse image search, checking sources, recognising manipulated videos. You leave with a checklist you can use every day."),
                    t(
                            "Prepoznaj lažno novico: delavnica medijske pismenosti",
                            "Kako preveriš fotografijo, naslov ali video, preden ga deliš.",
                            "Praktične vaje z resničnimi primeri z družbenih omrežij: obratno iskanje slik, preverjanje virov, prepoznavanje prirejenih videov. Domov odideš s seznamom preverjanj za vsak dan.")),
            a(
                    "mh-first-aid",
                    OpportunityType.COURSE,
                    List.of(MENTAL_HEALTH),
                    Format.IN_PERSON,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    16,
                    29,
                    10,
                    6,
                    Set.of(STEP_FREE, ACCESSIBLE_TOILET),
                    t(
                            "Mental health first aid for young people",
                            "Learn to notice when a friend is struggling and how to help them find support.",
                            "A two-day course with a certified trainer: recognising anxiety, depression and crisis, starting the conversation, and knowing where to turn. Certificate on completion."),
                    t(
                            "Prva psihološka pomoč za mlade",
                            "Nauči se opaziti, kdaj je prijatelju težko, in mu pomagati najti podporo.",
                            "Dvodnevni tečaj s certificiranim izvajalcem: prepoznavanje tesnobe, depresije in kriznih stanj, kako začeti pogovor in kam napotiti. Ob koncu prejmeš potrdilo.")),
            a(
                    "stress-less",
                    OpportunityType.WORKSHOP,
                    List.of(MENTAL_HEALTH, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.SCHOOL,
                    YOUTH_CENTRE,
                    13,
                    19,
                    null,
                    2,
                    Set.of(QUIET_SPACE, EASY_READ),
                    t(
                            "Stress less: calm before exams",
                            "Simple breathing, sleep and planning tricks that really help when exams pile up.",
                            "A relaxed workshop led by a school psychologist. We try short exercises together and make a personal plan for the exam weeks. Nobody has to share anything they do not want to."),
                    t(
                            "Manj stresa pred izpiti",
                            "Preprosti triki za dihanje, spanje in načrtovanje, ki zares pomagajo, ko se izpiti nakopičijo.",
                            "Sproščena delavnica s šolsko psihologinjo. Skupaj preizkusimo kratke vaje in naredimo osebni načrt za izpitne tedne. Nihče ne deli ničesar, česar ne želi.")),
            a(
                    "talk-evening",
                    OpportunityType.EVENT,
                    List.of(MENTAL_HEALTH, INCLUSION),
                    Format.IN_PERSON,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    15,
                    25,
                    null,
                    2,
                    Set.of(QUIET_SPACE, STEP_FREE),
                    t(
                            "Open talk evening",
                            "A safe circle to talk about what is on your mind, with a trained youth worker.",
                            "Every week we sit together, drink tea and talk about school, family, friends and the future. Confidential, no sign-up needed; you can just listen."),
                    t(
                            "Večer odprtega pogovora",
                            "Varen krog za pogovor o tem, kar te teži, z usposobljenim mladinskim delavcem.",
                            "Vsak teden se usedemo skupaj, pijemo čaj in se pogovarjamo o šoli, družini, prijateljih in prihodnosti. Zaupno, brez prijave; lahko tudi samo poslušaš.")),
            a(
                    "peer-chat",
                    OpportunityType.ONLINE_RESOURCE,
                    List.of(MENTAL_HEALTH, DIGITAL_SKILLS),
                    Format.ONLINE,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    14,
                    24,
                    null,
                    0,
                    Set.of(CAPTIONS, EASY_READ),
                    t(
                            "Peer support chat",
                            "Trained young volunteers answer your messages every evening, anonymously.",
                            "Write about anything that worries you; a volunteer trained by our psychologists answers within the hour. Anonymous and free. In an emergency, always call the emergency number."),
                    t(
                            "Klepet z vrstniki za podporo",
                            "Usposobljeni mladi prostovoljci vsak večer anonimno odgovarjajo na tvoja sporočila.",
                            "Piši o čemer koli, kar te skrbi; prostovoljec, ki so ga usposobili naši psihologi, odgovori v eni uri. Anonimno in brezplačno. V nujnih primerih vedno pokliči številko za nujne primere.")),
            a(
                    "sign-language",
                    OpportunityType.COURSE,
                    List.of(INCLUSION, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.LIBRARY,
                    LIBRARY,
                    14,
                    29,
                    15,
                    2,
                    Set.of(SIGN_LANGUAGE, HEARING_LOOP, STEP_FREE),
                    t(
                            "Sign language for beginners",
                            "After six meetings you can greet, introduce yourself and hold a short conversation in sign language.",
                            "Taught by a Deaf teacher. Six evening meetings with games and conversation practice. The fee covers the materials; tell us if it is a barrier."),
                    t(
                            "Znakovni jezik za začetnike",
                            "Po šestih srečanjih pozdraviš, se predstaviš in se kratko pogovoriš v slovenskem znakovnem jeziku.",
                            "Vodi gluha učiteljica. Šest večernih srečanj z igrami in vajami pogovora. Prispevek pokrije gradiva; če je zate ovira, nam povej.")),
            a(
                    "football-for-all",
                    OpportunityType.EVENT,
                    List.of(INCLUSION, SPORT_HEALTH),
                    Format.IN_PERSON,
                    Kind.PARK,
                    YOUTH_CENTRE,
                    12,
                    25,
                    null,
                    2,
                    Set.of(STEP_FREE, ACCESSIBLE_TOILET),
                    t(
                            "Football for all",
                            "Mixed teams, every ability welcome: the only rule is that everyone plays.",
                            "An open weekly game for young people with and without disabilities, newcomers and locals, beginners and club players. Coaches adapt the rules so that everyone is part of the game."),
                    t(
                            "Nogomet za vse",
                            "Mešane ekipe, dobrodošle so vse sposobnosti: edino pravilo je, da igrajo vsi.",
                            "Odprta tedenska tekma za mlade z oviranostmi in brez njih, priseljence in domačine, začetnike in klubske igralce. Trenerji prilagodijo pravila, da je vsak del igre.")),
            a(
                    "language-cafe",
                    OpportunityType.EVENT,
                    List.of(INCLUSION, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.CULTURE,
                    LIBRARY,
                    15,
                    29,
                    null,
                    2,
                    Set.of(STEP_FREE),
                    t(
                            "Language café",
                            "Practise a new language over coffee with people who speak it at home.",
                            "Tables for English, Arabic, Ukrainian, the local language and more. Newcomers practise the local language, locals practise theirs. No lessons, just conversation."),
                    t(
                            "Jezikovna kavarna",
                            "Ob kavi vadi nov jezik z ljudmi, ki ga govorijo doma.",
                            "Mize za angleščino, slovenščino, arabščino, ukrajinščino in druge jezike. Priseljenci vadijo slovenščino, domačini druge jezike. Brez pouka, samo pogovor.")),
            a(
                    "phone-safety",
                    OpportunityType.WORKSHOP,
                    List.of(INCLUSION, DIGITAL_SKILLS),
                    Format.IN_PERSON,
                    Kind.LIBRARY,
                    LIBRARY,
                    16,
                    29,
                    null,
                    2,
                    Set.of(EASY_READ, STEP_FREE, QUIET_SPACE),
                    t(
                            "Phone and online safety, step by step",
                            "For young people with learning difficulties: using your phone safely, in easy-to-read steps.",
                            "Small groups, plenty of time and easy-read handouts. We practise passwords, messages, online banking and what to do when something looks strange. Bring your own phone."),
                    t(
                            "Varno s telefonom, korak za korakom",
                            "Za mlade z učnimi težavami: varna uporaba telefona v preprostih korakih.",
                            "Majhne skupine, veliko časa in gradiva v lahkem branju. Vadimo gesla, sporočila, spletno banko in kaj narediti, ko se nekaj zdi čudno. Prinesi svoj telefon.")),
            a(
                    "youth-council",
                    OpportunityType.EVENT,
                    List.of(PARTICIPATION, CITIZENSHIP),
                    Format.HYBRID,
                    Kind.CULTURE,
                    YOUTH_CENTRE,
                    14,
                    29,
                    null,
                    2,
                    Set.of(HEARING_LOOP, SIGN_LANGUAGE, CAPTIONS),
                    t(
                            "Open session of the youth council",
                            "Bring a question or an idea: the youth council takes it to the city.",
                            "Once a month the youth council meets in public. Anyone under 30 can speak for three minutes. Proposals with support go to the city council with a request for a written answer."),
                    t(
                            "Odprta seja mladinskega sveta",
                            "Prinesi vprašanje ali idejo: mladinski svet jo posreduje mestu.",
                            "Enkrat na mesec se mladinski svet sestane javno. Vsak, mlajši od 30 let, lahko govori tri minute. Predlogi s podporo gredo mestnemu svetu s prošnjo za pisni odgovor.")),
            a(
                    "debate-club",
                    OpportunityType.COURSE,
                    List.of(PARTICIPATION, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.SCHOOL,
                    LIBRARY,
                    14,
                    19,
                    null,
                    2,
                    Set.of(),
                    t(
                            "Debate club",
                            "Learn to argue your case, listen to the other side and change minds with facts.",
                            "Weekly practice in the British Parliamentary format, on motions young people care about. Twice a year we take part in the city tournament."),
                    t(
                            "Debatni klub",
                            "Nauči se zagovarjati svoje stališče, poslušati drugo stran in prepričati z dejstvi.",
                            "Tedenske vaje v britanskem parlamentarnem formatu s temami, ki zanimajo mlade. Dvakrat na leto gremo na mestni turnir.")),
            a(
                    "campaign-school",
                    OpportunityType.WORKSHOP,
                    List.of(PARTICIPATION),
                    Format.HYBRID,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    16,
                    29,
                    null,
                    6,
                    Set.of(STEP_FREE, CAPTIONS),
                    t(
                            "Campaign school: make your city listen",
                            "From an idea to a campaign in one weekend: goals, allies, messages and a plan.",
                            "Young ambassadors who have run campaigns share what worked. You leave with a campaign plan for the Cities of Learning board and people to run it with."),
                    t(
                            "Šola kampanj: naj te mesto sliši",
                            "Od ideje do kampanje v enem vikendu: cilji, zavezniki, sporočila in načrt.",
                            "Mladi ambasadorji, ki so že vodili kampanje, povedo, kaj je delovalo. Domov odideš z načrtom kampanje za tablo Mest učenja in ljudmi, s katerimi jo boš izpeljal.")),
            a(
                    "volunteer",
                    OpportunityType.VOLUNTEERING,
                    List.of(PARTICIPATION, NON_FORMAL_LEARNING),
                    Format.IN_PERSON,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    15,
                    29,
                    null,
                    4,
                    Set.of(STEP_FREE, ACCESSIBLE_TOILET),
                    t(
                            "Volunteer at the youth centre",
                            "Help run workshops, events and the café, and earn the volunteer badge.",
                            "Choose what suits you: welcoming visitors, helping at events, running social media or the café. We train you, and after 20 hours you can apply for the youth centre volunteer badge."),
                    t(
                            "Prostovoljstvo v mladinskem centru",
                            "Pomagaj pri delavnicah, dogodkih in v kavarni ter si prisluži značko prostovoljca.",
                            "Izberi, kar ti ustreza: sprejem obiskovalcev, pomoč na dogodkih, družbena omrežja ali kavarna. Usposobimo te, po 20 urah pa lahko zaprosiš za značko prostovoljca mladinskega centra.")),
            a(
                    "photo-walk",
                    OpportunityType.WORKSHOP,
                    List.of(NON_FORMAL_LEARNING, ARTS_CULTURE),
                    Format.IN_PERSON,
                    Kind.CULTURE,
                    YOUTH_CENTRE,
                    13,
                    25,
                    null,
                    2,
                    Set.of(),
                    t(
                            "Photo walk: your city through a lens",
                            "A walk with a photographer: light, framing and telling a story in ten pictures.",
                            "Any phone or camera will do. We walk for two hours, stop where the light is good and look at each other's pictures afterwards. The best go into a small exhibition."),
                    t(
                            "Fotografski sprehod: mesto skozi objektiv",
                            "Sprehod s fotografom: svetloba, kadriranje in zgodba v desetih fotografijah.",
                            "Dovolj je kateri koli telefon ali fotoaparat. Dve uri hodimo, se ustavimo, kjer je svetloba dobra, in si nato ogledamo fotografije drug drugega. Najboljše gredo na manjšo razstavo.")),
            a(
                    "exchange-info",
                    OpportunityType.EXCHANGE,
                    List.of(NON_FORMAL_LEARNING, INCLUSION),
                    Format.HYBRID,
                    Kind.YOUTH_CENTRE,
                    YOUTH_CENTRE,
                    18,
                    29,
                    null,
                    2,
                    Set.of(STEP_FREE, CAPTIONS),
                    t(
                            "Youth exchange abroad: info evening",
                            "Ten days in another European country with young people from five countries: how to join.",
                            "Hear from young people who took part in Erasmus+ youth exchanges, what they learnt and what it cost (almost nothing). We help with the application and with support for young people with fewer opportunities."),
                    t(
                            "Mladinska izmenjava v tujini: informativni večer",
                            "Deset dni v drugi evropski državi z mladimi iz petih držav: kako se pridružiš.",
                            "Mladi, ki so sodelovali na izmenjavah Erasmus+, povedo, kaj so se naučili in koliko je stalo (skoraj nič). Pomagamo pri prijavi in pri podpori za mlade z manj priložnostmi.")),
            a(
                    "first-job",
                    OpportunityType.ONLINE_RESOURCE,
                    List.of(NON_FORMAL_LEARNING, ENTREPRENEURSHIP),
                    Format.ONLINE,
                    Kind.LIBRARY,
                    LIBRARY,
                    16,
                    29,
                    null,
                    0,
                    Set.of(CAPTIONS, EASY_READ),
                    t(
                            "Your first job: CV, interview, rights",
                            "A self-paced online course: write a CV, prepare for an interview and know your rights at work.",
                            "Six short video lessons with captions and exercises. Go at your own pace; a youth worker reviews your CV if you send it in."),
                    t(
                            "Tvoja prva zaposlitev: življenjepis, razgovor, pravice",
                            "Spletni tečaj v tvojem tempu: napiši življenjepis, pripravi se na razgovor in spoznaj svoje pravice pri delu.",
                            "Šest kratkih videolekcij s podnapisi in vajami. Napreduješ v svojem tempu; mladinski delavec pregleda tvoj življenjepis, če ga pošlješ.")),
            a(
                    "bike-kitchen",
                    OpportunityType.WORKSHOP,
                    List.of(SUSTAINABILITY, SPORT_HEALTH),
                    Format.IN_PERSON,
                    Kind.PARK,
                    GREEN,
                    12,
                    25,
                    null,
                    3,
                    Set.of(STEP_FREE),
                    t(
                            "Bike kitchen and group ride",
                            "Fix your bike with our tools, then join a safe group ride through the city.",
                            "Mechanics help you with brakes, chains and punctures. At the end we ride together along the city's bike lanes and learn the safest routes to school."),
                    t(
                            "Kolesarska delavnica in skupinska vožnja",
                            "Popravi kolo z našim orodjem in se nato pridruži varni skupinski vožnji po mestu.",
                            "Mehaniki pomagajo pri zavorah, verigah in predrtih zračnicah. Na koncu se skupaj zapeljemo po mestnih kolesarskih poteh in spoznamo najvarnejše poti do šole.")),
            a(
                    "inclusive-theatre",
                    OpportunityType.PROJECT,
                    List.of(INCLUSION, ARTS_CULTURE),
                    Format.IN_PERSON,
                    Kind.CULTURE,
                    YOUTH_CENTRE,
                    14,
                    25,
                    5,
                    2,
                    Set.of(STEP_FREE, SIGN_LANGUAGE, ACCESSIBLE_TOILET),
                    t(
                            "Inclusive theatre group",
                            "Write and perform a play together, with actors of every background and ability.",
                            "Three months of weekly rehearsals lead to a public performance. The group decides what the play is about. Performances are interpreted into sign language."),
                    t(
                            "Inkluzivna gledališka skupina",
                            "Skupaj napišemo in odigramo predstavo z igralci vseh ozadij in sposobnosti.",
                            "Trimesečne tedenske vaje se končajo z javno predstavo. O čem bo predstava, odloči skupina. Predstave so tolmačene v slovenski znakovni jezik.")),
            a(
                    "park-yoga",
                    OpportunityType.EVENT,
                    List.of(MENTAL_HEALTH, SPORT_HEALTH),
                    Format.IN_PERSON,
                    Kind.PARK,
                    GREEN,
                    15,
                    29,
                    null,
                    1,
                    Set.of(),
                    t(
                            "Morning yoga in the park",
                            "Gentle yoga and a few minutes of quiet before the day begins.",
                            "No experience or mat needed (we have spares). The session suits every body; the teacher offers options for each pose. In bad weather we move indoors."),
                    t(
                            "Jutranja joga v parku",
                            "Nežna joga in nekaj minut tišine, preden se začne dan.",
                            "Izkušnje in podloga niso potrebne (imamo rezervne). Vadba je primerna za vsako telo; učiteljica ponudi možnosti za vsak položaj. Ob slabem vremenu gremo pod streho.")));

    private static Activity a(
            String key,
            OpportunityType type,
            List<Theme> themes,
            Format format,
            Kind place,
            int organisation,
            int ageMin,
            int ageMax,
            Integer fee,
            int hours,
            Set<AccessFeature> access,
            Texts en,
            Texts sl) {
        return new Activity(key, type, themes, format, place, organisation, ageMin, ageMax, fee, hours, access, en, sl);
    }

    private static Texts t(String title, String summary, String description) {
        return new Texts(title, summary, description);
    }
}
