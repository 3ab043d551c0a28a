package app.verbatim.quote;

import app.verbatim.article.ArticleRecordRow;
import app.verbatim.shared.TextSpan;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One quotation in PARC terms: who says it (the speaker, and the {@code source} words that name
 * them), the {@code cue} that introduces it, and the {@code content}.
 */
@Entity
@SequenceGenerator(sequenceName = "quote_id_seq", allocationSize = 50)
class Quote extends ArticleRecordRow {

    long speakerId;
    @Enumerated(EnumType.STRING)
    QuoteKind kind;
    @Embedded
    TextSpan source;
    @Embedded
    TextSpan cue;
    @Embedded
    TextSpan content;
    @Nullable String channelName;
    @Embedded
    @Nullable TextSpan channelSpan;

    @ElementCollection
    @CollectionTable(name = "quote_topic", joinColumns = @JoinColumn(name = "quote_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "topic_id")
    List<Long> topicIds = new ArrayList<>();

    protected Quote() {
        var none = new TextSpan(0, 0, "", null, null);
        this.kind = QuoteKind.DIRECT;
        this.source = none;
        this.cue = none;
        this.content = none;
    }

    Quote(long articleId, int ordinal, NewQuote q) {
        super(articleId, ordinal);
        this.kind = q.kind();
        this.source = q.source();
        this.cue = q.cue();
        this.content = q.content();
        apply(q);
    }

    /** Takes every field a client writes from a checked draft. */
    void apply(NewQuote q) {
        this.speakerId = q.speakerKey();
        this.kind = q.kind();
        this.source = q.source();
        this.cue = q.cue();
        this.content = q.content();
        this.channelName = q.channel() == null ? null : q.channel().name();
        this.channelSpan = q.channel() == null ? null : q.channel().span();
        this.topicIds = new ArrayList<>(q.topicKeys());
    }
}
