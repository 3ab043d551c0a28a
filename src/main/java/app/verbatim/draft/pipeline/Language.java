package app.verbatim.draft.pipeline;

import app.verbatim.draft.ReviewItem;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Whether the drafter reads the text: it reads English, and says so when it does not. */
public record Language(String tag, boolean english, @Nullable ReviewItem review) {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "in", "a", "is", "that", "for", "on",
            "was", "with", "he", "she", "it", "as", "said", "by", "at", "from", "his", "her", "be", "are", "have", "has", "we", "will");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    public static Language of(@Nullable String given, String text) {
        if (given != null && !given.isBlank()) {
            String tag = given.strip();
            boolean english = tag.toLowerCase(Locale.ROOT).equals("en") || tag.toLowerCase(Locale.ROOT).startsWith("en-");
            return new Language(tag, english, english ? null : new ReviewItem("language", 0.0, "language.unsupported",
                    "The drafter reads English only; this draft has the text's structure and notes, no quotes, people or events."));
        }
        var m = WORD.matcher(text);
        int words = 0;
        int function = 0;
        while (m.find() && words < 2000) {
            words++;
            if (FUNCTION_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                function++;
            }
        }
        // English running text has a function word in every four or five; a list of names or
        // another language has far fewer.
        if (words >= 8 && function * 10 < words) {
            return new Language("und", false, new ReviewItem("language", 0.2, "language.not_english",
                    "The text does not read as English; the draft has its structure and notes only. Give its language if it is English."));
        }
        return new Language("en", true, null);
    }
}
