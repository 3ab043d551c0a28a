package app.verbatim.draft.attribution;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speech and reporting verbs the finder knows, by lemma. Our own list, written for this
 * project from the reporting verbs of English usage guides and of news style (say, tell, add,
 * stress…), then ordered and extended by how often each cue occurs in PolNeAR's train split
 * (counts only; no text of it is kept here). "think" and "know" are left out: on train they
 * framed clauses PolNeAR attributes almost never (none of 27 "think" reports matched one).
 */
final class Cues {

    private Cues() {
    }

    private static Set<String> set(String... words) {
        return Set.copyOf(List.of(words));
    }

    /** Verbs that frame a direct quote or a reported clause: "X said (that) …", "…," X stressed. */
    static final Set<String> SPEECH = set(
            "say", "tell", "add", "state", "stress", "emphasize", "emphasise", "explain", "note", "claim", "argue",
            "insist", "assert", "declare", "announce", "report", "write", "tweet", "post", "ask", "answer", "reply",
            "respond", "retort", "warn", "urge", "suggest", "propose", "predict", "promise", "pledge", "vow", "admit",
            "acknowledge", "concede", "confirm", "deny", "reveal", "disclose", "recall", "remind", "mention",
            "comment", "remark", "observe", "conclude", "continue", "complain", "contend", "maintain", "allege",
            "testify", "inform", "assure", "reassure", "agree", "concur", "believe", "estimate", "hope",
            "fear", "worry", "recommend", "demand", "caution", "boast", "joke", "quip", "shout", "yell", "whisper",
            "mutter", "exclaim", "lament", "affirm", "reiterate", "repeat", "indicate", "hint", "imply",
            "speculate", "wonder", "question", "counter", "protest", "object", "proclaim", "advise", "plead",
            "explain", "elaborate", "clarify", "summarize", "summarise", "complain", "charge", "accuse", "cite",
            "quote", "describe", "put", "recount", "acknowledge", "concede", "confess", "grumble", "scoff",
            "sigh", "snap", "laugh", "smile", "cry", "read", "begin", "start", "go", "offer", "interject",
            "write", "blog", "text", "email", "tell", "call", "order", "forecast", "project", "calculate",
            "find", "show", "feel", "expect", "doubt", "figure", "reckon", "guess", "surmise", "judge",
            "determine", "rule", "announce", "brag", "thunder", "declare", "point", "stress", "emphasize",
            "underline", "underscore", "highlight", "welcome", "praise", "criticize", "criticise", "slam", "blast",
            "reject", "dismiss", "dispute", "challenge", "say");

    /**
     * Verbs that are speech only with a reported clause after them (or next to a quote): alone
     * they more often mean something else ("continued the work", "found the keys").
     */
    static final Set<String> CLAUSE_ONLY = set(
            "continue", "find", "show", "feel", "expect", "figure", "judge", "determine", "rule", "begin",
            "start", "go", "offer", "read", "put", "call", "order", "project", "calculate", "laugh", "smile", "cry",
            "sigh", "snap", "welcome", "praise", "criticize", "criticise", "slam", "blast", "reject", "dismiss",
            "dispute", "challenge", "point", "underline", "underscore", "highlight", "question", "object",
            "charge", "accuse", "describe", "cite", "quote", "answer", "counter", "worry", "hope", "fear",
            "write",
            "believe", "doubt", "guess", "wonder", "mention", "post", "text", "email", "blog", "observe", "note");

    /**
     * Verbs whose object is what was said or stood for ("criticized the deal", "called for a
     * ceasefire", "talked about jobs"): reported speech without a clause. With the preposition
     * they take, when they take one.
     */
    static final Map<String, String> OBJECT_CUES = Map.ofEntries(
            Map.entry("call", "for"), Map.entry("talk", "about"), Map.entry("speak", "about"),
            Map.entry("refer", "to"), Map.entry("criticize", ""), Map.entry("criticise", ""), Map.entry("praise", ""),
            Map.entry("endorse", ""), Map.entry("accuse", ""), Map.entry("describe", ""), Map.entry("defend", ""),
            Map.entry("urge", ""), Map.entry("attack", ""), Map.entry("oppose", ""), Map.entry("reject", ""),
            Map.entry("blame", ""), Map.entry("announce", ""), Map.entry("promise", ""), Map.entry("pledge", ""),
            Map.entry("vow", ""), Map.entry("propose", ""), Map.entry("deny", ""), Map.entry("question", ""),
            Map.entry("dismiss", ""), Map.entry("denounce", ""), Map.entry("blast", ""), Map.entry("slam", ""),
            Map.entry("applaud", ""), Map.entry("credit", ""), Map.entry("condemn", ""), Map.entry("mock", ""),
            Map.entry("hail", ""), Map.entry("welcome", ""), Map.entry("demand", ""), Map.entry("recommend", ""),
            Map.entry("predict", ""), Map.entry("acknowledge", ""), Map.entry("admit", ""), Map.entry("confirm", ""),
            Map.entry("discuss", ""), Map.entry("mention", ""), Map.entry("cite", ""), Map.entry("decry", ""),
            Map.entry("dispute", ""), Map.entry("challenge", ""), Map.entry("label", ""), Map.entry("brand", ""),
            Map.entry("warn", "of"), Map.entry("complain", "about"), Map.entry("ask", "for"),
            Map.entry("argue", "for"), Map.entry("push", "for"), Map.entry("lash", "out"), Map.entry("back", ""),
            Map.entry("favor", ""), Map.entry("favour", ""));

    /**
     * Verbs that credit a belief, an intention or a stand but are no speech: found only as
     * stances ({@link AttributionFinder#findWithStances}), never as quotes.
     */
    static final Set<String> STANCES = set(
            "endorse", "oppose", "back", "favor", "favour", "defend", "blame", "mock", "attack",
            "denounce", "condemn", "applaud", "hail", "decry", "discuss", "refer", "talk", "refuse", "decline",
            "seek", "think", "threaten");

    /** Verbs that report what was said or meant with a to-infinitive: "vowed to …", "declined to …". */
    static final Set<String> TO_CUES = set(
            "vow", "promise", "pledge", "threaten", "refuse", "decline", "seek", "hope",
            "agree", "offer", "expect", "urge", "ask", "tell", "warn", "advise", "order", "call", "demand");

    /** Verbs whose first complement is the person told: "told reporters that …". */
    static final Set<String> WITH_ADDRESSEE = set(
            "tell", "inform", "assure", "reassure", "remind", "warn", "ask", "advise", "urge", "promise", "caution",
            "email", "text", "answer");

    /** Particles and phrases that belong to the cue: "called on", "pointed out", "went on". */
    static final Map<String, List<List<String>>> PHRASES = Map.of(
            "call", List.of(List.of("on")),
            "point", List.of(List.of("out")),
            "go", List.of(List.of("on")),
            "draw", List.of(List.of("attention", "to")),
            "make", List.of(List.of("clear"), List.of("it", "clear")),
            "speak", List.of(List.of("out")),
            "sum", List.of(List.of("up")),
            "put", List.of(List.of("it")));

    /** Phrasal cues that exist only as phrases: the head verb alone is no cue. */
    static final Set<String> PHRASE_ONLY = Set.of("draw", "make", "speak", "sum", "go", "point", "put");

    /** What a finding comes from when no one speaks: "In a CNN poll, …", "the survey found …". */
    static final Set<String> POLLS = set("poll", "survey", "study", "report", "analysis", "census", "audit",
            "review", "investigation", "exit-poll");

    /** Pronouns that can name a speaker. */
    static final Set<String> PERSONAL_PRONOUNS = Set.of(
            "he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "me", "us");
}
