package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Person names the knowledge base does not list as written: a later surname of someone named
 * earlier, a surname only one known person (or one head of state) bears, or a new person, whose
 * country and sector come from the words before the name ("Syrian opposition figure Ahmad X",
 * "British Defence Secretary Tom King").
 */
final class PersonNames implements MentionRule {
    private static final int TITLE_WINDOW = 4;

    @Override
    public List<Mention> find(SentenceContext ctx) {
        List<Mention> out = new ArrayList<>();
        List<Token> t = ctx.sentence().tokens();
        int i = 0;
        while (i < t.size()) {
            if (!t.get(i).ner().equals("PERSON") || ctx.covered(i) || Spans.at(out, i) != null) {
                i++;
                continue;
            }
            int j = i;
            while (j < t.size() && t.get(j).ner().equals("PERSON") && !ctx.covered(j)) {
                j++;
            }
            List<Mention> sameSentence = new ArrayList<>(ctx.found());
            sameSentence.addAll(out);
            Mention m = person(ctx, i, j, sameSentence);
            if (m != null) {
                out.add(m);
            }
            i = j;
        }
        return out;
    }

    private Mention person(SentenceContext ctx, int from, int to, List<Mention> sameSentence) {
        ParsedSentence s = ctx.sentence();
        DocumentContext doc = ctx.document();
        KnowledgeBase kb = doc.kb();
        String text = s.span(from, to);
        String surname = Names.normalize(s.token(to - 1).word()).replaceAll("'s$", "");
        boolean headline = Spans.isHeadline(s);
        boolean bare = to - from == 1
                || (to - from == 2
                        && Character.isUpperCase(s.token(from).word().charAt(0))
                        && kb.groupAgent(s.token(from).lemma()) != null);
        if (bare) {
            // a bare surname: the first person of that surname in the document, else a unique one in the KB
            List<Mention> all = new ArrayList<>(doc.people());
            all.addAll(sameSentence);
            for (Mention m : all) {
                Actor a = doc.actors().get(m.actorId());
                if (a != null
                        && a.type() == ActorType.PERSON
                        && Names.normalize(a.name()).endsWith(" " + surname)) {
                    doc.actors().named(a.id(), text);
                    return new Mention(
                            s.index(), from, to, Spans.head(s, from, to), a.id(), text, Mention.How.SURNAME, null);
                }
            }
            String id = headline ? null : Surnames.known(kb, surname, doc.day());
            if (id != null) {
                doc.actors().named(id, text);
                return new Mention(s.index(), from, to, Spans.head(s, from, to), id, text, Mention.How.SURNAME, null);
            }
        }
        if (headline) {
            return null; // title case makes every word look like a name
        }
        String country = null;
        String agent = null;
        for (int k : TitlePhrase.words(s, from, to)) {
            Token tk = s.token(k);
            String state = kb.stateNamed(tk.word());
            if (state != null) {
                country = state;
            }
            String g = kb.groupAgent(tk.lemma());
            if (k + 1 < from && kb.groupAgent(tk.lemma() + " " + s.token(k + 1).lemma()) != null) {
                g = kb.groupAgent(tk.lemma() + " " + s.token(k + 1).lemma());
            }
            if (g != null) {
                agent = g;
            }
        }
        if (country == null) {
            country = stateAfter(ctx, Spans.head(s, from, to), sameSentence); // "King Hassan of Morocco"
        }
        if (to - from == 1 && country == null && agent == null) {
            return null; // a lone unknown name carries too little to be an actor
        }
        if (country == null && agent != null && OfficeTitles.GOVERNING_AGENTS.contains(agent)) {
            // "President Michel Suleiman" in a story about Lebanon: an office-holder belongs to the
            // country the document is about
            country = doc.topCountry();
        }
        String id = doc.actors().unknownPerson(text, country, agent);
        return new Mention(s.index(), from, to, Spans.head(s, from, to), id, text, Mention.How.UNKNOWN_PERSON, null);
    }

    /** The state a name is "of" or "from" ("King Hassan of Morocco", "Sheikh Ali from Kuwait"), or null. */
    private static String stateAfter(SentenceContext ctx, int head, List<Mention> sameSentence) {
        ParsedSentence s = ctx.sentence();
        for (Dependency d : s.children(head)) {
            if (!d.relation().equals("nmod:of") && !d.relation().equals("nmod:from")) {
                continue;
            }
            Mention m = Spans.at(sameSentence, d.dependent());
            Actor a = ctx.actor(m);
            if (a != null && a.type() == ActorType.STATE) {
                return a.country();
            }
        }
        return null;
    }
}
