package app.verbatim.change.web;

import app.verbatim.change.Changes;
import app.verbatim.change.ChangesProperties;
import app.verbatim.change.ChangeFeed;
import app.verbatim.shared.UnavailableException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live change streams. Each stream has a virtual thread that reads the log after its cursor and
 * then sleeps until the {@link ChangeFeed} hears a commit (PostgreSQL's NOTIFY), so an idle stream
 * costs no query. Past that, it re-reads shortly when changes wait behind an older transaction
 * (whose end sends no notification of its own if it wrote no record), every second while the feed
 * is not listening, and sends a heartbeat comment when idle.
 */
@Component
class ChangeStreams {

    private static final Logger log = LoggerFactory.getLogger(ChangeStreams.class);
    private static final int BATCH = 500;
    private static final Duration HELD_BACK = Duration.ofMillis(200);
    private static final Duration NOT_LISTENING = Duration.ofSeconds(1);
    private static final long RECONNECT_MILLIS = 2000;

    private final Changes changes;
    private final ChangeFeed feed;
    private final ChangesProperties properties;
    private final AtomicInteger open = new AtomicInteger();

    ChangeStreams(Changes changes, ChangeFeed feed, ChangesProperties properties, io.micrometer.core.instrument.MeterRegistry meters) {
        meters.gauge("verbatim.changes.streams", open);
        // 1 while the change feed hears PostgreSQL's notifications; 0: caches and streams poll.
        io.micrometer.core.instrument.Gauge.builder("verbatim.change.feed.listening", feed, f -> f.isLive() ? 1 : 0)
                .description("1 while the change feed listens for PostgreSQL notifications, 0 while it cannot").register(meters);
        this.changes = changes;
        this.feed = feed;
        this.properties = properties;
    }

    SseEmitter open(@Nullable String after) {
        // Checked before anything is sent, so a bad or expired cursor is a plain 400 or 410.
        String start = changes.start(after == null ? Changes.NOW : after);
        if (open.incrementAndGet() > properties.maxStreams()) {
            open.decrementAndGet();
            throw new UnavailableException("%d change streams are open, the most this service keeps; try again shortly, or poll GET /api/v1/changes."
                    .formatted(properties.maxStreams()), Duration.ofSeconds(10));
        }
        var emitter = new SseEmitter(properties.streamLimit().toMillis());
        var closed = new AtomicBoolean();
        emitter.onCompletion(() -> closed.set(true));
        emitter.onTimeout(() -> closed.set(true));
        emitter.onError(e -> closed.set(true));
        try {
            Thread.ofVirtual().name("change-stream").start(() -> follow(emitter, start, closed));
        } catch (RuntimeException e) {
            open.decrementAndGet();
            throw e;
        }
        return emitter;
    }

    private void follow(SseEmitter emitter, String start, AtomicBoolean closed) {
        String cursor = start;
        try {
            emitter.send(SseEmitter.event().reconnectTime(RECONNECT_MILLIS).comment("changes after " + start));
            long quietSince = System.nanoTime();
            while (!closed.get()) {
                long epoch = feed.current();
                var page = changes.page(cursor, BATCH);
                for (var change : page.items()) {
                    emitter.send(SseEmitter.event().id(change.cursor()).data(change, MediaType.APPLICATION_JSON));
                }
                cursor = page.next();
                if (!page.items().isEmpty()) {
                    quietSince = System.nanoTime();
                }
                if (page.more()) {
                    continue;
                }
                Duration wait = !feed.isLive() ? NOT_LISTENING : changes.waiting(cursor) ? HELD_BACK : properties.heartbeat();
                feed.await(epoch, wait);
                if (System.nanoTime() - quietSince >= properties.heartbeat().toNanos()) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                    quietSince = System.nanoTime();
                }
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Change stream closed by the client at {}", cursor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The log was purged past this stream's cursor, or the database is unreachable: the
            // client reconnects with its Last-Event-ID and gets a plain answer (410, 503).
            log.info("Change stream at {} ended: {}", cursor, e.toString());
        } finally {
            open.decrementAndGet();
            if (!closed.get()) {
                emitter.complete();
            }
        }
    }
}
