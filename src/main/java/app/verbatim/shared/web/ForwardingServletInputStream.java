package app.verbatim.shared.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body stream that watches the bytes going by (counting them, checking them) and leaves
 * the servlet container's own state — readiness, end, asynchronous reading — to the stream it
 * wraps. Subclasses read; everything else is passed on.
 */
abstract class ForwardingServletInputStream extends ServletInputStream {

    protected final ServletInputStream in;

    ForwardingServletInputStream(ServletInputStream in) {
        this.in = in;
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }
}
