package org.mesta.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mesta.map.BoundingBox;
import org.mesta.map.GeoPoint;

/**
 * Real places in the demo cities where a youth programme could happen, with their coordinates (landmarks as
 * well as they are known; each opportunity is then placed within about a hundred metres of its place, so the
 * markers do not sit on one another and stay on land). Cities without places of their own (the benchmark's)
 * get community centres scattered around their centre.
 */
final class DemoPlaces {

    /** What kind of place it is: the programme's activities prefer a kind (a workshop in a library, a clean-up in a park). */
    enum Kind {
        YOUTH_CENTRE,
        LIBRARY,
        SCHOOL,
        PARK,
        CULTURE
    }

    record Place(String name, Kind kind, GeoPoint point, String address) {}

    private static final Map<String, List<Place>> PLACES = Map.ofEntries(
            Map.entry(
                    "ljubljana",
                    List.of(
                            p(
                                    "Kino Šiška",
                                    Kind.YOUTH_CENTRE,
                                    46.0697,
                                    14.4947,
                                    "Trg prekomorskih brigad 3, Ljubljana"),
                            p("Metelkova mesto", Kind.CULTURE, 46.0567, 14.5155, "Masarykova cesta 24, Ljubljana"),
                            p(
                                    "Knjižnica Otona Župančiča",
                                    Kind.LIBRARY,
                                    46.0538,
                                    14.5034,
                                    "Kersnikova ulica 2, Ljubljana"),
                            p("Park Tivoli", Kind.PARK, 46.0545, 14.4960, "Park Tivoli, Ljubljana"),
                            p("Gimnazija Bežigrad", Kind.SCHOOL, 46.0684, 14.5106, "Peričeva ulica 4, Ljubljana"),
                            p("Cukrarna", Kind.CULTURE, 46.0520, 14.5180, "Poljanski nasip 40, Ljubljana"),
                            p("Ljubljanski grad", Kind.CULTURE, 46.0490, 14.5086, "Grajska planota 1, Ljubljana"))),
            Map.entry(
                    "maribor",
                    List.of(
                            p(
                                    "Pekarna Magdalenske mreže",
                                    Kind.YOUTH_CENTRE,
                                    46.5511,
                                    15.6503,
                                    "Ob železnici 8, Maribor"),
                            p("Mariborska knjižnica", Kind.LIBRARY, 46.5573, 15.6484, "Rotovški trg 2, Maribor"),
                            p("Mestni park Maribor", Kind.PARK, 46.5646, 15.6452, "Mestni park, Maribor"),
                            p("Vetrinjski dvor", Kind.CULTURE, 46.5575, 15.6440, "Vetrinjska ulica 30, Maribor"),
                            p("Univerza v Mariboru", Kind.SCHOOL, 46.5590, 15.6470, "Slomškov trg 15, Maribor"),
                            p("Lent", Kind.PARK, 46.5566, 15.6425, "Usnjarska ulica, Maribor"))),
            Map.entry(
                    "vilnius",
                    List.of(
                            p("Vilnius University", Kind.SCHOOL, 54.6826, 25.2875, "Universiteto g. 3, Vilnius"),
                            p("Vingis Park", Kind.PARK, 54.6833, 25.2350, "M. K. Čiurlionio g. 100, Vilnius"),
                            p(
                                    "Martynas Mažvydas National Library",
                                    Kind.LIBRARY,
                                    54.6900,
                                    25.2640,
                                    "Gedimino pr. 51, Vilnius"),
                            p("Užupis Art Incubator", Kind.CULTURE, 54.6800, 25.2960, "Užupio g. 2, Vilnius"),
                            p("Bernardine Garden", Kind.PARK, 54.6842, 25.2950, "B. Radvilaitės g. 8, Vilnius"),
                            p("Vilnius Youth Centre", Kind.YOUTH_CENTRE, 54.6935, 25.2770, "Kalvarijų g. 1, Vilnius"))),
            Map.entry(
                    "kaunas",
                    List.of(
                            p("Kaunas Castle", Kind.CULTURE, 54.8990, 23.8853, "Pilies g. 17, Kaunas"),
                            p("Ąžuolynas Park", Kind.PARK, 54.9000, 23.9400, "Ąžuolyno parkas, Kaunas"),
                            p("Kaunas County Public Library", Kind.LIBRARY, 54.8985, 23.9200, "Radastų g. 2, Kaunas"),
                            p(
                                    "Vytautas Magnus University",
                                    Kind.SCHOOL,
                                    54.8990,
                                    23.9125,
                                    "K. Donelaičio g. 58, Kaunas"),
                            p(
                                    "Laisvės alėja youth space",
                                    Kind.YOUTH_CENTRE,
                                    54.8979,
                                    23.9100,
                                    "Laisvės al. 60, Kaunas"))),
            Map.entry(
                    "belgrade",
                    List.of(
                            p("Dom omladine Beograda", Kind.YOUTH_CENTRE, 44.8140, 20.4630, "Makedonska 22, Beograd"),
                            p("Kalemegdan Park", Kind.PARK, 44.8230, 20.4500, "Kalemegdan, Beograd"),
                            p("Belgrade City Library", Kind.LIBRARY, 44.8180, 20.4530, "Knez Mihailova 56, Beograd"),
                            p("Tašmajdan Park", Kind.PARK, 44.8080, 20.4740, "Tašmajdanski park, Beograd"),
                            p(
                                    "University of Belgrade Rectorate",
                                    Kind.SCHOOL,
                                    44.8185,
                                    20.4570,
                                    "Studentski trg 1, Beograd"),
                            p("KC Grad", Kind.CULTURE, 44.8128, 20.4515, "Braće Krsmanović 4, Beograd"))),
            Map.entry(
                    "novi-sad",
                    List.of(
                            p(
                                    "Petrovaradin Fortress",
                                    Kind.CULTURE,
                                    45.2530,
                                    19.8620,
                                    "Petrovaradinska tvrđava, Novi Sad"),
                            p("Dunavski Park", Kind.PARK, 45.2550, 19.8480, "Dunavska, Novi Sad"),
                            p("Novi Sad City Library", Kind.LIBRARY, 45.2565, 19.8470, "Dunavska 1, Novi Sad"),
                            p("University of Novi Sad", Kind.SCHOOL, 45.2460, 19.8520, "Dr Zorana Đinđića 1, Novi Sad"),
                            p(
                                    "CK13 youth centre",
                                    Kind.YOUTH_CENTRE,
                                    45.2600,
                                    19.8440,
                                    "Vojvode Bojovića 13, Novi Sad"),
                            p("Liman Park", Kind.PARK, 45.2430, 19.8380, "Limanski park, Novi Sad"))),
            Map.entry(
                    "zagreb",
                    List.of(
                            p("Ban Jelačić Square", Kind.CULTURE, 45.8131, 15.9772, "Trg bana Jelačića, Zagreb"),
                            p("Maksimir Park", Kind.PARK, 45.8270, 16.0180, "Maksimirski perivoj, Zagreb"),
                            p("Zagreb City Libraries", Kind.LIBRARY, 45.8045, 15.9790, "Starčevićev trg 6, Zagreb"),
                            p("Student Centre Zagreb", Kind.YOUTH_CENTRE, 45.8040, 15.9670, "Savska cesta 25, Zagreb"),
                            p("Zrinjevac Park", Kind.PARK, 45.8110, 15.9780, "Trg Nikole Šubića Zrinskog, Zagreb"),
                            p(
                                    "Technical Museum Nikola Tesla",
                                    Kind.SCHOOL,
                                    45.8030,
                                    15.9620,
                                    "Savska cesta 18, Zagreb"))),
            Map.entry(
                    "skopje",
                    List.of(
                            p("Macedonia Square", Kind.CULTURE, 41.9961, 21.4317, "Plostad Makedonija, Skopje"),
                            p("Skopje City Park", Kind.PARK, 42.0040, 21.4150, "Gradski park, Skopje"),
                            p(
                                    "Youth Cultural Centre",
                                    Kind.YOUTH_CENTRE,
                                    41.9977,
                                    21.4230,
                                    "Bul. Sv. Kliment Ohridski, Skopje"),
                            p(
                                    "Braka Miladinovci City Library",
                                    Kind.LIBRARY,
                                    41.9935,
                                    21.4180,
                                    "Bul. Partizanski odredi 22, Skopje"),
                            p(
                                    "Ss. Cyril and Methodius University",
                                    Kind.SCHOOL,
                                    42.0010,
                                    21.4100,
                                    "Bul. Goce Delčev 9, Skopje"),
                            p("Kale Fortress", Kind.CULTURE, 42.0006, 21.4330, "Samoilova, Skopje"))),
            Map.entry(
                    "plymouth",
                    List.of(
                            p("The Box", Kind.CULTURE, 50.3751, -4.1398, "Tavistock Place, Plymouth"),
                            p("Plymouth Central Library", Kind.LIBRARY, 50.3749, -4.1405, "Tavistock Place, Plymouth"),
                            p("University of Plymouth", Kind.SCHOOL, 50.3755, -4.1390, "Drake Circus, Plymouth"),
                            p("Central Park", Kind.PARK, 50.3860, -4.1470, "Central Park, Plymouth"),
                            p("Plymouth Hoe", Kind.PARK, 50.3655, -4.1420, "The Hoe, Plymouth"),
                            p(
                                    "Barbican youth space",
                                    Kind.YOUTH_CENTRE,
                                    50.3690,
                                    -4.1350,
                                    "Southside Street, Plymouth"))),
            Map.entry(
                    "rome",
                    List.of(
                            p("Villa Borghese", Kind.PARK, 41.9140, 12.4920, "Piazzale Napoleone I, Roma"),
                            p(
                                    "Biblioteca Nazionale Centrale",
                                    Kind.LIBRARY,
                                    41.9065,
                                    12.5075,
                                    "Viale Castro Pretorio 105, Roma"),
                            p("Sapienza University", Kind.SCHOOL, 41.9037, 12.5146, "Piazzale Aldo Moro 5, Roma"),
                            p(
                                    "Piazza Vittorio gardens",
                                    Kind.PARK,
                                    41.8950,
                                    12.5060,
                                    "Piazza Vittorio Emanuele II, Roma"),
                            p(
                                    "Testaccio youth centre",
                                    Kind.YOUTH_CENTRE,
                                    41.8780,
                                    12.4760,
                                    "Piazza di Santa Maria Liberatrice, Roma"),
                            p("MAXXI", Kind.CULTURE, 41.9290, 12.4660, "Via Guido Reni 4a, Roma"))),
            Map.entry(
                    "nairobi",
                    List.of(
                            p("University of Nairobi", Kind.SCHOOL, -1.2798, 36.8163, "University Way, Nairobi"),
                            p("Uhuru Park", Kind.PARK, -1.2890, 36.8170, "Uhuru Highway, Nairobi"),
                            p("McMillan Memorial Library", Kind.LIBRARY, -1.2843, 36.8226, "Banda Street, Nairobi"),
                            p("Kenya National Theatre", Kind.CULTURE, -1.2790, 36.8165, "Harry Thuku Road, Nairobi"),
                            p("Jevanjee Gardens", Kind.PARK, -1.2820, 36.8220, "Moi Avenue, Nairobi"),
                            p("The GoDown Arts Centre", Kind.YOUTH_CENTRE, -1.2960, 36.8470, "Dunga Road, Nairobi"))),
            Map.entry(
                    "accra",
                    List.of(
                            p("National Theatre of Ghana", Kind.CULTURE, 5.5590, -0.1960, "Liberia Road, Accra"),
                            p("George Padmore Research Library", Kind.LIBRARY, 5.5660, -0.1970, "Ridge, Accra"),
                            p("Efua Sutherland Children's Park", Kind.PARK, 5.5580, -0.1985, "Castle Road, Accra"),
                            p("Accra Mall youth hub", Kind.YOUTH_CENTRE, 5.6216, -0.1745, "Tetteh Quarshie, Accra"),
                            p(
                                    "Airport Residential community school",
                                    Kind.SCHOOL,
                                    5.6030,
                                    -0.1800,
                                    "Airport Residential Area, Accra"))),
            Map.entry(
                    "kampala",
                    List.of(
                            p("Makerere University", Kind.SCHOOL, 0.3350, 32.5680, "University Road, Kampala"),
                            p(
                                    "Uganda National Cultural Centre",
                                    Kind.CULTURE,
                                    0.3140,
                                    32.5850,
                                    "De Winton Road, Kampala"),
                            p("Uganda Museum", Kind.LIBRARY, 0.3360, 32.5820, "Kira Road, Kampala"),
                            p("Centenary Park", Kind.PARK, 0.3190, 32.5880, "Jinja Road, Kampala"),
                            p("Kololo youth space", Kind.YOUTH_CENTRE, 0.3320, 32.5950, "Kololo Hill Drive, Kampala"))),
            Map.entry(
                    "port-of-spain",
                    List.of(
                            p(
                                    "Queen's Park Savannah",
                                    Kind.PARK,
                                    10.6700,
                                    -61.5150,
                                    "Queen's Park West, Port of Spain"),
                            p(
                                    "National Library (NALIS)",
                                    Kind.LIBRARY,
                                    10.6530,
                                    -61.5110,
                                    "Abercromby Street, Port of Spain"),
                            p("Woodford Square", Kind.PARK, 10.6535, -61.5130, "Woodford Square, Port of Spain"),
                            p("Queen's Royal College", Kind.SCHOOL, 10.6680, -61.5200, "Maraval Road, Port of Spain"),
                            p("NAPA", Kind.CULTURE, 10.6590, -61.5170, "Keate Street, Port of Spain"),
                            p(
                                    "Belmont youth centre",
                                    Kind.YOUTH_CENTRE,
                                    10.6640,
                                    -61.5030,
                                    "Belmont Circular Road, Port of Spain"))),
            Map.entry(
                    "kingston",
                    List.of(
                            p("National Library of Jamaica", Kind.LIBRARY, 17.9700, -76.7925, "East Street, Kingston"),
                            p("Institute of Jamaica", Kind.CULTURE, 17.9690, -76.7935, "East Street, Kingston"),
                            p("St William Grant Park", Kind.PARK, 17.9715, -76.7920, "King Street, Kingston"),
                            p("Emancipation Park", Kind.PARK, 18.0070, -76.7830, "Knutsford Boulevard, Kingston"),
                            p("Kingston College", Kind.SCHOOL, 17.9800, -76.7870, "North Street, Kingston"),
                            p(
                                    "Trench Town Culture Yard",
                                    Kind.YOUTH_CENTRE,
                                    17.9870,
                                    -76.8060,
                                    "Lower First Street, Kingston"))));

    /** How far from its centre a demo city reaches, in degrees of latitude (about 6.7 km). */
    static final double REACH = 0.06;

    private DemoPlaces() {}

    private static Place p(String name, Kind kind, double latitude, double longitude, String address) {
        return new Place(name, kind, new GeoPoint(latitude, longitude), address);
    }

    /** The city's places, or for a city the demo does not know, community centres scattered around its centre. */
    static List<Place> of(String slug, GeoPoint centre) {
        List<Place> known = PLACES.get(slug);
        if (known != null) {
            return known;
        }
        Random random = new Random(slug.hashCode());
        List<Place> made = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < 8; i++) {
            double lat = centre.latitude() + (random.nextDouble() - 0.5) * REACH;
            double lon = centre.longitude()
                    + (random.nextDouble() - 0.5) * REACH / Math.cos(Math.toRadians(centre.latitude()));
            made.add(p(
                    "Community centre " + (i + 1),
                    kinds[i % kinds.length],
                    clamp(lat, 89),
                    clamp(lon, 179),
                    "Main Street " + (i + 1)));
        }
        return made;
    }

    /** Where a demo city lies: its centre and as far around as its places and programme may be. */
    static BoundingBox box(GeoPoint centre) {
        double lon = REACH / Math.cos(Math.toRadians(centre.latitude()));
        return new BoundingBox(
                centre.latitude() - REACH,
                centre.longitude() - lon,
                centre.latitude() + REACH,
                centre.longitude() + lon);
    }

    private static double clamp(double value, double limit) {
        return Math.max(-limit, Math.min(limit, value));
    }
}
