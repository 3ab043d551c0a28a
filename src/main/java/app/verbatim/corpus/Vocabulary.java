package app.verbatim.corpus;

import app.verbatim.corpus.World.Entry;
import app.verbatim.corpus.World.Person;
import java.util.SplittableRandom;

/**
 * The people and places an article can name, each drawn by how often the news names it: a few
 * speakers, cities and topics often, most rarely (Zipf's law over the world's ranked lists).
 */
final class Vocabulary {

    final World world;
    private final Zipf speakers;
    private final Zipf topics;
    private final Zipf cities;
    private final Zipf countries;
    private final Zipf bodies;
    private final Zipf companies;
    private final Zipf objects;
    private final Zipf projects;

    Vocabulary(World world) {
        this.world = world;
        this.speakers = new Zipf(world.people.size(), 1.0);
        this.topics = new Zipf(world.topics.size(), 0.9);
        this.cities = new Zipf(world.cities.size(), 0.8);
        this.countries = new Zipf(world.countries.size(), 0.8);
        this.bodies = new Zipf(world.bodies.size(), 0.8);
        this.companies = new Zipf(world.companies.size(), 0.8);
        this.objects = new Zipf(Lexicon.OBJECTS.words.length, 0.7);
        this.projects = new Zipf(world.projects.length, 1.0);
    }

    int peopleCount() {
        return world.people.size();
    }

    Person speaker(SplittableRandom r) {
        return world.people.get(speakers.sample(r));
    }

    /** The person ranked after {@code p}, for a second party when the draw gave the same one twice. */
    Person after(Person p) {
        return world.people.get((p.rank + 1) % world.people.size());
    }

    Entry topic(SplittableRandom r) {
        return world.topics.get(topics.sample(r));
    }

    Entry city(SplittableRandom r) {
        return world.cities.get(cities.sample(r));
    }

    /** Ports are drawn evenly: they are few. */
    Entry port(SplittableRandom r) {
        return world.ports.get(r.nextInt(world.ports.size()));
    }

    Entry country(SplittableRandom r) {
        return world.countries.get(countries.sample(r));
    }

    /** A public body: a ministry, a court, an agency. */
    Entry body(SplittableRandom r) {
        return world.bodies.get(bodies.sample(r));
    }

    Entry company(SplittableRandom r) {
        return world.companies.get(companies.sample(r));
    }

    /** A template for what a policy acts on ("the {country} budget"). */
    String object(SplittableRandom r) {
        return Lexicon.OBJECTS.words[objects.sample(r)];
    }

    /** The invented name of a programme, law or project. */
    String project(SplittableRandom r) {
        return world.projects[projects.sample(r)];
    }
}
