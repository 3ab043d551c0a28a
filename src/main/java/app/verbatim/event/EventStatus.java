package app.verbatim.event;

/** As of the article's date: done, going on (a year of celebrations), or still to come. */
public enum EventStatus { PAST, ONGOING, PLANNED }
