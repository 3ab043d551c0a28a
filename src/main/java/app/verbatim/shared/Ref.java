package app.verbatim.shared;

/** A link to a named record (a person, place, organization or topic): its stable id and its name. */
public record Ref(String id, String name) {
}
