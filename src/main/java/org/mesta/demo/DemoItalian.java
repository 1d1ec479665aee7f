package org.mesta.demo;

import static org.mesta.demo.DemoPhrasebook.a;
import static org.mesta.demo.DemoPhrasebook.badge;

import java.util.List;
import java.util.Map;
import org.mesta.demo.DemoPhrasebook.CityWords;

/** The demo in Italian (Rome). */
final class DemoItalian {

    private DemoItalian() {}

    static final DemoPhrasebook BOOK = new DemoPhrasebook(
            "it",
            Map.ofEntries(
                    a(
                            "repair-cafe",
                            "Repair café: aggiustalo, non buttarlo",
                            "Porta una lampada, una bici o una giacca rotta e impara a ripararla con i volontari.",
                            "I volontari riparatori ti mostrano come trovare il guasto e ripararlo da solo. Attrezzi, pezzi di ricambio e tè ci sono già: tu porta quello che si è rotto. Non serve esperienza."),
                    a(
                            "urban-garden",
                            "Volontari dell'orto urbano",
                            "Pianta, annaffia e raccogli in un orto condiviso in città, e porta a casa la verdura.",
                            "Ogni settimana ci prendiamo cura insieme delle aiuole rialzate: semina, diserbo, compost e raccolto. Scopri come cresce il cibo in città e conosci persone a cui sta a cuore."),
                    a(
                            "clean-up",
                            "Giornata di pulizia al parco",
                            "Due ore, guanti e sacchi li mettiamo noi: insieme lasciamo il parco più pulito di come l'abbiamo trovato.",
                            "Ci troviamo all'ingresso, ci dividiamo in squadre e separiamo quello che raccogliamo per il riciclo. Alla fine, due parole su dove finiscono i rifiuti della città e su cosa possiamo cambiare."),
                    a(
                            "climate-lab",
                            "Laboratorio per il clima",
                            "Un progetto di tre mesi: scegli una cosa del tuo quartiere e rendila più verde.",
                            "Piccoli gruppi scelgono un problema locale (un cortile scolastico grigio, una pista ciclabile pericolosa, lo spreco di cibo in mensa), lo studiano e presentano un piano a chi può decidere. I mentor vi incontrano ogni settimana, alcuni incontri sono online."),
                    a(
                            "coding-club",
                            "Club di programmazione per principianti",
                            "Crea il tuo primo gioco o sito web passo dopo passo, con i mentor al tuo fianco.",
                            "Incontri settimanali per chi parte da zero. Iniziamo con i blocchi e passiamo al vero codice in Python e JavaScript. I portatili li mettiamo noi: tu porta la curiosità."),
                    a(
                            "maker-evening",
                            "Serata aperta al maker space",
                            "Stampanti 3D, una taglierina laser e macchine da cucire: provale con qualcuno che le sa usare.",
                            "Vieni con un'idea o anche senza. I nostri maker ti aiutano a progettare un piccolo oggetto e a realizzarlo la sera stessa. All'inizio, una breve introduzione alla sicurezza."),
                    a(
                            "study-group",
                            "Gruppo di studio per gli esami",
                            "Una sala tranquilla, tutor alla pari e snack gratis per chi prepara gli esami.",
                            "Studenti di qualche anno più grandi ti aiutano con matematica, lingue e scienze. Lavora da solo o in un piccolo gruppo e chiedi quando ti blocchi. Qui nessuno dà voti."),
                    a(
                            "spot-the-fake",
                            "Scova il falso: laboratorio di educazione ai media",
                            "Come verificare una foto, un titolo o un video prima di condividerlo.",
                            "Esercizi pratici con esempi veri presi dai social: ricerca inversa delle immagini, verifica delle fonti, riconoscere i video manipolati. Esci con una checklist da usare ogni giorno."),
                    a(
                            "mh-first-aid",
                            "Primo soccorso per la salute mentale dei giovani",
                            "Impara ad accorgerti quando un amico sta male e ad aiutarlo a trovare sostegno.",
                            "Un corso di due giorni con un formatore certificato: riconoscere ansia, depressione e crisi, iniziare la conversazione e sapere a chi rivolgersi. Attestato alla fine del corso."),
                    a(
                            "stress-less",
                            "Meno stress: calma prima degli esami",
                            "Semplici trucchi per respiro, sonno e organizzazione che aiutano davvero quando gli esami si accumulano.",
                            "Un laboratorio rilassato guidato da uno psicologo scolastico. Proviamo insieme brevi esercizi e prepariamo un piano personale per le settimane d'esame. Nessuno deve raccontare quello che non vuole."),
                    a(
                            "talk-evening",
                            "Serata di dialogo aperto",
                            "Un cerchio sicuro per parlare di quello che hai in testa, con un educatore formato.",
                            "Ogni settimana ci sediamo insieme, beviamo un tè e parliamo di scuola, famiglia, amici e futuro. Tutto resta tra noi, niente iscrizione: puoi anche solo ascoltare."),
                    a(
                            "peer-chat",
                            "Chat di supporto tra pari",
                            "Giovani volontari formati rispondono ai tuoi messaggi ogni sera, in forma anonima.",
                            "Scrivi di qualsiasi cosa ti preoccupi: un volontario formato dai nostri psicologi ti risponde entro un'ora. Anonimo e gratuito. In caso di emergenza chiama sempre il 112."),
                    a(
                            "sign-language",
                            "Lingua dei segni per principianti",
                            "Dopo sei incontri sai salutare, presentarti e fare una breve conversazione in LIS.",
                            "Insegna un docente sordo. Sei incontri serali con giochi ed esercizi di conversazione. La quota copre i materiali; dicci se per te è un ostacolo."),
                    a(
                            "football-for-all",
                            "Calcio per tutti",
                            "Squadre miste, ogni livello è il benvenuto: l'unica regola è che giocano tutti.",
                            "Una partita settimanale aperta a giovani con e senza disabilità, nuovi arrivati e gente del posto, principianti e giocatori di club. Gli allenatori adattano le regole perché tutti facciano parte del gioco."),
                    a(
                            "language-cafe",
                            "Caffè linguistico",
                            "Pratica una nuova lingua davanti a un caffè con chi la parla a casa.",
                            "Tavoli per inglese, arabo, ucraino, italiano e altre lingue. Chi è appena arrivato pratica l'italiano, chi è di qui pratica le lingue degli altri. Niente lezioni, solo conversazione."),
                    a(
                            "phone-safety",
                            "Sicuri con il telefono e online, passo dopo passo",
                            "Per giovani con difficoltà di apprendimento: usare il telefono in sicurezza, con passaggi facili da leggere.",
                            "Piccoli gruppi, tutto il tempo che serve e schede facili da leggere. Ci esercitiamo con password, messaggi, home banking e cosa fare quando qualcosa sembra strano. Porta il tuo telefono."),
                    a(
                            "youth-council",
                            "Seduta aperta della consulta giovanile",
                            "Porta una domanda o un'idea: la consulta giovanile la porta al Comune.",
                            "Una volta al mese la consulta giovanile si riunisce in pubblico. Chiunque abbia meno di 30 anni può parlare per tre minuti. Le proposte sostenute vanno al consiglio comunale con la richiesta di una risposta scritta."),
                    a(
                            "debate-club",
                            "Club di dibattito",
                            "Impara a difendere le tue idee, ascoltare l'altra parte e far cambiare idea con i fatti.",
                            "Allenamenti settimanali nel formato parlamentare britannico, su mozioni che stanno a cuore ai giovani. Due volte l'anno partecipiamo al torneo cittadino."),
                    a(
                            "campaign-school",
                            "Scuola di campagne: fatti ascoltare dalla tua città",
                            "Da un'idea a una campagna in un weekend: obiettivi, alleati, messaggi e un piano.",
                            "Giovani ambasciatori che hanno già condotto campagne raccontano cosa ha funzionato. Esci con un piano di campagna per la bacheca delle Città dell'apprendimento e le persone con cui realizzarlo."),
                    a(
                            "volunteer",
                            "Fai volontariato al centro giovani",
                            "Dai una mano con laboratori, eventi e il bar, e ottieni il badge da volontario.",
                            "Scegli quello che fa per te: accogliere chi arriva, aiutare agli eventi, gestire i social o il bar. Ti formiamo noi e dopo 20 ore puoi richiedere il badge di volontario del centro giovani."),
                    a(
                            "photo-walk",
                            "Passeggiata fotografica: la tua città in un obiettivo",
                            "Una passeggiata con un fotografo: luce, inquadratura e una storia in dieci foto.",
                            "Va bene qualsiasi telefono o macchina fotografica. Camminiamo per due ore, ci fermiamo dove la luce è bella e alla fine guardiamo le foto degli altri. Le migliori finiscono in una piccola mostra."),
                    a(
                            "bike-kitchen",
                            "Ciclofficina e pedalata di gruppo",
                            "Sistema la tua bici con i nostri attrezzi, poi unisciti a una pedalata di gruppo sicura in città.",
                            "I meccanici ti aiutano con freni, catene e forature. Alla fine pedaliamo insieme lungo le piste ciclabili e scopriamo le strade più sicure per andare a scuola."),
                    a(
                            "inclusive-theatre",
                            "Gruppo di teatro inclusivo",
                            "Scrivi e metti in scena uno spettacolo insieme ad attori di ogni provenienza e abilità.",
                            "Tre mesi di prove settimanali portano a uno spettacolo pubblico. Di cosa parla, lo decide il gruppo. Gli spettacoli sono tradotti nella lingua dei segni."),
                    a(
                            "park-yoga",
                            "Yoga del mattino al parco",
                            "Yoga dolce e qualche minuto di silenzio prima che inizi la giornata.",
                            "Non servono esperienza né tappetino (ne abbiamo di scorta). La lezione va bene per ogni corpo: l'insegnante propone varianti per ogni posizione. Se il tempo è brutto ci spostiamo al coperto.")),
            List.of(
                    "Animazione giovanile, laboratori e volontariato per ragazze e ragazzi dai 13 ai 29 anni.",
                    "Competenze digitali, maker space e gruppi di studio, gratis per tutti i giovani.",
                    "Progetti di sostenibilità: orti urbani, repair café e giornate di pulizia."),
            Map.ofEntries(
                    badge(
                            "Peer supporter",
                            "Sostegno tra pari",
                            "Per i giovani formati a sostenere gli amici in un momento difficile.",
                            "Ha completato il corso di primo soccorso per la salute mentale e partecipato a quattro serate di dialogo aperto."),
                    badge(
                            "Active citizen",
                            "Cittadinanza attiva",
                            "Per i giovani che hanno portato alla città una proposta tutta loro.",
                            "Ha presentato una proposta in una seduta aperta della consulta giovanile o ha organizzato un'azione di campagna."),
                    badge(
                            "Digital maker",
                            "Maker digitale",
                            "Per i giovani che hanno progettato e realizzato qualcosa di proprio al maker space.",
                            "Ha partecipato a quattro serate al maker space o a incontri del club di programmazione e ha mostrato cosa ha realizzato."),
                    badge(
                            "Fact checker",
                            "Cacciatore di bufale",
                            "Per i giovani che sanno verificare una fonte prima di condividerla.",
                            "Ha partecipato al laboratorio di educazione ai media e ha verificato tre post reali con la sua checklist."),
                    badge(
                            "Green volunteer",
                            "Volontario verde",
                            "Per i giovani che hanno dedicato il loro tempo a una città più verde.",
                            "Almeno 12 ore nell'orto urbano, ai repair café o alle giornate di pulizia.")),
            "Percorso",
            "Traguardo",
            Map.of(
                    "rome",
                    new CityWords(
                            "Roma",
                            "Esplora Roma",
                            "Scopri cosa offre Roma ai giovani: due attività per cominciare e una in più per i più curiosi. Completale e ottieni il badge da esploratore.",
                            "Esploratore di Roma",
                            "Ha completato il percorso esploratore di Roma.")));
}
