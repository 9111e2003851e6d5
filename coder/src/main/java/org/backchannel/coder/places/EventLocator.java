package org.backchannel.coder.places;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.ontology.Countries;
import org.backchannel.coder.ontology.Country;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.Location;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Finds where an event happened from the words around its predicate: a place in a locative adjunct
 * ("in Doha", "on the outskirts of Donetsk", "strikes on the port of Hodeidah"), else a city the
 * predicate acts on ("shelled Donetsk"). Countries and capitals come from the actor mentions, cities
 * from the {@link Gazetteer}. Null when the sentence names no place: a location is never guessed.
 */
public final class EventLocator {
    private static final Set<String> NOT_PLACE_NER = Set.of("PERSON", "ORGANIZATION");
    private static final Set<String> PARTICLES = Set.of(
            "al", "el", "ar", "as", "ash", "ad", "an", "az", "ez", "es", "de", "del", "da", "do", "dos", "das", "la",
            "le", "les", "di", "bin", "ibn", "i", "e");
    private static final int MAX_NAME_TOKENS = 5;
    /** How many adjuncts deep a place is looked for ("at a jail in Dili": two). */
    private static final int ADJUNCT_DEPTH = 3;
    /** A metonym that is a city this big is that city; a smaller namesake ("White House", Tennessee) is not the seat of power. */
    private static final int SEAT_OF_POWER_POPULATION = 100_000;

    private final KnowledgeBase kb;
    private final Countries countries;
    private final Supplier<Gazetteer> gazetteerSource;
    private final LocationCues cues = LocationCues.load();
    private volatile Gazetteer gazetteer;

    /** A locator over the built-in gazetteer, loaded when the first place is looked up. */
    public EventLocator(KnowledgeBase kb, Countries countries) {
        this(kb, countries, Gazetteer::defaults);
    }

    /** A locator over a given gazetteer; the names of known actors are reserved in it. */
    public EventLocator(KnowledgeBase kb, Countries countries, Supplier<Gazetteer> gazetteer) {
        this.kb = kb;
        this.countries = countries;
        this.gazetteerSource = gazetteer;
    }

    /**
     * Where the event carried by token {@code predicate} happened, or null.
     *
     * @param source the source's mention, or null
     * @param target the target's mention, or null
     */
    public Location locate(SentenceGraph g, int predicate, Mention source, Mention target) {
        PlaceContext context = contextOf(g, source, target);
        List<Integer> anchors = anchors(g, predicate);
        for (int anchor : anchors) {
            Location adjunct = adjunctPlace(g, anchor, context, 0);
            if (adjunct != null) {
                return adjunct;
            }
            for (int object : g.children(anchor, "obj")) {
                Location acted = objectPlace(g, object, context);
                if (acted == null) {
                    acted = adjunctPlace(g, object, context, 0); // "killed three soldiers in Kandahar"
                }
                if (acted != null) {
                    return acted;
                }
            }
        }
        List<Integer> actors = new ArrayList<>();
        for (int anchor : anchors) {
            actors.addAll(g.children(anchor, "nsubj"));
            actors.addAll(g.children(anchor, "nsubj:pass"));
        }
        for (Mention party : new Mention[] {target, source}) {
            if (party != null && !actors.contains(party.head())) {
                actors.add(party.head());
            }
        }
        for (int actor : actors) {
            // "a bombing near the town of Samarra killed ...", "security forces in Guinea tortured ...",
            // "clashed with rebels near Soroti"
            Location where = adjunctPlace(g, actor, context, 0);
            if (where != null) {
                return where;
            }
        }
        return null;
    }

    /**
     * The predicate, then the verb it depends on: for an event noun the verb it is the subject or
     * object of ("clashes erupted in ..."), for a verb the one it completes ("agreed in Beijing to
     * restore relations").
     */
    private static List<Integer> anchors(SentenceGraph g, int predicate) {
        List<Integer> out = new ArrayList<>();
        out.add(predicate);
        List<String> rels = g.token(predicate).isNoun() ? List.of("nsubj", "nsubj:pass", "obj") : List.of("xcomp");
        for (String rel : rels) {
            for (int v : g.parents(predicate, rel)) {
                if (!out.contains(v)) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    /**
     * The place in a locative adjunct of {@code head}; where the adjunct is a thing rather than a
     * place ("at a jail in Dili", "in an attack on a village in Herat province"), the place in its
     * own locative adjunct, {@value #ADJUNCT_DEPTH} levels down at most.
     */
    private Location adjunctPlace(SentenceGraph g, int head, PlaceContext context, int depth) {
        for (Dependency d : g.sentence().children(head)) {
            String base = d.baseRelation();
            if (!base.equals("obl") && !base.equals("nmod")) {
                continue;
            }
            LocationCues.Admits admits = cues.preposition(d.subtype());
            if (admits == null) {
                continue;
            }
            Location loc = place(g, d.dependent(), admits == LocationCues.Admits.ANY_PLACE, false, context, 0);
            if (loc == null
                    && depth + 1 < ADJUNCT_DEPTH
                    && g.mentionAt(d.dependent()) == null
                    && !nameLike(g.token(d.dependent()))) {
                loc = adjunctPlace(g, d.dependent(), context, depth + 1);
            }
            if (loc != null) {
                return loc;
            }
        }
        return null;
    }

    /** A city the predicate acts on; a country or capital object is a party ("warned Moscow"), not a place. */
    private Location objectPlace(SentenceGraph g, int object, PlaceContext context) {
        Token t = g.token(object);
        if (g.mentionAt(object) == null && t.isProperNoun() && !t.ner().equals("LOCATION")) {
            return null; // only a name the tagger also reads as a place
        }
        boolean saidPlace = false; // "shelled the regional capital Juba": the noun says a capital is a place here
        for (String rel : List.of("compound", "appos")) {
            for (int mod : g.children(object, rel)) {
                saidPlace |= g.token(mod).isNoun()
                        && !g.token(mod).isProperNoun()
                        && cues.placeNoun(g.token(mod).lemma());
            }
        }
        Location l = place(g, object, false, saidPlace, context, 0);
        // an object the gazetteer does not know is more often a party or a thing ("the Europe Bridge") than a place
        return l == null || l.precision() == Location.Precision.UNRESOLVED ? null : l;
    }

    /**
     * The place token {@code i} names. {@code statesToo}: a country or a capital standing for its
     * government counts. {@code saidPlace}: the syntax already says it is a place ("the port of X").
     */
    private Location place(
            SentenceGraph g, int i, boolean statesToo, boolean saidPlace, PlaceContext context, int depth) {
        Mention m = g.mentionAt(i);
        if (m != null) {
            int[] span = nameSpan(g, m.start(), m.end());
            if (span[0] < m.start()) {
                // "Northern Ireland": the mention is only part of the name, and the whole is some other place
                Location whole = city(g.sentence(), span[0], span[1], context);
                return whole != null ? whole : Location.unresolved(g.sentence().span(span[0], span[1]));
            }
            return mentionPlace(m, statesToo || saidPlace, context);
        }
        Token t = g.token(i);
        if (t.isNoun()
                && cues.placeNoun(t.lemma())
                && (!t.isProperNoun() || !g.children(i, "nmod:of").isEmpty())) {
            // "the outskirts of Donetsk", and "the West Bank City of Tulkarm" where the tagger made it a name
            Location part = depth == 0 ? partOfPlace(g, i, context) : null;
            if (part != null || !t.isProperNoun()) {
                return part;
            }
        }
        if (!nameLike(t) || (!saidPlace && NOT_PLACE_NER.contains(t.ner()))) {
            return null;
        }
        int[] span = nameSpan(g, i, i + 1);
        Location city = city(g.sentence(), span[0], span[1], context);
        if (city != null) {
            return city;
        }
        if (depth == 0) {
            // a building or site in a place: "Istanbul's Dolmabahçe Palace", "the Villa La Grange in Geneva"
            for (int owner : g.children(i, "nmod:poss")) {
                Location loc = place(g, owner, true, true, context, 1);
                if (loc != null && loc.precision() != Location.Precision.UNRESOLVED) {
                    return loc;
                }
            }
            Location within = adjunctPlace(g, i, context, ADJUNCT_DEPTH - 1);
            if (within != null && within.precision() != Location.Precision.UNRESOLVED) {
                return within;
            }
        }
        return t.ner().equals("LOCATION") ? Location.unresolved(g.sentence().span(span[0], span[1])) : null;
    }

    /**
     * "the outskirts of Donetsk", "the Syrian city of Aleppo", "Kandahar province", "Syrian
     * territory"; "the Syrian capital" is the capital city.
     */
    private Location partOfPlace(SentenceGraph g, int noun, PlaceContext context) {
        for (int of : g.children(noun, "nmod:of")) {
            Location loc = place(g, of, true, true, context, 1);
            if (loc != null) {
                return loc;
            }
        }
        for (String rel : List.of("compound", "amod", "nmod:poss")) {
            for (int mod : g.children(noun, rel)) {
                Location loc = place(g, mod, true, true, context, 1);
                if (loc != null
                        && loc.precision() == Location.Precision.COUNTRY
                        && g.token(noun).lemma().equalsIgnoreCase("capital")) {
                    Location country = loc;
                    return gazetteer()
                            .capital(loc.country())
                            .map(p -> cityLocation(country.text(), p))
                            .orElse(loc);
                }
                if (loc != null) {
                    return loc;
                }
            }
        }
        return null;
    }

    /**
     * A country or capital mention: a country gets its capital's point; a capital or seat of power
     * ("the Kremlin") the capital city. A mention of anything else (a person, a group) is no place,
     * unless its words are a city of the gazetteer that no actor name claims.
     */
    private Location mentionPlace(Mention m, boolean statesToo, PlaceContext context) {
        Actor actor = kb.get(m.actorId()).orElse(null);
        String country = actor == null ? null : actor.country();
        Country known = country == null ? null : countries.get(country).orElse(null);
        boolean isState = actor != null && actor.type() == ActorType.STATE && known != null && known.capital() != null;
        if (isState && m.how() == Mention.How.STATE && names(m.text(), country)) {
            return statesToo ? countryLocation(m.text(), known) : null;
        }
        if (isState && m.how() == Mention.How.METONYM) {
            if (!statesToo) {
                return null;
            }
            Place p = bigCityIn(m.text(), country)
                    .or(() -> gazetteer().capital(country))
                    .orElse(null);
            return p == null ? countryLocation(m.text(), known) : cityLocation(m.text(), p);
        }
        if (kb.names().lookup(NameIndex.key(m.text())).isEmpty()) {
            // a mention whose words no actor claims (a town made to stand for its state): the town
            return gazetteer()
                    .resolve(m.text(), context)
                    .map(p -> cityLocation(m.text(), p))
                    .orElse(null);
        }
        return null;
    }

    /** Whether a state mention's words are the country's own name or alias, or a demonym ("Syrian"). */
    private boolean names(String text, String country) {
        for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(text))) {
            if (e.actorId().equals(country.toLowerCase(Locale.ROOT))
                    && e.kind() != NameIndex.Kind.CAPITAL
                    && e.kind() != NameIndex.Kind.METONYM) {
                return true;
            }
        }
        return false;
    }

    /** The city a proper-noun span names: the span itself, then without trailing place words ("Kandahar City", "Gaza Strip"). */
    private Location city(ParsedSentence s, int from, int to, PlaceContext context) {
        for (int end = to; end > from; end--) {
            String text = s.span(from, end);
            Optional<Place> p = gazetteer().resolve(text, context);
            if (p.isPresent()) {
                return cityLocation(text, p.get());
            }
            if (!cues.placeNoun(s.token(end - 1).word())) {
                break;
            }
        }
        return null;
    }

    /** The proper-noun run around tokens {@code from..to}, with name particles inside it ("Deir ez-Zor", "Rio de Janeiro"). */
    private static int[] nameSpan(SentenceGraph g, int first, int end) {
        int n = g.sentence().tokens().size();
        String ner = g.token(end - 1).ner();
        int from = first;
        while (from > 0 && end - from < MAX_NAME_TOKENS && partOfName(g, from - 1, ner)) {
            from--;
        }
        int to = end;
        while (to < n && to - from < MAX_NAME_TOKENS && partOfName(g, to, ner)) {
            to++;
        }
        while (from < first && !nameLike(g.token(from))) {
            from++;
        }
        while (to > end && !nameLike(g.token(to - 1))) {
            to--;
        }
        return new int[] {from, to};
    }

    /** A name particle, or a proper noun the tagger gives the same entity type ("Gaza Strip", not "Kandahar Sunday"). */
    private static boolean partOfName(SentenceGraph g, int k, String ner) {
        Token t = g.token(k);
        return g.mentionAt(k) == null
                && (nameLike(t) && t.ner().equals(ner)
                        || PARTICLES.contains(t.word().toLowerCase(Locale.ROOT)));
    }

    /** A proper noun, or a capitalized noun the tagger reads as a place ("in Bam, Iran" comes tagged NN). */
    private static boolean nameLike(Token t) {
        return t.isProperNoun()
                || t.isNoun()
                        && t.ner().equals("LOCATION")
                        && Character.isUpperCase(t.word().charAt(0));
    }

    /** A city of that name in the country big enough to stand for its government ("Abidjan", not White House, Tennessee). */
    private Optional<Place> bigCityIn(String text, String country) {
        return gazetteer().candidates(text).stream()
                .filter(p -> p.country().equals(country) && p.population() >= SEAT_OF_POWER_POPULATION)
                .findFirst();
    }

    private Location countryLocation(String text, Country c) {
        Place capital = gazetteer().capital(c.code()).orElse(null);
        return capital == null
                ? new Location(text, c.name(), c.code(), null, null, null, Location.Precision.COUNTRY)
                : new Location(
                        text,
                        c.name(),
                        c.code(),
                        capital.lat(),
                        capital.lon(),
                        capital.id(),
                        Location.Precision.COUNTRY);
    }

    private static Location cityLocation(String text, Place p) {
        return p.isRegion()
                ? new Location(text, p.name(), p.country(), p.lat(), p.lon(), null, Location.Precision.REGION)
                : new Location(text, p.name(), p.country(), p.lat(), p.lon(), p.id(), Location.Precision.CITY);
    }

    /**
     * The countries around the event: those the sentence names as places (a country or capital that
     * is not a party, or the one country both parties belong to), and those of the other actors.
     */
    private PlaceContext contextOf(SentenceGraph g, Mention source, Mention target) {
        Set<String> named = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (Mention m : g.mentions()) {
            String c = countryOf(m);
            boolean party = m.equals(source) || m.equals(target);
            if (c != null) {
                (!party && (m.how() == Mention.How.STATE || m.how() == Mention.How.METONYM) ? named : parties).add(c);
            }
        }
        String from = source == null ? null : countryOf(source);
        String to = target == null ? null : countryOf(target);
        if (from != null) {
            parties.add(from);
        }
        if (to != null) {
            parties.add(to);
        }
        if (from != null && from.equals(to)) {
            named.add(from); // a domestic event happens at home
        }
        return new PlaceContext(named, parties);
    }

    /** The country of a mention's actor, when it is a country the gazetteer can hold (not a region). */
    private String countryOf(Mention m) {
        return kb.get(m.actorId())
                .map(Actor::country)
                .filter(c -> countries.get(c).map(Country::capital).isPresent())
                .orElse(null);
    }

    /** The gazetteer with the names of known people and organizations reserved. */
    private Gazetteer gazetteer() {
        Gazetteer gz = gazetteer;
        if (gz == null) {
            gz = gazetteerSource.get().reserving(this::namesAnActor);
            gazetteer = gz;
        }
        return gz;
    }

    private boolean namesAnActor(String surface) {
        for (NameIndex.Entry e : kb.names().lookup(NameIndex.key(surface))) {
            if (e.kind() != NameIndex.Kind.CAPITAL && e.kind() != NameIndex.Kind.METONYM) {
                return true;
            }
        }
        return false;
    }
}
