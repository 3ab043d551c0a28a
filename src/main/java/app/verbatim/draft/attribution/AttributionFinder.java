package app.verbatim.draft.attribution;

import app.verbatim.draft.attribution.FoundAttribution.Kind;
import app.verbatim.draft.attribution.QuoteMarks.Quoted;
import app.verbatim.draft.nlp.AnalyzedText;
import app.verbatim.draft.nlp.Sentence;
import app.verbatim.draft.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds direct quotes and reported speech in an analysed text. Stateless and thread-safe.
 *
 * <p>Direct quotes: quotation marks are paired ({@link QuoteMarks}), then each quoted stretch
 * looks for a speech frame right after its closing mark ({@code ," the President stressed.},
 * {@code ," said Smith.}) or right before its opening mark ({@code Smith said: "}). A stretch
 * with a frame is a quote; the next stretch of the same paragraph joins it as a further part
 * when only the frame stands between them ({@code "A," he said, "B."} and {@code "A," he said.
 * "B."}). A stretch without a frame is a quote only when it reads as speech (a sentence or more),
 * flagged for review; short ones are scare quotes, terms or titles ("road map") and yield nothing.
 *
 * <p>Reported speech: a speech verb with a subject that can name a speaker and a reported clause
 * ({@code X said that …}, {@code X stressed …}, {@code …, X said.}), or {@code according to X}.
 */
public final class AttributionFinder {

    /** Dashes as texts write them: horizontal bar, em and en dash, hyphen, two hyphens. */
    private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");
    private static final Set<String> ALWAYS_CUE_FORMS = Set.of(
            "said", "says", "told", "tells", "added", "adds", "stressed", "emphasized", "explained", "noted",
            "asked", "wrote", "writes", "replied", "insisted", "declared", "announced", "concluded", "warned",
            "argued", "claimed", "recalled", "tweeted");
    private static final Set<String> NOT_FRAME_VERBS = Set.of("be", "have", "do", "get", "make", "take", "give",
            "seem", "become", "remain", "include", "mean", "come", "want", "need", "use", "let", "see", "look",
            "happen", "keep", "leave", "bring", "hold", "run", "win", "lose");
    private static final Set<String> NOT_NAMES = Set.of("however", "also", "then", "still", "now", "later",
            "meanwhile", "indeed", "instead", "finally", "yet", "so", "thus", "here", "there", "today", "yesterday",
            "tomorrow", "earlier", "again", "once", "soon", "already", "recently", "previously", "nevertheless",
            "moreover", "furthermore", "otherwise", "perhaps", "maybe", "certainly", "clearly", "obviously", "just",
            "only", "even", "never", "always", "often", "sometimes", "first", "second", "last", "next", "well",
            "yes", "no", "oh", "please", "thanks", "hello", "ok", "okay", "rather", "likewise",
            "similarly", "accordingly", "consequently", "hence", "therefore", "specifically", "separately",
            "overall", "ultimately", "initially", "originally", "eventually", "currently", "apparently",
            "when", "where", "why", "how", "while", "whether", "if", "as", "after", "before", "because", "since");
    private static final Set<String> FUNCTION_WORDS = Set.of("as", "in", "on", "at", "for", "with", "after",
            "before", "but", "and", "or", "if", "when", "while", "because", "since", "although", "though", "despite",
            "during", "from", "by", "to", "of", "into", "onto", "upon", "about", "above", "below", "under", "over",
            "between", "among", "against", "without", "within", "through", "throughout", "across", "toward",
            "towards", "like", "unlike", "until", "till", "unless", "whether", "than", "so", "yet", "nor", "once",
            "per", "via", "amid", "amidst", "around", "behind", "beyond", "near", "off", "out", "up", "down", "past",
            "where", "whereas", "wherever", "whenever", "following", "including", "regarding");
    private static final Set<String> TITLE_VERBS = Set.of("call", "title", "entitle", "name", "dub", "label",
            "term", "brand", "nickname");
    /** Words that label a line rather than name a speaker ("Update: …", "Photo: …"). */
    private static final Set<String> LABELS = Set.of("update", "updated", "note", "photo", "photos", "video",
            "source", "sources", "correction", "related", "read", "watch", "listen", "see", "editor", "credit",
            "caption", "warning", "breaking", "exclusive", "analysis", "opinion", "poll", "polls", "q", "a", "question",
            "answer", "subscribe", "share", "email", "contact", "tags", "topics", "also", "more", "transcript",
            "live", "advertisement", "follow", "sign", "click", "graphic", "map", "chart", "table", "data");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "i", "we", "it");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "them", "me", "us");
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "now", "then", "later", "earlier");
    /** The words a time expression ends with ("on Tuesday", "this month", "in late August", "last year"). */
    private static final Set<String> TIME_HEADS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.",
            "sept.", "oct.", "nov.", "dec.", "week", "weeks", "month", "months", "year", "years", "weekend",
            "morning", "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter");
    /** What may stand before a time expression's last word: "on", "earlier this", "late", "last", "the same". */
    private static final Set<String> TIME_MODIFIERS = Set.of("on", "in", "at", "during", "for", "over", "since",
            "this", "last", "next", "late", "early", "earlier", "later", "that", "the", "same", "previous", "past",
            "recent", "mid", "few", "several", "two", "three");
    /** Participles that date a report, poll or study ("a poll released Friday"). */
    private static final Set<String> PUBLISHED = Set.of("released", "published", "issued", "conducted", "posted",
            "filed", "unveiled", "obtained", "completed");
    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("in", "on", "during", "after", "before",
            "at", "via", "through", "over", "since", "while", "upon", "by");
    private static final Set<String> PRE_CUE_SKIPS = Set.of("ADV", "AUX", "PART");
    private static final Set<String> CLAUSE_PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "after",
            "before", "via", "through", "with", "from", "by", "for", "over", "outside", "inside", "while");

    /** Finds the quotes and reported speech of a text, in text order. */
    public List<FoundAttribution> find(AnalyzedText analyzed) {
        return new Run(analyzed, false).find();
    }

    /**
     * Finds every attribution of a text as a news-attribution corpus such as PolNeAR annotates
     * them, in text order: quotes and reported speech (the same as {@link #find}, unless a stance
     * holds an unframed quote) and {@link FoundAttribution.Kind#STANCE stances}: beliefs,
     * intentions and stands credited to someone ("Ryan endorsed Trump", "she hopes to win",
     * "X seems to …"). Drafts take {@link #find}: a stance is no quote.
     */
    public List<FoundAttribution> findWithStances(AnalyzedText analyzed) {
        return new Run(analyzed, true).find();
    }

    /** One text's worth of state. */
    private static final class Run {
        final AnalyzedText at;
        final String text;
        final List<Token> toks;
        final boolean[] used;
        final boolean[] inSpeech;
        final List<FoundAttribution> out = new ArrayList<>();

        final boolean stances;

        Run(AnalyzedText at, boolean stances) {
            this.stances = stances;
            this.at = at;
            this.text = at.text();
            this.toks = at.tokens();
            this.used = new boolean[toks.size()];
            this.inSpeech = new boolean[toks.size()];
        }

        List<FoundAttribution> find() {
            direct();
            indirect();
            unframed();
            out.sort(Comparator.comparingInt((FoundAttribution a) -> a.content().getFirst().start())
                    .thenComparing(a -> a.kind()));
            return withoutQuotedRepeats(out);
        }

        /**
         * One quoted passage, one attribution: a quote (or a mixed quote) whose words all lie inside
         * another attribution's content, or repeat an earlier one's, is that attribution's words
         * found a second time (a frame's object and its clause, a stance around a quote), not a
         * second report. Reported speech without a quotation mark may nest (a report within a
         * report) and is kept. PolNeAR dev: quoted match@0.3 89.0 -> 91.1, the all track's cue and
         * source exact unchanged (60.1, 60.1); train 88.5 -> 90.2 quoted, cue -0.2 and source -0.1.
         */
        private List<FoundAttribution> withoutQuotedRepeats(List<FoundAttribution> found) {
            var kept = new ArrayList<FoundAttribution>(found.size());
            for (int i = 0; i < found.size(); i++) {
                var a = found.get(i);
                if (!quoted(a) || !repeats(a, i, found)) {
                    kept.add(a);
                }
            }
            return List.copyOf(kept);
        }

        private boolean quoted(FoundAttribution a) {
            if (a.kind() == FoundAttribution.Kind.DIRECT) {
                return true;
            }
            for (var part : a.content()) {
                for (int c = part.start(); c < part.end(); c++) {
                    if (QuoteMarks.isDouble(text.charAt(c))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Whether every character of a's content is in another attribution's content, longer or earlier. */
        private static boolean repeats(FoundAttribution a, int index, List<FoundAttribution> found) {
            int size = size(a);
            for (int j = 0; j < found.size(); j++) {
                var b = found.get(j);
                if (j != index && (size(b) > size || j < index && size(b) == size) && inside(a, b)) {
                    return true;
                }
            }
            return false;
        }

        private static int size(FoundAttribution a) {
            int n = 0;
            for (var part : a.content()) {
                n += part.end() - part.start();
            }
            return n;
        }

        private static boolean inside(FoundAttribution a, FoundAttribution b) {
            for (var part : a.content()) {
                int from = part.start();
                while (from < part.end()) {
                    int reach = -1;
                    for (var other : b.content()) {
                        if (other.start() <= from && from < other.end()) {
                            reach = other.end();
                        }
                    }
                    if (reach < 0) {
                        return false;
                    }
                    from = reach;
                }
            }
            return true;
        }

        // ---------------------------------------------------------------- direct quotes

        record Frame(int srcStart, int srcEnd, int cueStart, int cueEnd, int end, String rule) {
        }

        /** Quotes that read as speech but have no frame: kept unless reported speech holds them. */
        final List<Quoted> unframed = new ArrayList<>();

        void unframed() {
            for (Quoted q : unframed) {
                CharSpan h = q.hull();
                if (q.unclosed()) {
                    // "We will win, the candidate said.": the closing mark was lost before the frame.
                    FoundAttribution inner = out.stream().filter(a -> a.rule().equals("indirect.said-after")
                            && a.content().getFirst().start() == h.start() && a.cue() != null
                            && a.cue().end() <= h.end()).findFirst().orElse(null);
                    if (inner != null) {
                        out.remove(inner);
                        out.add(new FoundAttribution(Kind.DIRECT, inner.content(), inner.source(), inner.cue(), 0.5,
                                "direct.unclosed-said-after", "The closing quotation mark is missing: the quote is"
                                        + " taken to end before its frame; check where it ends."));
                        continue;
                    }
                }
                boolean inside = out.stream().anyMatch(a -> a.kind() != Kind.DIRECT
                        && a.contentHull().start() <= h.start() && a.contentHull().end() >= h.end() - 1);
                if (inside) {
                    continue;
                }
                String unclosedNote = q.unclosed() ? " The closing quotation mark is missing: check where the quote ends."
                        : "";
                Frame lead = leadSentence(q);
                if (lead != null && !used[lead.cueStart()]) {
                    markFrame(lead);
                    out.add(new FoundAttribution(Kind.DIRECT, q.parts(), span(lead.srcStart(), lead.srcEnd()),
                            span(lead.cueStart(), lead.cueEnd()), q.unclosed() ? 0.5 : 0.7, lead.rule(),
                            "The speaker is named in the sentence before the quote: check." + unclosedNote));
                    continue;
                }
                CharSpan prev = previousSpeaker(q);
                if (prev != null) {
                    out.add(new FoundAttribution(Kind.DIRECT, q.parts(), prev, null, q.unclosed() ? 0.4 : 0.6,
                            "direct.same-speaker", "No speaker named: taken to be the speaker of the quote before ("
                                    + prev.of(text) + ")." + unclosedNote));
                    continue;
                }
                CharSpan before = speakerEarlierInParagraph(q);
                if (before != null) {
                    out.add(new FoundAttribution(Kind.DIRECT, q.parts(), before, null,
                            q.unclosed() ? 0.3 : 0.5, "direct.same-speaker", "No speaker named: taken to be the"
                                    + " speaker quoted before it in the paragraph (" + before.of(text) + ")."
                                    + unclosedNote));
                    continue;
                }
                int[] subject = startsSentence(q.openMark()) ? subjectOfSentenceBefore(q) : subjectOfOwnSentence(q);
                if (subject != null) {
                    boolean own = !startsSentence(q.openMark());
                    out.add(new FoundAttribution(Kind.DIRECT, q.parts(), span(subject[0], subject[1]), null,
                            q.unclosed() ? 0.2 : 0.4, own ? "direct.sentence-subject" : "direct.previous-subject",
                            "No speaker named: taken to be the subject of the sentence " + (own ? "" : "before ")
                                    + "(" + span(subject[0], subject[1]).of(text) + "); check." + unclosedNote));
                    continue;
                }
                double conf = q.unclosed() ? 0.2 : 0.4;
                out.add(new FoundAttribution(Kind.DIRECT, q.parts(), null, null, conf, "direct.no-speaker",
                        "No speaker named next to this quote: who said it?" + unclosedNote));
            }
        }

        /**
         * The speaker an unframed quote takes: the source of a quote with a speaker that ends the
         * paragraph before, when this quote opens its own paragraph (the speaker goes on talking).
         */
        @Nullable CharSpan previousSpeaker(Quoted q) {
            int para = q.openMark();
            while (para > 0 && text.charAt(para - 1) != '\n') {
                if (!Character.isWhitespace(text.charAt(para - 1)) && text.charAt(para - 1) != '\u00a0') {
                    return null;
                }
                para--;
            }
            FoundAttribution best = null;
            CharSpan source = null;
            for (FoundAttribution a : out) {
                var s = a.source();
                if (s != null && a.contentHull().end() < q.openMark() && a.kind() == Kind.DIRECT) {
                    if (best == null || a.contentHull().end() > best.contentHull().end()) {
                        best = a;
                        source = s;
                    }
                }
            }
            if (best == null || source == null) {
                return null;
            }
            int end = Math.max(best.contentHull().end(), source.end());
            String between = text.substring(Math.min(end, para), para);
            // Only blank lines and the previous paragraph's frame may stand between.
            int lastBreak = between.lastIndexOf('\n');
            String rest = lastBreak < 0 ? between : between.substring(0, lastBreak);
            return rest.indexOf('\n') < 0 || rest.substring(rest.indexOf('\n')).isBlank() ? source : null;
        }

        /**
         * The speaker an unframed quote inside a paragraph takes: that of the last quote with a
         * speaker earlier in the same paragraph, when no one else is named between them
         * ("…," Smith said with a laugh. "…").
         */
        @Nullable CharSpan speakerEarlierInParagraph(Quoted q) {
            int para = q.openMark();
            while (para > 0 && text.charAt(para - 1) != '\n') {
                para--;
            }
            FoundAttribution best = null;
            CharSpan speaker = null;
            for (FoundAttribution a : out) {
                CharSpan source = a.source();
                if (source != null && a.kind() == Kind.DIRECT && a.contentHull().start() >= para
                        && a.contentHull().end() < q.openMark()
                        && (best == null || a.contentHull().end() > best.contentHull().end())) {
                    best = a;
                    speaker = source;
                }
            }
            if (best == null || speaker == null) {
                return null;
            }
            int from = Math.max(best.contentHull().end(), Math.max(speaker.end(),
                    best.cue() == null ? 0 : best.cue().end()));
            for (int k = at.tokenAtOrAfter(from); k < toks.size() && toks.get(k).start() < q.openMark(); k++) {
                Token t = toks.get(k);
                if (t.pos().equals("PROPN") || t.pos().equals("PRON") && Cues.PERSONAL_PRONOUNS.contains(t.lemma())
                        || isOpenMark(t)) {
                    return null;
                }
            }
            return speaker;
        }

        /**
         * The subject of the sentence an unframed quote stands inside, when it names a person:
         * "Blackwell pointed to Cruz's organization, noting that he has "the best ground game"".
         */
        int @Nullable [] subjectOfOwnSentence(Quoted q) {
            int o = at.tokenAtOrAfter(q.openMark());
            int si = at.sentenceAt(q.openMark());
            if (si < 0 || o >= toks.size()) {
                return null;
            }
            Sentence own = at.sentences().get(si);
            if (own.firstToken() >= o) {
                return null;
            }
            int[] subj = sentenceSubject(own.firstToken(), o);
            int[] person = personSubject(subj);
            return person != null ? person : anySubject(subj);
        }

        /** A subject that may speak though it names no person: "the document states", "the rally denounced". */
        int @Nullable [] anySubject(int @Nullable [] subj) {
            if (subj == null || subj[1] - subj[0] > 8) {
                return null;
            }
            Token head = toks.get(subj[1] - 1);
            boolean noun = head.pos().equals("NOUN") || head.pos().equals("PROPN")
                    || head.pos().equals("PRON") && Set.of("they", "we", "i").contains(head.lemma());
            return noun ? subj : null;
        }

        int @Nullable [] personSubject(int @Nullable [] subj) {
            if (subj == null || subj[1] - subj[0] > 6) {
                return null;
            }
            Token head = toks.get(subj[1] - 1);
            boolean person = head.pos().equals("PROPN") && looksLikeName(head)
                    || subj[1] - subj[0] == 1 && Set.of("he", "she").contains(head.lemma());
            return person ? subj : null;
        }

        /**
         * The subject of the sentence just before an unframed quote, when it names a person (a name
         * or "he"/"she") and the sentence quotes nobody: "Bolton distanced himself from … "…"".
         */
        int @Nullable [] subjectOfSentenceBefore(Quoted q) {
            int o = at.tokenAtOrAfter(q.openMark());
            if (o <= 0 || toks.get(o - 1).pos().equals("PUNCT") && !Set.of(".", "!", "?").contains(toks.get(o - 1).text())) {
                return null;
            }
            int si = at.sentenceAt(toks.get(o - 1).start());
            if (si < 0) {
                return null;
            }
            Sentence prev = at.sentences().get(si);
            if (prev.endToken() - prev.firstToken() < 3) {
                return null;
            }
            for (int k = prev.firstToken(); k < prev.endToken(); k++) {
                if (isOpenMark(toks.get(k)) || isCloseMark(toks.get(k)) && !isPossessive(toks.get(k))) {
                    return null;
                }
            }
            return personSubject(sentenceSubject(prev.firstToken(), prev.endToken()));
        }

        /**
         * A short sentence that introduces the quote after it: "Bystrom agreed. "…"", or a name and a
         * colon: "Mark Blumenthal and Jon Cohen: "…"".
         */
        @Nullable Frame leadSentence(Quoted q) {
            int o = at.tokenAtOrAfter(q.openMark());
            int j = o - 1;
            if (j < 1 || newlineBetween(toks.get(j).end(), q.openMark())) {
                return null;
            }
            String end = toks.get(j).text();
            if (!end.equals(".") && !end.equals(":")) {
                return null;
            }
            int start = j;
            while (start > 0 && !isBoundary(toks.get(start - 1))
                    && !newlineBetween(toks.get(start - 1).end(), toks.get(start).start())) {
                start--;
            }
            if (j - start > 14 || j == start) {
                return null;
            }
            if (end.equals(":") && allNp(start, j) && hasHead(start, j)) {
                return new Frame(start, j, j, j + 1, o, "direct.name-colon");
            }
            for (int k = start + 1; k < j; k++) {
                if (isCue(k) || end.equals(":") && frameVerb(k)) {
                    int[] np = npLeft(k, start);
                    if (np != null && np[0] == start && j - phraseEnd(k) <= 4) {
                        return new Frame(np[0], np[1], k, phraseEnd(k), o, "direct.said-sentence-before");
                    }
                    return null;
                }
            }
            return null;
        }

        /** Where the paired quotes open (character offsets). */
        final Set<Integer> quoteOpenings = new java.util.HashSet<>();

        List<Quoted> quotes = List.of();

        void direct() {
            quotes = QuoteMarks.find(text);
            for (Quoted q : quotes) {
                quoteOpenings.add(q.openMark());
            }
            boolean[] taken = new boolean[quotes.size()];
            for (int qi = 0; qi < quotes.size(); qi++) {
                if (taken[qi]) {
                    continue;
                }
                Quoted q = quotes.get(qi);
                if (embeddedName(q)) {
                    // "On "The Morning Show," the senator said …": a title or name inside the sentence, no quote.
                    continue;
                }
                Frame f = afterFrame(q);
                if (f != null && !f.rule().equals("direct.signature") && endsSentence(q)
                        && (!isCue(f.cueStart()) || beforeFrame(q) != null)) {
                    // "Smith said, "… ." The star added …": a quote that ends its sentence belongs to the frame
                    // before it; the words after open the next sentence, and a verb there is no frame unless it
                    // is speech.
                    f = null;
                }
                if (f == null) {
                    f = beforeFrame(q);
                    if (f != null && f.rule().equals("direct.said-before") && midSentenceFragment(q)) {
                        // "Smith said that "ethanol people" do a fantastic job": a few quoted words inside
                        // reported speech, which the reported clause holds.
                        continue;
                    }
                }
                List<CharSpan> parts = new ArrayList<>(q.parts());
                String rule;
                double conf;
                String note = null;
                if (f != null) {
                    markFrame(f);
                    rule = f.rule();
                    conf = 0.9;
                    int frameEnd = f.end();
                    int next = qi + 1;
                    while (next < quotes.size() && f.rule().startsWith("direct.said-after")) {
                        Quoted q2 = quotes.get(next);
                        if (!joins(frameEnd, q2)) {
                            break;
                        }
                        parts.addAll(q2.parts());
                        taken[next] = true;
                        rule = rule.endsWith(".split") ? rule : rule + ".split";
                        frameEnd = tokenIndexAfter(q2.after());
                        next++;
                    }
                } else {
                    if (readsAsSpeech(q)) {
                        unframed.add(q);
                    }
                    continue;
                }
                if (q.unclosed()) {
                    conf = round(conf - 0.2);
                    note = (note == null ? "" : note + " ") + "The closing quotation mark is missing: check where the quote ends.";
                }
                if (f != null && isPronoun(f.srcStart(), f.srcEnd())) {
                    note = note == null ? "The speaker is named by a pronoun: check who it is." : note;
                    conf -= 0.05;
                }
                for (CharSpan p : parts) {
                    markSpeech(p);
                }
                out.add(new FoundAttribution(Kind.DIRECT, parts,
                        f == null ? null : span(f.srcStart(), f.srcEnd()),
                        f == null ? null : span(f.cueStart(), f.cueEnd()), round(conf), rule, note));
            }
        }

        /**
         * Whether quote {@code q2} continues the quote whose frame ends before token {@code frameEnd}:
         * it follows in the same paragraph, has no frame of its own, and nobody else speaks between.
         */
        boolean joins(int frameEnd, Quoted q2) {
            if (frameEnd <= 0 || frameEnd > toks.size()) {
                return false;
            }
            int from = toks.get(frameEnd - 1).end();
            if (q2.openMark() < from || newlineBetween(from, q2.openMark())) {
                return false;
            }
            int gapEnd = at.tokenAtOrAfter(q2.openMark());
            if (gapEnd - frameEnd > 40) {
                return false;
            }
            boolean sentenceEnds = false;
            for (int k = frameEnd; k < gapEnd; k++) {
                Token t = toks.get(k);
                if (isOpenMark(t) || isCloseMark(t) || isCue(k) && !t.text().endsWith("ing")) {
                    return false;
                }
                String x = t.text();
                sentenceEnds |= x.equals(".") || x.equals("!") || x.equals("?");
            }
            // Either the next sentence opens with the quote, or only a comma or colon stands between.
            if (sentenceEnds ? !startsSentence(q2.openMark()) : gapEnd > frameEnd
                    && !Set.of(",", ":", ";", "—", "–").contains(toks.get(gapEnd - 1).text())) {
                return false;
            }
            return afterFrame(q2) == null && beforeFrame(q2) == null;
        }

        /** Whether the quote's last words end a sentence (". ! ?" inside the closing mark). */
        boolean endsSentence(Quoted q) {
            String body = q.parts().getLast().of(text).stripTrailing();
            return !body.isEmpty() && ".!?".indexOf(body.charAt(body.length() - 1)) >= 0;
        }

        /** A quote of a few words that the sentence goes on after, without punctuation. */
        boolean midSentenceFragment(Quoted q) {
            if (q.parts().size() != 1 || countWords(q.parts().getFirst()) > 5 || q.closeMark() < 0) {
                return false;
            }
            int n = tokenIndexAfter(q.after());
            return n < toks.size() && !newlineBetween(q.after(), toks.get(n).start())
                    && !toks.get(n).pos().equals("PUNCT") && Character.isLetterOrDigit(toks.get(n).text().charAt(0));
        }

        boolean readsAsSpeech(Quoted q) {
            int words = 0;
            for (CharSpan p : q.parts()) {
                words += countWords(p);
            }
            String body = q.parts().getLast().of(text);
            char last = body.isEmpty() ? ' ' : body.charAt(body.length() - 1);
            boolean sentence = last == '.' || last == '!' || last == '?' || last == ',' || last == '…';
            boolean atSentenceStart = startsSentence(q.openMark());
            return words >= 8 || words >= 4 && sentence && atSentenceStart;
        }

        boolean startsSentence(int offset) {
            int i = offset - 1;
            while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0' || text.charAt(i) == '\t')) {
                i--;
            }
            return i < 0 || text.charAt(i) == '\n' || ".!?:".indexOf(text.charAt(i)) >= 0
                    || QuoteMarks.isDouble(text.charAt(i));
        }

        int countWords(CharSpan p) {
            int n = 0;
            boolean inWord = false;
            for (int i = p.start(); i < p.end(); i++) {
                boolean w = Character.isLetterOrDigit(text.charAt(i));
                if (w && !inWord) {
                    n++;
                }
                inWord = w;
            }
            return n;
        }

        @Nullable Frame afterFrame(Quoted q) {
            if (q.closeMark() < 0) {
                return null;
            }
            int i = tokenIndexAfter(q.after());
            if (i >= toks.size() || newlineBetween(q.after(), toks.get(i).start())) {
                return null;
            }
            if (isDash(toks.get(i))) {
                int sig = signatureEnd(i + 1);
                if (sig > 0) {
                    // "… ." ― Ana Ruiz: a name signing the quote, alone on the rest of its line.
                    return new Frame(i + 1, sig, i, i + 1, sig, "direct.signature");
                }
            }
            while (i < toks.size() && (isDash(toks.get(i)) || toks.get(i).text().equals(","))) {
                i++;
            }
            if (i >= toks.size() || newlineBetween(q.after(), toks.get(i).start()) || isOpenMark(toks.get(i))) {
                return null;
            }
            if (isAccordingTo(i)) {
                int[] np = npRightWithAppositive(i + 2);
                return np == null ? null : new Frame(np[0], np[1], i, i + 2, np[1], "direct.according-to-after");
            }
            // ," said Smith.   ," added the mayor, a Democrat.
            int v = i;
            while (v < toks.size() && toks.get(v).pos().equals("ADV")) {
                v++;
            }
            if (v < toks.size() && frameVerb(v)) {
                int cueEnd = phraseEnd(v);
                int[] np = npRightWithAppositive(cueEnd);
                if (np != null) {
                    return new Frame(np[0], np[1], v, cueEnd, np[1], "direct.said-after");
                }
                if (!isCue(v)) {
                    return null;
                }
            }
            int limit = Math.min(toks.size(), i + 30);
            for (int k = i + 1; k < limit; k++) {
                Token t = toks.get(k);
                if (frameVerb(k)) {
                    int srcEnd = k;
                    while (srcEnd > i && PRE_CUE_SKIPS.contains(toks.get(srcEnd - 1).pos())
                            && !looksLikeName(toks.get(srcEnd - 1))) {
                        srcEnd--;
                    }
                    int[] np = srcEnd > i && toks.get(srcEnd - 1).text().equals(",") ? npBeforeInsertion(srcEnd - 1, i)
                            : srcEnd > i && allNp(i, srcEnd) ? new int[] {i, srcEnd} : null;
                    if (np == null || np[0] != i) {
                        return null;
                    }
                    int cueEnd = phraseEnd(k);
                    String lemma = toks.get(k).lemma();
                    if (lemma.equals("cite") || lemma.equals("quote")) {
                        int[] cited = npRight(cueEnd);
                        if (cited != null && cited[1] < toks.size() && toks.get(cited[1]).lemma().equals("as")) {
                            return new Frame(cited[0], cited[1], k, cueEnd, cited[1] + 2, "direct.cited-as-saying");
                        }
                    }
                    return new Frame(np[0], np[1], k, cueEnd, cueEnd, "direct.said-after");
                }
                if (isBoundary(t)) {
                    return null;
                }
            }
            return null;
        }

        /**
         * A verb that frames the quote it stands next to: a speech verb, or any other verb in that
         * place ("," exhorted the introducer), which only speech fits.
         */
        boolean frameVerb(int k) {
            if (isCue(k)) {
                return true;
            }
            Token t = toks.get(k);
            return t.pos().equals("VERB") && !NOT_FRAME_VERBS.contains(t.lemma()) && !t.text().endsWith("ing");
        }

        @Nullable Frame beforeFrame(Quoted q) {
            int o = at.tokenAtOrAfter(q.openMark());
            int j = o - 1;
            // A frame ending with a colon may close the paragraph before the quote: "Smith replied:\n\n"…"".
            if (j < 0 || newlineBetween(toks.get(j).end(), q.openMark()) && !(toks.get(j).text().equals(":")
                    && !lineOpensQuote(j))) {
                return null;
            }
            if (toks.get(j).text().equals(":")) {
                int[] name = nameBeforeColon(j);
                if (name != null) {
                    return new Frame(name[0], name[1], j, j + 1, o, "direct.name-colon");
                }
            }
            boolean punct = false;
            if (toks.get(j).text().equals(":") || toks.get(j).text().equals(",")) {
                punct = true;
                j--;
            } else if (j >= 0 && toks.get(j).lemma().equals("that")) {
                punct = true;
                j--;
            }
            if (j < 0) {
                return null;
            }
            int sentStart = sentenceStartToken(j);
            for (int k = j; k >= Math.max(sentStart, j - (punct ? 12 : 0)); k--) {
                Token t = toks.get(k);
                if (k == j && !punct && TITLE_VERBS.contains(t.lemma())) {
                    return null;  // "a book called "…"", "a plan named "…"": a name, not speech
                }
                boolean colonFrame = k == j && toks.get(j + 1).text().equals(":") && frameVerb(k);
                if ((isCue(k) || colonFrame) && !used[k] && !inSpeech[k]) {
                    int cueEnd = phraseEnd(k);
                    int[] np = npLeft(k, sentStart);
                    if (np == null && t.text().endsWith("ing") && k > 0 && toks.get(k - 1).text().equals(",")) {
                        int[] subj = nearestSubject(k - 1, sentStart);
                        if (subj == null) {
                            subj = sentenceSubject(sentStart, k);
                        }
                        if (subj != null) {
                            return new Frame(subj[0], subj[1], k, cueEnd, o, "direct.participle");
                        }
                        // ", adding: "…"": the speaker is the one of the clause before.
                        FoundAttribution prev = out.isEmpty() ? null : out.getLast();
                        if (prev != null && prev.source() != null && prev.cue() != null
                                && t.start() - prev.cue().end() < 200 && !newlineBetween(prev.cue().end(), t.start())) {
                            return new Frame(at.tokenAtOrAfter(prev.source().start()),
                                    at.tokenAtOrAfter(prev.source().end() - 1) + 1, k, cueEnd, o, "direct.adding");
                        }
                    }
                    if (np == null) {
                        np = coordinatedSubject(k, sentStart);  // "Lee shook his head and said: "…""
                    }
                    if (np == null) {
                        return null;
                    }
                    return new Frame(np[0], np[1], k, cueEnd, o, "direct.said-before");
                }
                if (k < j && (isBoundary(t) || t.pos().equals("VERB") || t.pos().startsWith("AUX"))) {
                    break;
                }
            }
            // According to X, "…"
            if (punct) {
                for (int k = j; k >= sentStart && k >= j - 8; k--) {
                    if (isAccordingTo(k)) {
                        int[] np = npRight(k + 2);
                        if (np != null && np[1] == j + 1) {
                            return new Frame(np[0], np[1], k, k + 2, o, "direct.according-to-before");
                        }
                    }
                }
            }
            return null;
        }

        /** Whether the line that holds token {@code j} opens with a quotation mark (a quote, not a frame). */
        boolean lineOpensQuote(int j) {
            int k = j;
            while (k > 0 && !newlineBetween(toks.get(k - 1).end(), toks.get(k).start())) {
                k--;
            }
            return isOpenMark(toks.get(k));
        }

        /**
         * A name that is the whole of a frame before a colon, at a line's start or after a dash
         * ("Carl Smith: "…"", "Polls agree - Carl Smith: "…""), as {start, end}; or null.
         */
        int @Nullable [] nameBeforeColon(int colon) {
            int s = colon;
            while (s > 0 && colon - s < 5 && isNameToken(toks.get(s - 1))
                    && !newlineBetween(toks.get(s - 1).end(), toks.get(s).start())) {
                s--;
            }
            if (s == colon) {
                return null;
            }
            boolean lineStart = s == 0 || newlineBetween(toks.get(s - 1).end(), toks.get(s).start());
            boolean afterDash = s > 0 && isDash(toks.get(s - 1));
            if (!(lineStart || afterDash) || NOT_NAMES.contains(toks.get(s).lemma())
                    || LABELS.contains(toks.get(colon - 1).text().toLowerCase(Locale.ROOT))) {
                return null;
            }
            return new int[] {s, colon};
        }

        /** A word of a name: capitalized, or all capitals ("NY Post"), or a title such as "Gov." or "Sen.". */
        boolean isNameToken(Token t) {
            String x = t.text();
            return !x.isEmpty() && Character.isUpperCase(x.charAt(0)) && !t.pos().equals("PUNCT")
                    && (t.pos().equals("PROPN") || looksLikeName(t) || x.length() <= 4 && x.equals(x.toUpperCase(Locale.ROOT)));
        }

        /** The sentence's subject, when it opens the sentence and a verb follows it before {@code limit}. */
        int @Nullable [] sentenceSubject(int sentStart, int limit) {
            int[] subj = subjectAt(sentStart, limit);
            if (subj != null) {
                return subj;
            }
            // "Hours later, Trump returned …": the subject after a short opening phrase.
            for (int c = sentStart + 1; c < Math.min(limit, sentStart + 7); c++) {
                if (toks.get(c).text().equals(",")) {
                    return subjectAt(c + 1, limit);
                }
                if (isBoundary(toks.get(c)) || toks.get(c).pos().equals("VERB")) {
                    break;
                }
            }
            return null;
        }

        /**
         * The subject of verb {@code k} when it follows "and" or "but" and has none of its own: the
         * first verb's ("Carson noted that … and quoted Reagan", "She voted for it but said …").
         */
        int @Nullable [] coordinatedSubject(int k, int sentStart) {
            return coordinated(k, sentStart) ? nearestSubject(verbGroupStart(k, sentStart) - 1, sentStart) : null;
        }

        /** Whether verb {@code k} follows "and" or "but" ("… and said", "… but has also said"). */
        boolean coordinated(int k, int sentStart) {
            int conj = verbGroupStart(k, sentStart) - 1;
            return conj > sentStart && Set.of("and", "but").contains(toks.get(conj).lemma());
        }

        /**
         * The subject of the clause that ends before token {@code end} (a participle's or a
         * coordinated verb's): the subject of its nearest finite verb, or the source of the frame
         * that verb is ("…," Law said, noting that …; he defended the plan, saying …).
         */
        int @Nullable [] nearestSubject(int end, int sentStart) {
            for (int j = end - 1; j >= sentStart && j >= end - 30; j--) {
                Token t = toks.get(j);
                if (t.text().equals(";") || t.text().equals("?") || t.text().equals("!")) {
                    return null;
                }
                if (used[j]) {
                    for (FoundAttribution a : out) {
                        CharSpan cue = a.cue();
                        CharSpan src = a.source();
                        if (cue != null && src != null && cue.start() <= t.start() && t.end() <= cue.end()) {
                            return new int[] {at.tokenAtOrAfter(src.start()), at.tokenAtOrAfter(src.end() - 1) + 1};
                        }
                    }
                    continue;
                }
                boolean finite = (t.pos().equals("VERB") && !t.text().endsWith("ing") || t.pos().startsWith("AUX"))
                        && !(j > sentStart && toks.get(j - 1).lemma().equals("to"));
                if (finite && !inSpeech[j]) {
                    int v = j;
                    while (v > sentStart && toks.get(v - 1).pos().startsWith("AUX")) {
                        v--;
                    }
                    int[] np = npLeft(v, sentStart);
                    if (np != null && !(np[1] - np[0] == 1 && Set.of("who", "which", "that").contains(toks.get(np[0]).lemma()))) {
                        return np;
                    }
                    j = v;
                }
            }
            return null;
        }

        int @Nullable [] subjectAt(int sentStart, int limit) {
            int i = sentStart;
            while (i < limit && (isOpenMark(toks.get(i)) || toks.get(i).pos().equals("PUNCT"))) {
                i++;
            }
            int[] subj = npRight(i);
            if (subj == null || subj[1] >= limit) {
                return null;
            }
            int v = subj[1];
            while (v < limit && (toks.get(v).pos().equals("ADV") || toks.get(v).pos().equals("AUX"))) {
                v++;
            }
            return v < limit && toks.get(v).pos().equals("VERB") ? subj : null;
        }

        void markFrame(Frame f) {
            for (int k = f.srcStart(); k < f.srcEnd(); k++) {
                used[k] = true;
            }
            for (int k = f.cueStart(); k < f.cueEnd(); k++) {
                used[k] = true;
            }
        }

        void markSpeech(CharSpan p) {
            for (int k = at.tokenAtOrAfter(p.start()); k < toks.size() && toks.get(k).start() < p.end(); k++) {
                inSpeech[k] = true;
            }
        }

        // ---------------------------------------------------------------- reported speech

        void indirect() {
            for (Sentence s : at.sentences()) {
                for (int k = s.firstToken(); k < s.endToken(); k++) {
                    if (used[k] || inSpeech[k]) {
                        continue;
                    }
                    if (isAccordingTo(k)) {
                        according(s, k);
                        continue;
                    }
                    if (toks.get(k).text().equals(":")) {
                        nameColonLine(s, k);
                        continue;
                    }
                    if (k == firstFree(s) && toks.get(k).lemma().equals("in")) {
                        inPoll(s, k);
                        continue;
                    }
                    if (stances && isEvidential(k)) {
                        evidential(s, k);
                    } else if (isCue(k) || stances && isStanceCue(k)) {
                        reported(s, k);
                    }
                }
            }
        }

        void according(Sentence s, int k) {
            int[] np = npRight(k + 2);
            if (np == null) {
                return;
            }
            List<CharSpan> content = new ArrayList<>();
            int first = firstFree(s);
            int last = lastContentToken(s);
            if (k <= first) {
                int c = np[1];
                if (c < s.endToken() && toks.get(c).text().equals(",")) {
                    c++;
                }
                addSpan(content, c, last);
            } else {
                int before = k;
                if (toks.get(before - 1).text().equals(",")) {
                    before--;
                }
                addSpan(content, first, before);
                int c = np[1];
                if (c <= last && toks.get(c).text().equals(",")) {
                    addSpan(content, c + 1, last);
                }
            }
            if (content.isEmpty() || overlapsSpeech(content)) {
                return;
            }
            markUsed(k, k + 2);
            markUsed(np[0], np[1]);
            out.add(new FoundAttribution(Kind.INDIRECT, content, span(np[0], np[1]), span(k, k + 2), 0.8,
                    "indirect.according-to", null));
        }

        /**
         * A line that opens with a name and a colon: a headline's "Smith: Taxes Will Rise" or a
         * transcript's "Smith: Well, no." The words after the colon, to the line's end, are the name's.
         */
        void nameColonLine(Sentence s, int colon) {
            int[] name = nameBeforeColon(colon);
            if (name == null || name[0] != s.firstToken() && !isDash(toks.get(name[0] - 1))) {
                return;
            }
            int c = colon + 1;
            int end = c;
            while (end < toks.size() && !newlineBetween(toks.get(end - 1).end(), toks.get(end).start())) {
                end++;
            }
            while (end > c && toks.get(end - 1).pos().equals("PUNCT") && !isCloseMark(toks.get(end - 1))) {
                end--;
            }
            if (end - c < 3 || used[c] || inSpeech[c]) {
                return;
            }
            List<CharSpan> content = new ArrayList<>();
            content.add(span(c, end));
            if (overlapsSpeech(content)) {
                return;
            }
            markUsed(name[0], colon + 1);
            markUsed(c, end);
            out.add(new FoundAttribution(Kind.INDIRECT, content, span(name[0], name[1]), span(colon, colon + 1), 0.5,
                    "indirect.name-colon", "A line that opens with a name and a colon: check that the words are the"
                            + " name's."));
        }

        /**
         * "In a CNN poll released Monday, 50 percent chose …": a poll, survey or study opening the
         * sentence is the source of what follows its comma.
         */
        void inPoll(Sentence s, int k) {
            int last = lastContentToken(s);
            int comma = -1;
            boolean poll = false;
            for (int j = k + 1; j < Math.min(last, k + 16); j++) {
                Token t = toks.get(j);
                if (t.text().equals(",")) {
                    comma = j;
                    break;
                }
                if (isBoundary(t)) {
                    return;
                }
                poll |= t.pos().equals("NOUN") && Cues.POLLS.contains(t.lemma());
            }
            if (!poll || comma < k + 2 || last - comma < 4 || !clauseFollows(comma + 1, last)) {
                return;
            }
            List<CharSpan> content = new ArrayList<>();
            addSpan(content, comma + 1, last);
            emit(content, new int[] {k + 1, comma}, k, k + 1, "indirect.in-poll", 0.6);
        }

        void reported(Sentence s, int k) {
            int cueEnd = phraseEnd(k);
            String lemma = toks.get(k).lemma();
            if (Cues.PHRASE_ONLY.contains(lemma) && cueEnd == k + 1) {
                return;
            }
            if (isPassive(k, s)) {
                return;
            }
            int first = firstFree(s);
            int last = lastContentToken(s);
            int[] np = npLeft(k, s.firstToken());
            if (np == null && k - 1 > first && toks.get(k - 1).text().equals(",")
                    && toks.get(k).text().endsWith("ing")) {
                // "Trump reversed himself, telling CBS that …": the subject is the sentence's.
                np = nearestSubject(k - 1, s.firstToken());
                if (np == null) {
                    np = sentenceSubject(s.firstToken(), k);
                }
                if (np != null) {
                    int c = skipAddressee(lemma, cueEnd, last);
                    if (c < last && toks.get(c).text().equals(",")) {
                        c++;
                    }
                    boolean that = c < last && toks.get(c).lemma().equals("that");
                    if (that) {
                        c++;
                    }
                    if (that || clauseFollows(c, last) || c < last && isOpenMark(toks.get(c))) {
                        List<CharSpan> content = new ArrayList<>();
                        addSpan(content, c, clauseEnd(c, last));
                        emit(content, np, k, cueEnd, "indirect.participle", 0.55);
                    } else if (c < last && toks.get(c).lemma().equals("to") && Cues.TO_CUES.contains(lemma)
                            && infinitive(c, last)) {
                        List<CharSpan> content = new ArrayList<>();
                        addSpan(content, c, clauseEnd(c, last));
                        emit(content, np, k, cueEnd, "indirect.intention", 0.5);
                    } else {
                        objectReport(s, k, cueEnd, np, last);
                    }
                    return;
                }
            }
            if (np == null && k - 1 > first && toks.get(k - 1).lemma().equals("and")) {
                // "Clinton celebrated …, and said it was …": the subject is the sentence's.
                int[] subj = npRight(first);
                if (subj != null && subj[1] < k && toks.get(subj[1]).pos().equals("VERB")) {
                    np = subj;
                }
            }
            boolean adjacent = np != null;
            if (np == null) {
                np = coordinatedSubject(k, s.firstToken());
            }
            // A verb after "and"/"but" whose subject is out of reach still reports: with no source.
            if (np != null || coordinated(k, s.firstToken())) {
                // "…, X said." and "…, X said, …": the reported words come first.
                if (adjacent && np != null && np[0] > first && toks.get(np[0] - 1).text().equals(",")) {
                    int after = skipTrailingAdjuncts(skipAddressee(lemma, cueEnd, last), last);
                    if (after >= last || toks.get(after).text().equals(",")) {
                        List<CharSpan> content = new ArrayList<>();
                        addSpan(content, first, np[0] - 1);
                        if (after < last) {
                            addSpan(content, after + 1, last);
                        }
                        emit(content, np, k, cueEnd, "indirect.said-after", 0.7);
                        return;
                    }
                }
                if (cueEnd > k + 1 && Set.of("to", "for").contains(toks.get(cueEnd - 1).lemma())) {
                    // "drew attention to the importance of …": the phrase takes what was said as its object.
                    List<CharSpan> content = new ArrayList<>();
                    addSpan(content, cueEnd, clauseEnd(cueEnd, last));
                    emit(content, np, k, cueEnd, "indirect.phrase", 0.6);
                    return;
                }
                int c = skipAddressee(lemma, cueEnd, last);
                boolean that = false;
                if (c < last && toks.get(c).lemma().equals("that") && !toks.get(c).pos().equals("DET")) {
                    c++;
                    that = true;
                } else if (c < last && (toks.get(c).text().equals(":") || toks.get(c).text().equals(","))) {
                    c++;
                }
                if (!that && c < last && toks.get(c).lemma().equals("to") && Cues.TO_CUES.contains(lemma)
                        && infinitive(c, last)) {
                    // "vowed to repeal the law", "declined to comment", "hopes to win": what was said or meant.
                    List<CharSpan> content = new ArrayList<>();
                    addSpan(content, c, clauseEnd(c, last));
                    emit(content, np, k, cueEnd, "indirect.intention", 0.55);
                    return;
                }
                if (!that && !(clauseFollows(c, last) && !Cues.CLAUSE_ONLY.contains(lemma) || clauseFollows(c, last)
                        && startsClause(c))) {
                    objectReport(s, k, cueEnd, np, last);
                    return;
                }
                int end = clauseEnd(c, last);
                List<CharSpan> content = new ArrayList<>();
                addSpan(content, c, end);
                emit(content, np, k, cueEnd, that ? "indirect.said-that" : "indirect.said", that ? 0.8 : 0.65);
                return;
            }
            // "…, said X."
            if (k > first && toks.get(k - 1).text().equals(",")) {
                int[] src = npRight(cueEnd);
                int after = src == null ? last : skipTrailingAdjuncts(src[1], last);
                if (src != null && (after >= last || toks.get(after).text().equals(","))) {
                    List<CharSpan> content = new ArrayList<>();
                    addSpan(content, first, k - 1);
                    emit(content, src, k, cueEnd, "indirect.said-after", 0.65);
                }
            }
        }

        /**
         * "Smith criticized the deal", "Jones called for a ceasefire", "Lee called him "a disgrace"":
         * what was said is the verb's object. Only for the verbs that report speech that way, or
         * when the object quotes the speaker's words.
         */
        void objectReport(Sentence s, int k, int cueEnd, int @Nullable [] np, int last) {
            String lemma = toks.get(k).lemma();
            String prep = Cues.OBJECT_CUES.get(lemma);
            int c = cueEnd;
            if (prep != null && !prep.isEmpty()) {
                if (c < last && toks.get(c).lemma().equals(prep)) {
                    c++;
                } else if (!Cues.SPEECH.contains(lemma)) {
                    return;
                }
            }
            int end = clauseEnd(c, last);
            for (int j = c; j < end; j++) {
                if (toks.get(j).text().equals(",") || toks.get(j).lemma().equals("because")) {
                    end = j;
                    break;
                }
            }
            boolean quoted = false;
            for (int j = c; j < end; j++) {
                quoted |= quoteOpenings.contains(toks.get(j).start()) && !isTitle(j);
            }
            if (TITLE_VERBS.contains(lemma) && cueEnd < last && isOpenMark(toks.get(cueEnd))) {
                return;
            }
            if (end - c < 1 || prep == null && !quoted || c < last && (toks.get(c).pos().equals("PUNCT")
                    && !isOpenMark(toks.get(c)) || toks.get(c).lemma().equals("to") && prep != null && prep.isEmpty())) {
                return;
            }
            List<CharSpan> content = new ArrayList<>();
            addSpan(content, c, end);
            emit(content, np, k, c > cueEnd ? c : cueEnd, quoted ? "indirect.mixed-quote" : "indirect.object",
                    quoted ? 0.55 : 0.45);
        }

        /**
         * Whether a quoted stretch is a title or a name that a phrase of its sentence holds: its first
         * mark follows, on the same line, a preposition, a determiner, a number or a naming verb
         * ("on "The Morning Show,"", "the three "rules"", "titled "Home,""), and it is short
         * or every word of it is capitalized.
         */
        boolean embeddedName(Quoted q) {
            int open = tokenIndexAfter(q.openMark());
            if (open <= 0 || open >= toks.size() || !isOpenMark(toks.get(open))) {
                return false;
            }
            Token prev = toks.get(open - 1);
            if (newlineBetween(prev.end(), q.openMark())) {
                return false;
            }
            String pos = prev.pos();
            boolean holder = pos.equals("ADP") || pos.equals("DET") || pos.equals("NUM")
                    || TITLE_VERBS.contains(prev.lemma());
            if (!holder || prev.lemma().equals("that")) {
                return false;
            }
            return isTitle(open) || words(q.parts()) <= 3;
        }

        /**
         * Whether the quotation mark at token {@code open} opens a name or title rather than words
         * said: after "called" or "titled", or every word capitalized ("The Long Road Home").
         */
        boolean isTitle(int open) {
            if (open > 0 && TITLE_VERBS.contains(toks.get(open - 1).lemma())) {
                return true;
            }
            int words = 0;
            for (int j = open + 1; j < toks.size() && !isCloseMark(toks.get(j)) && !isOpenMark(toks.get(j)); j++) {
                String x = toks.get(j).text();
                if (!Character.isLetter(x.charAt(0))) {
                    return false;
                }
                boolean minor = Set.of("of", "the", "a", "an", "and", "in", "on", "to", "for").contains(x);
                if (!minor && !Character.isUpperCase(x.charAt(0)) || j - open > 8) {
                    return false;
                }
                words++;
            }
            return words >= 2;
        }

        void emit(List<CharSpan> content, int @Nullable [] np, int k, int cueEnd, String rule, double conf) {
            if (content.isEmpty() || overlapsSpeech(content) || words(content) < 2) {
                return;
            }
            // Reported words that end inside a quotation end where it does.
            CharSpan last = content.getLast();
            for (Quoted q : quotes) {
                if (q.openMark() < last.end() && q.closeMark() >= last.end() && q.openMark() >= last.start()
                        && !newlineBetween(last.end(), q.closeMark())) {
                    content.set(content.size() - 1, new CharSpan(last.start(), q.closeMark() + 1));
                    break;
                }
            }
            String note;
            if (np == null) {
                conf = round(conf - 0.2);
                note = "The verb follows \"and\" or \"but\" and its subject was not found: who says this?";
            } else {
                markUsed(np[0], np[1]);
                note = isPronoun(np[0], np[1]) ? "The speaker is named by a pronoun: check who it is." : null;
            }
            markUsed(k, cueEnd);
            boolean stance = Cues.STANCES.contains(toks.get(k).lemma()) && !Cues.SPEECH.contains(toks.get(k).lemma());
            out.add(new FoundAttribution(stance ? Kind.STANCE : Kind.INDIRECT, content, np == null ? null : span(np[0], np[1]),
                    span(k, cueEnd), stance ? round(conf - 0.15) : conf, stance ? rule.replace("indirect.", "stance.")
                    : rule, stance ? "A stance, not speech: what the text says this source holds or wants." : note));
        }

        /** Whether token {@code c} is an infinitive's "to" ("vowed to fight"), not a preposition's. */
        boolean infinitive(int c, int last) {
            return c + 1 < last && toks.get(c).lemma().equals("to") && (toks.get(c).pos().equals("PART")
                    || toks.get(c + 1).pos().startsWith("VERB") || toks.get(c + 1).pos().startsWith("AUX"));
        }

        /** A verb that credits a belief, intention or stand but is no speech verb ("endorsed", "hopes to"). */
        boolean isStanceCue(int k) {
            Token t = toks.get(k);
            return t.pos().equals("VERB") && Cues.STANCES.contains(t.lemma()) && !isPassive(k, at.sentences()
                    .get(Math.max(0, at.sentenceAt(t.start()))));
        }

        /** "is expected to", "seems to", "appears to": a view credited to nobody named. */
        boolean isEvidential(int k) {
            Token t = toks.get(k);
            if (k + 2 >= toks.size() || !toks.get(k + 1).lemma().equals("to") || !toks.get(k + 2).pos().startsWith("VERB")
                    && !toks.get(k + 2).pos().startsWith("AUX")) {
                return false;
            }
            if (t.lemma().equals("seem") || t.lemma().equals("appear")) {
                return t.pos().equals("VERB");
            }
            int j = k - 1;
            while (j >= 0 && toks.get(j).pos().equals("ADV")) {
                j--;
            }
            return t.text().equalsIgnoreCase("expected") && j >= 0 && toks.get(j).lemma().equals("be");
        }

        void evidential(Sentence s, int k) {
            int v = k;
            while (v > s.firstToken() && (toks.get(v - 1).pos().equals("ADV") || toks.get(v - 1).pos().startsWith("AUX"))) {
                v--;
            }
            int[] subj = npLeft(v, s.firstToken());
            int last = lastContentToken(s);
            if (subj == null || used[subj[0]] || k + 1 >= last) {
                return;
            }
            List<CharSpan> content = new ArrayList<>();
            addSpan(content, subj[0], subj[1]);
            addSpan(content, k + 1, clauseEnd(k + 1, last));
            if (content.size() < 2 || overlapsSpeech(content)) {
                return;
            }
            markUsed(k, k + 1);
            out.add(new FoundAttribution(Kind.STANCE, content, null, span(k, k + 1), 0.3, "stance.evidential",
                    "A view credited to nobody named (\"is expected to\", \"seems to\")."));
        }

        int words(List<CharSpan> content) {
            int n = 0;
            for (CharSpan c : content) {
                n += countWords(c);
            }
            return n;
        }

        boolean overlapsSpeech(List<CharSpan> content) {
            for (FoundAttribution a : out) {
                if (a.kind() != Kind.DIRECT) {
                    continue;
                }
                for (CharSpan p : a.content()) {
                    for (CharSpan c : content) {
                        if (p.overlaps(c) && p.end() - p.start() > (c.end() - c.start()) / 2) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        /** Skips adverbs and short phrases of time and place after a frame: "said after the attacks." */
        int skipTrailingAdjuncts(int c, int last) {
            int j = c;
            while (j < last) {
                Token t = toks.get(j);
                if (t.pos().equals("ADV") || t.pos().equals("ADP") && !isAccordingTo(j) || isNpToken(j)) {
                    j++;
                } else {
                    break;
                }
            }
            return j - c <= 8 ? j : c;
        }

        /** Skips the person told ("told reporters", "assured him") and a short place or time ("in a statement"). */
        int skipAddressee(String lemma, int c, int last) {
            if (Cues.WITH_ADDRESSEE.contains(lemma)) {
                int[] obj = npRight(c);
                if (obj != null && obj[1] <= last) {
                    // "told the National Post he would run": the pronoun opens the reported clause.
                    for (int j = obj[0] + 1; j < obj[1]; j++) {
                        Token t = toks.get(j);
                        if (t.pos().equals("PRON") && SUBJECT_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                            obj = new int[] {obj[0], j};
                            break;
                        }
                    }
                    c = obj[1];
                }
            }
            // "said Friday that …", "said earlier this week that …"
            int time = timeEnd(c, last);
            if (time > c && time < last && (isThat(toks.get(time)) || startsClause(time))) {
                return time;  // "said Friday he would run"
            }
            // "said in a statement that …", "said on Monday that …", "said Friday in an interview that …"
            int a = time < last && toks.get(time).pos().equals("ADP") ? time : c;
            if (a < last && toks.get(a).pos().equals("ADP") && CLAUSE_PREPOSITIONS.contains(toks.get(a).lemma())) {
                for (int j = a + 1; j < Math.min(last, a + 9); j++) {
                    Token t = toks.get(j);
                    if (isThat(t)) {
                        return j;
                    }
                    if (t.pos().startsWith("VERB") || t.pos().startsWith("AUX") || isBoundary(t)) {
                        break;
                    }
                }
            }
            return c;
        }

        boolean isThat(Token t) {
            return t.lemma().equals("that") && (t.pos().equals("SCONJ") || t.pos().equals("PRON"));
        }

        /** Where a time expression that starts at token {@code c} ends ("Friday", "earlier this week"); {@code c} if none. */
        int timeEnd(int c, int last) {
            int j = c;
            while (j < last && TIME_MODIFIERS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))) {
                j++;
            }
            int heads = j;
            while (j < last && (TIME_HEADS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                    || j > heads && toks.get(j).pos().equals("NUM"))) {
                j++;
            }
            return j > heads ? j : c;
        }

        boolean clauseFollows(int c, int last) {
            if (c >= last) {
                return false;
            }
            Token t = toks.get(c);
            if (t.pos().equals("PUNCT") || t.pos().equals("ADP") || t.pos().equals("CCONJ") || t.lemma().equals("to")
                    || t.pos().equals("PART")) {
                return false;
            }
            for (int j = c; j < Math.min(last, c + 12); j++) {
                String p = toks.get(j).pos();
                if (j == c && p.equals("VERB") && t.text().endsWith("ing")) {
                    continue;  // "said legalizing it could …": a gerund opens the clause as its subject
                }
                if (p.startsWith("VERB") || p.startsWith("AUX") || p.contains("+AUX") || p.contains("+VERB")) {
                    return j > c || p.contains("+");
                }
                // A quotation inside the reported clause does not end it: "said Cruz "has courage"".
                Token t2 = toks.get(j);
                if (isBoundary(t2) && !isOpenMark(t2) && !isCloseMark(t2)) {
                    return false;
                }
            }
            return false;
        }

        /** A clause that starts with its own subject ("they discussed …"), not an object ("the plan"). */
        boolean startsClause(int c) {
            Token t = toks.get(c);
            return t.pos().startsWith("PRON") && !t.lemma().equals("it") || t.pos().equals("SCONJ")
                    || t.lemma().equals("whether") || t.lemma().equals("if");
        }

        /** The end (exclusive token index) of a reported clause: before ", speaking at …" and similar. */
        int clauseEnd(int c, int last) {
            for (int j = c + 1; j < last; j++) {
                Token t = toks.get(j);
                if (t.text().equals(",") && j + 1 < last) {
                    Token n = toks.get(j + 1);
                    if (n.pos().equals("VERB") && n.text().endsWith("ing") || isAccordingTo(j + 1)) {
                        return j;
                    }
                }
                if (t.text().equals(";")) {
                    return j;
                }
            }
            return last;
        }

        boolean isPassive(int k, Sentence s) {
            int j = k - 1;
            while (j >= s.firstToken() && toks.get(j).pos().equals("ADV")) {
                j--;
            }
            return j >= s.firstToken() && toks.get(j).lemma().equals("be") && toks.get(k).text().endsWith("ed")
                    || j >= s.firstToken() && toks.get(j).lemma().equals("be") && toks.get(k).text().equals("said");
        }

        /** The first token of the sentence that is not part of a quote's frame or speech. */
        int firstFree(Sentence s) {
            int i = s.firstToken();
            while (i < s.endToken() && (isOpenMark(toks.get(i)) || toks.get(i).pos().equals("PUNCT"))) {
                i++;
            }
            return i;
        }

        /** The exclusive end token of a sentence's content: before its final punctuation. */
        int lastContentToken(Sentence s) {
            int e = s.endToken();
            while (e > s.firstToken() && toks.get(e - 1).pos().equals("PUNCT")) {
                e--;
            }
            return e;
        }

        void addSpan(List<CharSpan> content, int fromTok, int toTok) {
            int e = toTok;
            while (e > fromTok && toks.get(e - 1).pos().equals("PUNCT") && !isCloseMark(toks.get(e - 1))) {
                e--;
            }
            if (e > fromTok) {
                content.add(span(fromTok, e));
            }
        }

        void markUsed(int from, int to) {
            for (int k = from; k < to; k++) {
                used[k] = true;
            }
        }

        // ---------------------------------------------------------------- noun phrases and cues

        boolean isCue(int k) {
            if (k < 0 || k >= toks.size()) {
                return false;
            }
            Token t = toks.get(k);
            String lemma = t.lemma();
            if (!Cues.SPEECH.contains(lemma) && !Cues.PHRASES.containsKey(lemma)) {
                return false;
            }
            if (Cues.PHRASE_ONLY.contains(lemma) && phraseEnd(k) == k + 1) {
                return false;
            }
            if (t.pos().equals("VERB")) {
                return true;
            }
            return ALWAYS_CUE_FORMS.contains(t.text().toLowerCase(Locale.ROOT))
                    && (k == 0 || !toks.get(k - 1).pos().equals("DET"));
        }

        int phraseEnd(int k) {
            var phrases = Cues.PHRASES.get(toks.get(k).lemma());
            if (phrases == null) {
                return k + 1;
            }
            for (List<String> p : phrases) {
                boolean ok = k + p.size() < toks.size();
                for (int i = 0; ok && i < p.size(); i++) {
                    ok = toks.get(k + 1 + i).lemma().equals(p.get(i));
                }
                if (ok) {
                    return k + 1 + p.size();
                }
            }
            return k + 1;
        }

        boolean isAccordingTo(int k) {
            return k + 1 < toks.size() && toks.get(k).text().equalsIgnoreCase("according")
                    && toks.get(k + 1).text().equalsIgnoreCase("to");
        }

        boolean isNpToken(int k) {
            Token t = toks.get(k);
            String p = t.pos();
            String l = t.lemma();
            if (p.endsWith("+PART") && (p.startsWith("NOUN") || p.startsWith("PROPN"))) {
                return true;  // "union's", "workers'": one token for the noun and its possessive
            }
            return switch (p) {
                case "PROPN", "NOUN", "NUM", "ADJ" -> true;
                case "DET" -> !l.equals("that") && !l.equals("which") && !l.equals("what");
                case "PRON" -> Cues.PERSONAL_PRONOUNS.contains(l) || l.equals("his") || l.equals("its")
                        || l.equals("their") || l.equals("our") || l.equals("my") || l.equals("your")
                        || l.equals("her");
                case "ADP" -> l.equals("of") || looksLikeName(t) && !FUNCTION_WORDS.contains(l);
                case "CCONJ" -> l.equals("and") || l.equals("&");
                case "SCONJ", "AUX" -> looksLikeName(t) && !FUNCTION_WORDS.contains(l);
                // "Trump said": a name the tagger takes for a verb, when a verb follows it.
                case "VERB" -> looksLikeName(t) && k + 1 < toks.size()
                        && (toks.get(k + 1).pos().equals("VERB") || toks.get(k + 1).pos().equals("AUX"))
                        // "a Quinnipiac University poll released …": the tagger takes the noun for a verb.
                        || Cues.POLLS.contains(l) && k > 0 && Set.of("DET", "PROPN", "ADJ").contains(toks.get(k - 1).pos());
                case "PART" -> t.text().equals("'s") || t.text().equals("’s") || t.text().equals("'")
                        || t.text().equals("’");
                case "PUNCT" -> t.text().equals("(") || t.text().equals(")") || t.text().equals("-") || isPossessive(t);
                case "SYM" -> l.equals("&");
                // The tagger takes some names for adverbs ("Aliyev drew attention to").
                case "ADV", "X", "INTJ" -> looksLikeName(t);
                default -> false;
            };
        }

        boolean looksLikeName(Token t) {
            String x = t.text();
            return x.length() > 1 && Character.isUpperCase(x.charAt(0)) && Character.isLowerCase(x.charAt(1))
                    && !NOT_NAMES.contains(t.lemma()) && !t.pos().equals("PUNCT");
        }

        boolean allNp(int from, int to) {
            for (int k = from; k < to; k++) {
                if (!isNpToken(k)) {
                    return false;
                }
            }
            return !weakEdge(from) && !weakEdge(to - 1);
        }

        boolean weakEdge(int k) {
            Token t = toks.get(k);
            String p = t.pos();
            boolean name = looksLikeName(t) && !FUNCTION_WORDS.contains(t.lemma());
            return p.equals("ADP") && !name || p.equals("CCONJ") || p.equals("PART") && k == 0;
        }

        /** The noun phrase that starts at token {@code k}, as {start, end}, or null. */
        int @Nullable [] npRight(int k) {
            int e = k;
            while (e < toks.size() && isNpToken(e) && !newlineBetween(toks.get(Math.max(k, e - 1)).end(),
                    toks.get(e).start())) {
                e++;
            }
            while (e > k && (weakEdge(e - 1) || toks.get(e - 1).text().equals("("))) {
                e--;
            }
            if (e == k || weakEdge(k) || !hasHead(k, e) || !balanced(k, e)) {
                return null;
            }
            return new int[] {k, e};
        }

        /**
         * A speaker's noun phrase after a cue, with its appositive when one follows ("said Jon Smith, an
         * analyst with the Center for …"): the source is every word that says who the speaker is.
         */
        int @Nullable [] npRightWithAppositive(int k) {
            int[] np = npRight(k);
            if (np == null) {
                return null;
            }
            int e = np[1];
            // ", 34, a North Dakota native who …": ages, appositives and relative clauses, to the next comma.
            for (int round = 0; round < 3; round++) {
                if (e + 1 >= toks.size() || !toks.get(e).text().equals(",")
                        || newlineBetween(toks.get(e).end(), toks.get(e + 1).start())) {
                    break;
                }
                int end = insertionEnd(e + 1);
                if (end < 0) {
                    break;
                }
                e = end;
            }
            return new int[] {np[0], e};
        }

        /**
         * Where an insertion that starts at token {@code a} ends (an age, an appositive, a relative
         * clause), when it ends at a comma or the sentence's end; -1 when it is no insertion.
         */
        int insertionEnd(int a) {
            if (a >= toks.size()) {
                return -1;
            }
            Token first = toks.get(a);
            boolean relative = Set.of("who", "which", "whose", "whom").contains(first.lemma());
            int end = a;
            while (end < toks.size() && end < a + 40) {
                Token t = toks.get(end);
                if (isBoundary(t) || t.text().equals(",") || newlineBetween(toks.get(Math.max(a, end - 1)).end(),
                        t.start())) {
                    break;
                }
                if (!relative && !(isNpToken(end) || t.pos().equals("ADP") && !isAccordingTo(end))) {
                    if (Set.of("who", "which", "whose").contains(t.lemma()) && end > a) {
                        relative = true;
                    } else {
                        return -1;
                    }
                }
                if (relative && isCue(end) && !t.text().endsWith("ing") && end > a + 1
                        && !Set.of("who", "which").contains(toks.get(end - 1).lemma())) {
                    // "…, who said …": the insertion is itself a report, not a description.
                    return -1;
                }
                end++;
            }
            while (end > a && weakEdge(end - 1)) {
                end--;
            }
            if (end == a || !(relative || hasHead(a, end) || end == a + 1 && first.pos().equals("NUM"))
                    || !balanced(a, end)) {
                return -1;
            }
            return end;
        }

        boolean balanced(int s, int e) {
            int depth = 0;
            for (int k = s; k < e; k++) {
                String x = toks.get(k).text();
                if (x.equals("(")) {
                    depth++;
                } else if (x.equals(")")) {
                    depth--;
                    if (depth < 0) {
                        return false;
                    }
                }
            }
            return depth == 0;
        }

        /** The subject noun phrase that ends before cue {@code k}, as {start, end}, or null. */
        int @Nullable [] npLeft(int k, int sentStart) {
            int e = verbGroupStart(k, sentStart);
            // "A poll released last week found": the participle and its time describe the subject.
            int time = timeStart(e, sentStart);
            if (time < e && time - 1 > sentStart && PUBLISHED.contains(toks.get(time - 1).text())
                    && isNpToken(time - 2)) {
                int[] np = npLeft(time - 1, sentStart);
                return np == null || np[1] != time - 1 ? null : new int[] {np[0], e};
            }
            // "Lee won the vote and said …": a subject never ends with a conjunction; the verb is
            // coordinated, and its subject is the first verb's (found by the caller).
            if (e - 1 > sentStart && toks.get(e - 1).pos().equals("CCONJ")) {
                return null;
            }
            // "Levine, who has given money to Rubio, said", "Smith, a delegate from Ohio, said"
            if (e - 1 > sentStart && toks.get(e - 1).text().equals(",")) {
                int[] np = npBeforeInsertion(e - 1, sentStart);
                if (np != null) {
                    return np;
                }
                return null;
            }
            int s = e;
            while (s > sentStart && isNpToken(s - 1)) {
                s--;
            }
            while (s < e && (weakEdge(s) || toks.get(s).text().equals(")"))) {
                s++;
            }
            // "Trump replied": a lone capitalized word opening the sentence that the tagger takes for an adjective.
            boolean loneName = e - s == 1 && e == k && toks.get(s).pos().equals("ADJ") && looksLikeName(toks.get(s))
                    && isCue(k) && toks.get(k).pos().equals("VERB");
            if (s == e || !hasHead(s, e) && !loneName || !balanced(s, e)) {
                return null;
            }
            // A pronoun takes no modifiers: "Saturday he announced", "videos he calls".
            Token lastTok = toks.get(e - 1);
            if (lastTok.pos().equals("PRON") && OBJECT_PRONOUNS.contains(lastTok.text().toLowerCase(Locale.ROOT))) {
                // "a source close to him said", "people familiar with them say": the pronoun ends a modifier.
                int j = e - 2;
                if (j > sentStart && toks.get(j).pos().equals("ADP")) {
                    j--;
                    while (j > sentStart && (toks.get(j).pos().equals("ADJ") || toks.get(j).pos().equals("ADV"))) {
                        j--;
                    }
                    int s3 = j + 1;
                    while (s3 > sentStart && isNpToken(s3 - 1)) {
                        s3--;
                    }
                    while (s3 < j + 1 && weakEdge(s3)) {
                        s3++;
                    }
                    if (s3 <= j && hasHead(s3, j + 1)) {
                        return new int[] {s3, e};
                    }
                }
                return null;
            }
            if (lastTok.pos().equals("PRON") && e - 1 > s) {
                return new int[] {e - 1, e};
            }
            while (s < e - 1 && TIME_WORDS.contains(toks.get(s).lemma())) {
                s++;
            }
            if (s - 2 >= sentStart && toks.get(s - 1).pos().equals("ADP") && !toks.get(s - 1).lemma().equals("of")
                    && isNpToken(s - 2)) {
                int s2 = s - 1;
                while (s2 > sentStart && isNpToken(s2 - 1)) {
                    s2--;
                }
                while (s2 < s - 1 && weakEdge(s2)) {
                    s2++;
                }
                boolean clauseStart = s2 == sentStart || toks.get(s2 - 1).text().equals(",")
                        || toks.get(s2 - 1).pos().equals("SCONJ") || toks.get(s2 - 1).pos().equals("CCONJ");
                if (clauseStart && hasHead(s2, s - 1)) {
                    boolean name = Character.isUpperCase(toks.get(s).text().charAt(0))
                            && Character.isUpperCase(toks.get(s - 2).text().charAt(0));
                    if (ADJUNCT_PREPOSITIONS.contains(toks.get(s - 1).lemma()) && !name) {
                        // "Ilham Aliyev in his statement stressed": the subject stands before the phrase.
                        return new int[] {s2, s - 1};
                    }
                    // "The deputy head of the delegation to the forum said", "The Commission on Presidential
                    // Debates says": the phrase is the subject's.
                    return new int[] {s2, e};
                }
            }
            return new int[] {s, e};
        }

        /**
         * Where the words before verb {@code k} that belong to the verb, not to its subject, start:
         * auxiliaries, adverbs, "not", and a time ("has on Tuesday also said", "this month announced").
         */
        int verbGroupStart(int k, int sentStart) {
            int e = k;
            while (true) {
                while (e > sentStart && PRE_CUE_SKIPS.contains(toks.get(e - 1).pos())
                        && !toks.get(e - 1).text().equals("'s") && !looksLikeName(toks.get(e - 1))) {
                    e--;
                }
                int time = timeStart(e, sentStart);
                if (time == e || time <= sentStart || PUBLISHED.contains(toks.get(time - 1).text())) {
                    return e;
                }
                e = time;
            }
        }

        /**
         * Where a time expression that ends before token {@code e} starts ("on Tuesday", "this
         * month", "in late August", "earlier this year", "Sept. 12"); {@code e} when none ends there.
         */
        int timeStart(int e, int sentStart) {
            int j = e - 1;
            while (j > sentStart && toks.get(j).pos().equals("NUM")) {
                j--;
            }
            if (j < sentStart || !TIME_HEADS.contains(toks.get(j).text().toLowerCase(Locale.ROOT))
                    || j > 0 && toks.get(j - 1).end() == toks.get(j).start()) {
                return e;  // not "early-morning", a compound
            }
            // "May" alone is as likely a name or a verb as the month.
            if (toks.get(j).text().equals("May") && j == e - 1) {
                return e;
            }
            while (j > sentStart && TIME_MODIFIERS.contains(toks.get(j - 1).text().toLowerCase(Locale.ROOT))) {
                j--;
            }
            return j;
        }

        /**
         * The subject before an insertion that ends with the comma at {@code comma}: the subject and
         * the insertion together, as PolNeAR and a reader take them ("Levine, who has given …").
         */
        int @Nullable [] npBeforeInsertion(int comma, int sentStart) {
            boolean relativeSeen = false;
            for (int p = comma - 1; p > sentStart && p > comma - 40; p--) {
                Token t = toks.get(p);
                if (isBoundary(t) || !relativeSeen && isCue(p) && p < comma - 1 && !t.text().endsWith("ing")
                        && !Set.of("who", "which").contains(toks.get(p - 1).lemma())) {
                    return null;
                }
                if (Set.of("who", "which", "whose", "whom").contains(t.lemma())) {
                    relativeSeen = true;
                }
                if (t.text().equals(",")) {
                    Token first = toks.get(p + 1);
                    boolean relative = Set.of("who", "which", "whose", "whom").contains(first.lemma());
                    boolean appositive = isNpToken(p + 1) || first.pos().equals("VERB") && first.text().endsWith("ing");
                    if (!relative && !appositive) {
                        return null;
                    }
                    int s = p;
                    while (s > sentStart && isNpToken(s - 1)) {
                        s--;
                    }
                    while (s < p && weakEdge(s)) {
                        s++;
                    }
                    if (s == p) {
                        return null;
                    }
                    if (!hasHead(s, p)) {
                        // "Ghazal, 39, a Lebanese man …, told": an age before the appositive.
                        if (s > sentStart + 1 && toks.get(s - 1).text().equals(",") && p - s <= 2) {
                            int[] before = npBeforeInsertion(s - 1, sentStart);
                            return before == null ? null : new int[] {before[0], comma};
                        }
                        return null;
                    }
                    return new int[] {s, comma};
                }
            }
            return null;
        }

        boolean hasHead(int s, int e) {
            for (int k = s; k < e; k++) {
                String p = toks.get(k).pos();
                if (p.equals("PROPN") || p.equals("NOUN") || p.equals("PRON")) {
                    return true;
                }
                if (!p.equals("ADJ") && looksLikeName(toks.get(k))) {
                    return true;
                }
                // The tagger takes some names for adjectives ("Earnest responded").
                if (p.equals("ADJ") && Character.isUpperCase(toks.get(k).text().charAt(0)) && k > 0
                        && !startsSentence(toks.get(k).start())) {
                    return true;
                }
            }
            return false;
        }

        boolean isPronoun(int s, int e) {
            return e - s == 1 && toks.get(s).pos().equals("PRON");
        }

        boolean isBoundary(Token t) {
            String x = t.text();
            return x.equals(".") || x.equals("!") || x.equals("?") || x.equals(";") || isOpenMark(t)
                    || isCloseMark(t) && !isPossessive(t);
        }

        /** An apostrophe glued to the word before it ("Sanders’ campaign") is no quotation mark. */
        boolean isPossessive(Token t) {
            String x = t.text();
            if (!(x.equals("’") || x.equals("'")) || t.start() == 0) {
                return false;
            }
            char before = text.charAt(t.start() - 1);
            return Character.isLetter(before) && (t.end() >= text.length() || !Character.isLetter(text.charAt(t.end()))
                    || text.charAt(t.end()) == 's');
        }

        /**
         * Where a signature that starts at token {@code from} ends: one to six words of a name
         * ("Ana Ruiz", "Jon B. Hale"), then an optional full stop, then the end of the line; -1 if
         * the rest of the line is anything else.
         */
        int signatureEnd(int from) {
            int j = from;
            while (j < toks.size() && j - from < 6 && !newlineBetween(toks.get(j - 1).end(), toks.get(j).start())
                    && (looksLikeName(toks.get(j)) || j > from && isInitial(toks.get(j)))) {
                j++;
            }
            if (j == from) {
                return -1;
            }
            int end = j;
            if (j < toks.size() && toks.get(j).text().equals(".")
                    && !newlineBetween(toks.get(j - 1).end(), toks.get(j).start())) {
                j++;
            }
            return j >= toks.size() || newlineBetween(toks.get(j - 1).end(), toks.get(j).start()) ? end : -1;
        }

        /** An initial of a name: "B." or "B". */
        boolean isInitial(Token t) {
            String x = t.text();
            return (x.length() == 1 || x.length() == 2 && x.charAt(1) == '.') && Character.isUpperCase(x.charAt(0));
        }

        boolean isDash(Token t) {
            return DASHES.contains(t.text());
        }

        boolean isOpenMark(Token t) {
            return t.text().length() == 1 && "\"“„«‘‹".indexOf(t.text().charAt(0)) >= 0 || t.text().equals("''");
        }

        boolean isCloseMark(Token t) {
            return t.text().length() == 1 && "\"”»’›".indexOf(t.text().charAt(0)) >= 0 || t.text().equals("''");
        }

        int sentenceStartToken(int k) {
            if (k < 0) {
                return 0;
            }
            int si = at.sentenceAt(toks.get(k).start());
            return si < 0 ? 0 : at.sentences().get(si).firstToken();
        }

        int tokenIndexAfter(int offset) {
            return at.tokenAtOrAfter(offset);
        }

        boolean newlineBetween(int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    return true;
                }
            }
            return false;
        }

        CharSpan span(int fromTok, int toTok) {
            return new CharSpan(toks.get(fromTok).start(), toks.get(toTok - 1).end());
        }

        static double round(double d) {
            return Math.max(0, Math.min(1, Math.round(d * 100) / 100.0));
        }
    }
}
