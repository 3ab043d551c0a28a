package app.verbatim.shared;

/**
 * The service declines work it has no room for now (a limit on expensive queries is reached);
 * the caller gets a 503 with {@code Retry-After}. Not the caller's fault, so not a 4xx.
 */
public class ServiceBusyException extends RuntimeException {

    public ServiceBusyException(String message) {
        super(message);
    }
}
