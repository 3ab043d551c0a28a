package app.verbatim.draft.pipeline;

import java.util.Set;

/** The words the people stage tells names from: titles, words that are capitalized but not names. */
final class Lexicon {

    private Lexicon() {
    }

    /** Titles and offices that stand before a name or for a person ("the President"). */
    static final Set<String> TITLES = words("President", "Vice-President", "Prime", "Minister", "Chancellor", "King", "Queen",
            "Prince", "Princess", "Senator", "Sen.", "Governor", "Gov.", "Mayor", "Secretary", "Secretary-General", "General",
            "Ambassador", "Chairman", "Chairwoman", "Chair", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Premier",
            "Vice", "Deputy", "Speaker", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Professor", "Prof.",
            "Judge", "Justice", "Commissioner", "Chief", "Executive", "CEO", "Pope", "Sheikh", "Emir", "Colonel", "Col.",
            "Lieutenant", "Captain", "Admiral", "Rep.", "Representative", "Leader", "Patriarch", "Archbishop", "Bishop",
            "Foreign", "Defence", "Defense", "Interior", "Finance", "Economy", "Energy", "Trade", "Health", "Justice",
            "Head", "Envoy", "Sir", "Dame", "Lord", "Lady", "Madam", "Mister", "Coach", "Manager", "Founder",
            "Councillor", "Councilor", "Councilman", "Councilwoman", "Engineer", "Farmer", "Grandmaster", "Transport", "Culture",
            "Education", "Agriculture", "Labour", "Labor", "Environment", "Sports", "Tourism", "Industry", "Senior", "Officer",
            "Detective", "Inspector", "Sergeant", "Constable", "Superintendent", "Curator", "Conductor", "Doctor", "Teacher",
            "Headmaster", "Principal", "Rabbi", "Imam", "Reverend", "Rev.", "Father", "Architect", "Lawyer", "Attorney",
            "Prosecutor", "Chef", "Pilot", "Astronaut", "Mufti", "Cardinal", "Metropolitan", "Marshal", "Brigadier", "Major-General",
            "Lieutenant-General", "Gen.", "Lt.", "Capt.", "Sgt.", "Rev.", "Majority", "Minority", "Opposition", "Assistant", "Acting", "Former", "Ombudsman", "Auditor", "Registrar", "Dean", "Rector", "Provost", "Chancellor-elect", "President-elect");

    /** Titles that are offices on their own, for descriptions ("the President", "the minister"). */
    static final Set<String> OFFICES = words("president", "vice-president", "prime minister", "minister", "foreign minister",
            "defence minister", "defense minister", "interior minister", "finance minister", "energy minister", "economy minister",
            "trade minister", "health minister", "justice minister", "chancellor", "king", "queen", "prince", "princess", "senator",
            "governor", "mayor", "secretary", "secretary-general", "general", "ambassador", "chairman", "chairwoman", "spokesman",
            "spokeswoman", "spokesperson", "director", "premier", "speaker", "judge", "commissioner", "pope", "emir", "leader",
            "head of state", "envoy", "coach", "manager", "founder", "chief executive");

    static final Set<String> MALE_TITLES = words("Mr", "Mr.", "Mister", "Sir", "King", "Prince", "Lord", "Spokesman", "Chairman");
    static final Set<String> FEMALE_TITLES = words("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Queen", "Princess", "Lady", "Dame",
            "Madam", "Spokeswoman", "Chairwoman");

    /** Capitalized words that open sentences or name things, never a person's name. */
    static final Set<String> NOT_NAMES = words("The", "A", "An", "In", "On", "At", "For", "And", "But", "Or", "If", "When",
            "While", "After", "Before", "According", "Another", "This", "That", "These", "Those", "It", "He", "She", "They", "We",
            "I", "You", "Our", "His", "Her", "Their", "Its", "My", "Your", "There", "Here", "As", "By", "From", "With", "Without",
            "Also", "Today", "Today's", "Yesterday", "Tomorrow", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December", "First", "Second", "Third", "Last", "Next", "Earlier", "Later", "Meanwhile",
            "However", "Moreover", "Furthermore", "Although", "Because", "Since", "Until", "During", "Under", "Over", "Among",
            "Between", "Against", "Despite", "Following", "Speaking", "Asked", "Read", "See", "Follow", "Share", "Photo",
            "Declaration", "Agreement", "Treaty", "Joint", "Statement", "Program", "Programme", "Plan", "Strategy", "Act", "Law",
            "Constitution", "Day", "Week", "Year", "Summit", "Conference", "Forum", "Games", "Cup", "Olympic", "Olympics",
            "Prize", "Award", "Festival", "Championship", "Street", "Avenue", "Square", "Road", "River", "Lake", "Mountain",
            "Mountains", "Island", "Islands", "Republic", "Kingdom", "State", "States", "Federation", "Province", "Region",
            "District", "City", "County", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
            "Central", "National", "International", "Global", "World", "New", "Old", "Great", "Holy", "Airport", "Station",
            "Hospital", "School", "Church", "Mosque", "Cathedral", "Palace", "Center", "Centre", "Museum",
            "Stadium", "Tower", "Times", "Post", "News", "Daily", "Journal", "Herald", "Review", "Magazine", "Radio",
            "TV", "Television", "Channel", "Network", "Press", "Media", "Group", "Inc", "Ltd", "LLC", "Co", "Corp", "Oil", "Gas",
            "Petroleum", "Airlines", "Motors", "Bank", "Fund", "Capital", "Holdings", "Partners", "Resolution", "Security",
            "Affairs", "Council", "Ministry", "Commission", "Committee", "Parliament", "Assembly", "Union", "Party", "Agency",
            "Organization", "Organisation", "Company", "Corporation", "Institute", "University", "Court", "Association",
            "Service", "Office", "Army", "Police", "Foundation", "Authority", "Senate", "Congress", "Government", "Internet",
            "God", "Christmas", "Easter", "Ramadan", "Bilateral", "Armed", "Forces", "Navy", "Air", "Force", "Railway",
            "Pipeline", "Port", "Sea", "Ocean", "Gulf", "Bay", "Peninsula", "Valley", "Desert", "Youtube", "YouTube",
            "Facebook", "Twitter", "Telegram", "Instagram", "Yes", "No", "Not", "Why", "What", "Who", "How", "Where", "Which",
            "Thank", "Thanks", "Please", "Dear", "OK", "Now", "Then", "Still", "Yet", "Even", "Only", "Just", "So", "Such",
            "All", "Some", "Many", "Most", "Both", "Each", "Every", "No", "None", "Several", "Two", "Three", "One", "Let",
            "Officials", "Sources", "Witnesses", "Residents", "Experts", "Analysts", "Critics", "Authorities", "Organizers",
            "Organisers", "Diplomats", "Observers", "Protesters", "Scientists", "Researchers", "Doctors", "Lawyers", "Prosecutors",
            "Investigators", "Activists", "Opponents", "Supporters", "Voters", "Farmers", "Workers", "Students", "Teachers",
            "Parents", "Locals", "Villagers", "Police", "Officers", "Reports", "Media", "Spokesmen", "Ministers", "Leaders");

    static final Set<String> MALE_PRONOUNS = words("he", "him", "his", "himself");
    static final Set<String> FEMALE_PRONOUNS = words("she", "her", "hers", "herself");

    /** A few common given names with the gender a pronoun would use; unknown names fit either. */
    static final Set<String> FEMALE_NAMES = words("Mary", "Anna", "Anne", "Maria", "Elena", "Olga", "Natalia", "Natalya",
            "Irina", "Tatiana", "Svetlana", "Angela", "Theresa", "Hillary", "Elizabeth", "Margaret", "Sarah", "Jane", "Emma",
            "Laura", "Julia", "Sophie", "Marie", "Fatima", "Aisha", "Leyla", "Mehriban", "Dariga", "Aigerim", "Kamala", "Nancy",
            "Ursula", "Christine", "Catherine", "Helen", "Linda", "Susan", "Karen", "Lisa", "Amina", "Nadia", "Zara", "Alice",
            "Grace", "Ruth", "Rachel", "Hannah", "Rosa", "Lucia", "Ana", "Ines", "Yulia", "Ekaterina", "Galina", "Lyudmila");
    static final Set<String> MALE_NAMES = words("John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph",
            "Thomas", "Charles", "Peter", "Paul", "George", "Donald", "Joe", "Barack", "Vladimir", "Dmitry", "Sergey", "Sergei",
            "Nursultan", "Ilham", "Heydar", "Kassym-Jomart", "Recep", "Emmanuel", "Olaf", "Boris", "Ivan", "Alexander",
            "Alexei", "Andrei", "Nikolai", "Mikhail", "Yuri", "Igor", "Viktor", "Mohammed", "Muhammad", "Ahmed", "Ali", "Omar",
            "Hassan", "Hussein", "Xi", "Narendra", "Shinzo", "Fumio", "Justin", "Emomali", "Islam", "Shavkat", "Sooronbay",
            "Serzh", "Nikol", "Mikheil", "Irakli", "Levan", "Tom", "Jack", "Mark", "Martin", "Daniel", "Samuel", "Hans", "Karl");

    /** A set from a list that may name a word twice (a word can be a title and a sentence opener). */
    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static boolean isTitle(String word) {
        return TITLES.contains(word);
    }
}
