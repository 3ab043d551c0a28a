package app.verbatim.corpus;

import app.verbatim.corpus.Spans.Text;
import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The running text around the records: headlines, context sentences, what a policy acts on, and
 * the templates of the lexicon ("{city}", "{money}", …) filled in, where every place, body,
 * company and topic named becomes a mention at its offsets.
 */
final class Prose {

    final Vocabulary vocabulary;

    Prose(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    Text headline(Draft d, Person lead, Entry topic) {
        var r = d.r;
        var h = new Text();
        String verb = Lexicon.HEADLINE_VERBS.any(r);
        String about = topic.form.startsWith("the ") ? topic.form.substring(4) : topic.form;
        switch (r.nextInt(20)) {
            case 0 -> {
                h.add("🔴 LIVE: ");
                h.person(lead.key, lead.last);
                h.add(" " + verb + " " + about);
            }
            case 1, 2, 3, 4 -> {
                var country = vocabulary.country(r);
                h.entry(country.key, capitalize(country.form));
                h.add(": ");
                h.person(lead.key, lead.titled);
                h.add(" " + verb + " " + about);
            }
            case 5, 6, 7 -> {
                h.entry(d.dateline.key, d.dateline.form);
                h.add(" talks: ");
                h.person(lead.key, lead.last);
                if (d.cast.size() > 1) {
                    h.add(" and ");
                    h.person(d.cast.get(1).key, d.cast.get(1).last);
                    h.add(r.nextBoolean() ? " agree on " : " clash over ");
                } else {
                    h.add(" " + verb + " ");
                }
                h.add(about);
            }
            default -> {
                h.person(lead.key, capitalize(lead.last));
                h.add(" " + verb + " " + about);
            }
        }
        return h;
    }

    /** Verb, object, and sometimes a named programme and a circumstance. */
    void predicate(Draft d, Text t) {
        var r = d.r;
        t.add(Lexicon.VERBS.any(r) + " ");
        if (r.nextInt(100) < 22) {
            String project = vocabulary.project(r);
            t.add(switch (r.nextInt(4)) {
                case 0 -> "the " + project + " programme";
                case 1 -> "the " + project + " law";
                case 2 -> "the " + project + " project";
                default -> "Operation " + project;
            });
        } else {
            expand(d, t, vocabulary.object(r));
        }
        if (r.nextInt(100) < 55) {
            t.add(" ");
            expand(d, t, Lexicon.TAILS.any(r));
        }
    }

    void contextSentence(Draft d, @Nullable Entry topic) {
        var r = d.r;
        var t = new Text();
        if (topic != null) {
            // A sentence that names one of the article's topics, so the topic is mentioned in the text.
            String template;
            do {
                template = Lexicon.CONTEXT_OPENERS.any(r);
            } while (!template.contains("{topic}"));
            expand(d, t, template.replace("{topic}", "{thetopic}"), topic);
        } else {
            expand(d, t, Lexicon.CONTEXT_OPENERS.any(r));
        }
        d.body.add(t);
    }

    void expand(Draft d, Text t, String template) {
        expand(d, t, template, null);
    }

    /** Fills {city}, {country}, {org}, … appending to {@code t}; named things become mentions. */
    void expand(Draft d, Text t, String template, @Nullable Entry theTopic) {
        var r = d.r;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                t.add(template.substring(i));
                return;
            }
            if (open > i) {
                t.add(template.substring(i, open));
            }
            int close = template.indexOf('}', open);
            String slot = template.substring(open + 1, close);
            boolean sentenceStart = open == 0 || template.startsWith(". ", open - 2);
            switch (slot) {
                case "city" -> named(t, vocabulary.city(r), sentenceStart);
                case "port" -> named(t, vocabulary.port(r), sentenceStart);
                case "country", "country2" -> named(t, vocabulary.country(r), sentenceStart);
                case "org" -> named(t, vocabulary.body(r), sentenceStart);
                case "company" -> named(t, vocabulary.company(r), sentenceStart);
                case "topic" -> named(t, d.articleTopics.get(r.nextInt(d.articleTopics.size())), sentenceStart);
                case "thetopic" -> named(t, theTopic != null ? theTopic : d.articleTopics.getFirst(), sentenceStart);
                case "publisher" -> t.add(d.publisher);
                case "year" -> t.add(String.valueOf(d.date.getYear() + r.nextInt(6)));
                case "pastyear" -> t.add(String.valueOf(d.date.getYear() - 1 - r.nextInt(15)));
                case "hours" -> t.add(String.valueOf(2 + r.nextInt(9)));
                case "count" -> t.add(String.format(Locale.ROOT, "%,d", (1 + r.nextInt(99)) * 100));
                case "money" -> t.add(money(r));
                case "pct" -> {
                    int whole = 1 + r.nextInt(30);
                    if (r.nextBoolean()) {
                        t.add(whole + "\u00a0per cent");
                    } else {
                        t.add(whole + "." + r.nextInt(10) + "%");
                    }
                }
                default -> throw new IllegalStateException("unknown slot {" + slot + "}");
            }
            i = close + 1;
        }
    }

    /** Like expand, for text that names nothing: channels. */
    static String expandPlain(Draft d, String template) {
        return template.replace("{publisher}", d.publisher);
    }

    private static void named(Text t, Entry e, boolean sentenceStart) {
        t.entry(e.key, sentenceStart ? capitalize(e.form) : e.form);
    }

    static String money(SplittableRandom r) {
        String[] currencies = {"€", "$", "£", "₸", "₼"};
        String unit = r.nextBoolean() ? " million" : " billion";
        return currencies[r.nextInt(currencies.length)] + (1 + r.nextInt(900)) / 10.0 + unit;
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
