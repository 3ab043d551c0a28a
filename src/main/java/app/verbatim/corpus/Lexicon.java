package app.verbatim.corpus;

/**
 * The words the corpus is made of. The people are invented (first and last names of many
 * languages, combined); places and international bodies are real names used as a gazetteer;
 * companies, ministries and everything anyone says are invented. Lists are ordered: where the
 * generator draws with a skew, earlier entries come up more often.
 */
final class Lexicon {

    private Lexicon() {
    }

    static final String[] FEMALE_FIRST = {
            "Amara", "Sofia", "Leila", "Ingrid", "Chloé", "Zoë", "Aigerim", "Nino", "Mariam", "Ana",
            "Elena", "Fatima", "Hana", "Yuki", "Priya", "Olga", "Marta", "Łucja", "Astrid", "Dilnoza",
            "Gulnara", "Tamar", "Irina", "Beatriz", "Camille", "Renée", "Sinéad", "Aoife", "Katarzyna", "Zeynep",
            "Ayşe", "Noor", "Lina", "Mei", "Thandiwe", "Ngozi", "Adaeze", "Lucía", "Inés", "Raquel",
            "Helga", "Sigrid", "Maja", "Eszter", "Réka", "Dorota", "Jelena", "Milica", "Vesna", "Teodora",
            "Anahit", "Lusine", "Kamila", "Madina", "Saule", "Aruzhan", "Svetlana", "Daria", "Oksana", "Natalia",
            "Rania", "Yasmin", "Salma", "Farida", "Esra", "Defne", "Ioana", "Bianca", "Chiara", "Giulia",
            "Francesca", "Margit", "Annika", "Freya", "Greta", "Paula", "Carmen", "Rosa", "Nadia", "Sabina"
    };

    static final String[] MALE_FIRST = {
            "Rustam", "Tomasz", "Kwame", "Matteo", "José", "Søren", "Björn", "François", "Mehmet", "Giorgi",
            "Arman", "Nurlan", "Timur", "Davit", "Levan", "Aram", "Ruben", "Emil", "Lukas", "Jonas",
            "Mikael", "Pavel", "Andrei", "Sergiu", "Bogdan", "Dragan", "Nikola", "Stefan", "Viktor", "Oleksandr",
            "Dmytro", "Yusuf", "Omar", "Karim", "Tariq", "Hamid", "Farhad", "Kenji", "Hiroshi", "Arjun",
            "Rahul", "Chinedu", "Obinna", "Tendai", "Sipho", "Diego", "Mateo", "Joaquín", "Andrés", "Raúl",
            "João", "Tiago", "Luís", "Hugo", "Pierre", "Étienne", "Jérôme", "Seán", "Ciarán", "Eoin",
            "Lars", "Henrik", "Anders", "Jakub", "Marek", "Zoltán", "Gábor", "Ferenc", "Milan", "Goran",
            "Ilkin", "Elchin", "Farid", "Samir", "Bakhyt", "Daniyar", "Azamat", "Otabek", "Sardor", "Aziz"
    };

    static final String[] LAST = {
            "Okafor", "Lindqvist", "Haddad", "Moreau", "Kowalczyk", "Nakamura", "Petrosyan", "Abdullayev", "Berisha", "Castellanos",
            "Østergaard", "Müller", "Kovačević", "Novák", "Dvořák", "Szabó", "Nagy", "Popescu", "Ionescu", "Dimitrov",
            "Georgiev", "Papadopoulos", "Yılmaz", "Kaya", "Demir", "Şahin", "Karimov", "Rashidov", "Tokayeva", "Suleimenov",
            "Baimukhanov", "Mamedov", "Guliyev", "Hasanov", "Kapanadze", "Beridze", "Lomidze", "Gelashvili", "Harutyunyan", "Sargsyan",
            "Grigoryan", "Ivanenko", "Shevchenko", "Bondarenko", "Kuznetsova", "Volkov", "Sokolov", "Fedorov", "Lebedev", "Morozov",
            "García", "Fernández", "López", "Martínez", "Sánchez", "Pereira", "Gonçalves", "Ferreira", "Rossi", "Bianchi",
            "Esposito", "Romano", "Colombo", "Ricci", "Dubois", "Lefèvre", "Girard", "Fontaine", "Chevalier", "Bernard",
            "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter",
            "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "de Groot", "Bos",
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsen", "Hansen", "Pedersen", "Nielsen", "Jørgensen",
            "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Tamm", "Saar", "Kalniņš", "Bērziņš", "Kazlauskas",
            "O'Brien", "Murphy", "Kelly", "Walsh", "Byrne", "Ó Súilleabháin", "MacLeod", "Campbell", "Stewart", "Thomson",
            "Adeyemi", "Mensah", "Owusu", "Boateng", "Nkosi", "Dlamini", "Mokoena", "Banda", "Phiri", "Mwangi",
            "Kimani", "Otieno", "Achieng", "Haile", "Tesfaye", "Bekele", "Mahmoud", "Khalil", "Saleh", "Nasser",
            "Farouk", "Aziz", "Rahman", "Hossain", "Chowdhury", "Sharma", "Verma", "Iyer", "Nair", "Reddy",
            "Gupta", "Singh", "Patel", "Desai", "Joshi", "Tanaka", "Suzuki", "Watanabe", "Yamamoto", "Kobayashi",
            "Nguyễn", "Trần", "Lê", "Phạm", "Kim", "Park", "Choi", "Jung", "Wang", "Zhang",
            "Liu", "Chen", "Huang", "Zhao", "Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Torres",
            "Ramírez", "Flores", "Rivera", "Gómez", "Díaz", "Vargas", "Castro", "Ortega", "Delgado", "Navarro",
            "Horváth", "Tóth", "Varga", "Kiss", "Molnár", "Lukić", "Marković", "Petrović", "Jovanović", "Nikolić",
            "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Kozłowski", "Jankowski", "Mazur",
            "Aliyeva", "Ismayilov", "Huseynov", "Jafarov", "Nurmagambetov", "Zhakupov", "Seitkali", "Omarova", "Yusupov", "Tashkentov"
    };

    /** Offices, most senior first: the most-quoted people hold the first ones. */
    static final String[] SENIOR_OFFICES = {
            "President", "Prime Minister", "Foreign Minister", "Finance Minister", "Defence Minister",
            "Energy Minister", "Economy Minister", "Speaker of Parliament", "Interior Minister", "Health Minister",
            "Transport Minister", "Agriculture Minister", "Trade Minister", "Governor of the Central Bank", "Education Minister"
    };

    static final String[] OTHER_ROLES = {
            "member of parliament", "deputy minister", "government spokesperson", "mayor", "opposition leader",
            "ambassador", "economist", "analyst", "trade union leader", "chief executive", "professor of political science",
            "head of the chamber of commerce", "regional governor", "farmer", "teacher", "doctor", "student", "shop owner",
            "engineer", "lawyer", "human rights activist", "retired diplomat", "port official", "railway worker", "nurse"
    };

    /** Countries: name, adjective. None of them is in the seed document, so the two never meet. */
    static final String[][] COUNTRIES = {
            {"Turkey", "Turkish"}, {"Uzbekistan", "Uzbek"}, {"Turkmenistan", "Turkmen"}, {"Kyrgyzstan", "Kyrgyz"},
            {"Tajikistan", "Tajik"}, {"Ukraine", "Ukrainian"}, {"Moldova", "Moldovan"}, {"Romania", "Romanian"},
            {"Bulgaria", "Bulgarian"}, {"Greece", "Greek"}, {"Serbia", "Serbian"}, {"Croatia", "Croatian"},
            {"Hungary", "Hungarian"}, {"Poland", "Polish"}, {"Lithuania", "Lithuanian"}, {"Latvia", "Latvian"},
            {"Estonia", "Estonian"}, {"Finland", "Finnish"}, {"Sweden", "Swedish"}, {"Norway", "Norwegian"},
            {"Denmark", "Danish"}, {"Germany", "German"}, {"France", "French"}, {"Spain", "Spanish"},
            {"Portugal", "Portuguese"}, {"Italy", "Italian"}, {"Ireland", "Irish"}, {"the Netherlands", "Dutch"},
            {"Belgium", "Belgian"}, {"Austria", "Austrian"}, {"Czechia", "Czech"}, {"Slovakia", "Slovak"},
            {"Iran", "Iranian"}, {"Iraq", "Iraqi"}, {"Egypt", "Egyptian"}, {"Jordan", "Jordanian"},
            {"Morocco", "Moroccan"}, {"Tunisia", "Tunisian"}, {"Nigeria", "Nigerian"}, {"Ghana", "Ghanaian"},
            {"Kenya", "Kenyan"}, {"Ethiopia", "Ethiopian"}, {"South Africa", "South African"}, {"India", "Indian"},
            {"Pakistan", "Pakistani"}, {"Bangladesh", "Bangladeshi"}, {"Japan", "Japanese"}, {"South Korea", "South Korean"},
            {"Vietnam", "Vietnamese"}, {"Indonesia", "Indonesian"}, {"the Philippines", "Philippine"}, {"Mexico", "Mexican"},
            {"Brazil", "Brazilian"}, {"Argentina", "Argentine"}, {"Chile", "Chilean"}, {"Colombia", "Colombian"},
            {"Peru", "Peruvian"}, {"Canada", "Canadian"}, {"Mongolia", "Mongolian"}, {"Iceland", "Icelandic"}
    };

    /** Cities and regions: name, kind, index into COUNTRIES. */
    static final Object[][] CITIES = {
            {"Istanbul", "city", 0}, {"Ankara", "city", 0}, {"İzmir", "city", 0}, {"Tashkent", "city", 1}, {"Samarkand", "city", 1},
            {"Ashgabat", "city", 2}, {"Türkmenbaşy", "port", 2}, {"Bishkek", "city", 3}, {"Osh", "city", 3}, {"Dushanbe", "city", 4},
            {"Kyiv", "city", 5}, {"Odesa", "port", 5}, {"Lviv", "city", 5}, {"Chișinău", "city", 6}, {"Bucharest", "city", 7},
            {"Constanța", "port", 7}, {"Cluj-Napoca", "city", 7}, {"Sofia", "city", 8}, {"Varna", "port", 8}, {"Athens", "city", 9},
            {"Thessaloniki", "city", 9}, {"Piraeus", "port", 9}, {"Belgrade", "city", 10}, {"Novi Sad", "city", 10}, {"Zagreb", "city", 11},
            {"Split", "city", 11}, {"Budapest", "city", 12}, {"Debrecen", "city", 12}, {"Warsaw", "city", 13}, {"Gdańsk", "port", 13},
            {"Kraków", "city", 13}, {"Łódź", "city", 13}, {"Vilnius", "city", 14}, {"Klaipėda", "port", 14}, {"Riga", "city", 15},
            {"Tallinn", "city", 16}, {"Tartu", "city", 16}, {"Helsinki", "city", 17}, {"Tampere", "city", 17}, {"Stockholm", "city", 18},
            {"Gothenburg", "port", 18}, {"Malmö", "city", 18}, {"Oslo", "city", 19}, {"Bergen", "city", 19}, {"Tromsø", "city", 19},
            {"Copenhagen", "city", 20}, {"Aarhus", "city", 20}, {"Berlin", "city", 21}, {"Hamburg", "port", 21}, {"Munich", "city", 21},
            {"Düsseldorf", "city", 21}, {"Leipzig", "city", 21}, {"Paris", "city", 22}, {"Marseille", "port", 22}, {"Lyon", "city", 22},
            {"Strasbourg", "city", 22}, {"Madrid", "city", 23}, {"Barcelona", "city", 23}, {"Valencia", "port", 23}, {"Seville", "city", 23},
            {"Lisbon", "city", 24}, {"Porto", "city", 24}, {"Rome", "city", 25}, {"Milan", "city", 25}, {"Genoa", "port", 25},
            {"Naples", "city", 25}, {"Dublin", "city", 26}, {"Cork", "city", 26}, {"Amsterdam", "city", 27}, {"Rotterdam", "port", 27},
            {"The Hague", "city", 27}, {"Brussels", "city", 28}, {"Antwerp", "port", 28}, {"Vienna", "city", 29}, {"Graz", "city", 29},
            {"Prague", "city", 30}, {"Brno", "city", 30}, {"Bratislava", "city", 31}, {"Košice", "city", 31}, {"Tehran", "city", 32},
            {"Tabriz", "city", 32}, {"Baghdad", "city", 33}, {"Basra", "port", 33}, {"Cairo", "city", 34}, {"Alexandria", "port", 34},
            {"Amman", "city", 35}, {"Rabat", "city", 36}, {"Casablanca", "port", 36}, {"Tunis", "city", 37}, {"Abuja", "city", 38},
            {"Lagos", "port", 38}, {"Accra", "city", 39}, {"Kumasi", "city", 39}, {"Nairobi", "city", 40}, {"Mombasa", "port", 40},
            {"Addis Ababa", "city", 41}, {"Pretoria", "city", 42}, {"Durban", "port", 42}, {"Cape Town", "city", 42}, {"New Delhi", "city", 43},
            {"Mumbai", "port", 43}, {"Bengaluru", "city", 43}, {"Chennai", "city", 43}, {"Islamabad", "city", 44}, {"Karachi", "port", 44},
            {"Dhaka", "city", 45}, {"Chittagong", "port", 45}, {"Tokyo", "city", 46}, {"Osaka", "city", 46}, {"Yokohama", "port", 46},
            {"Seoul", "city", 47}, {"Busan", "port", 47}, {"Hanoi", "city", 48}, {"Ho Chi Minh City", "city", 48}, {"Jakarta", "city", 49},
            {"Surabaya", "port", 49}, {"Manila", "city", 50}, {"Cebu", "city", 50}, {"Mexico City", "city", 51}, {"Monterrey", "city", 51},
            {"Brasília", "city", 52}, {"São Paulo", "city", 52}, {"Rio de Janeiro", "city", 52}, {"Santos", "port", 52}, {"Buenos Aires", "city", 53},
            {"Córdoba", "city", 53}, {"Santiago", "city", 54}, {"Valparaíso", "port", 54}, {"Bogotá", "city", 55}, {"Medellín", "city", 55},
            {"Lima", "city", 56}, {"Callao", "port", 56}, {"Ottawa", "city", 57}, {"Toronto", "city", 57}, {"Vancouver", "port", 57},
            {"Ulaanbaatar", "city", 58}, {"Reykjavík", "city", 59}, {"Anatolia", "region", 0}, {"Fergana Valley", "region", 1}, {"Transylvania", "region", 7},
            {"Silesia", "region", 13}, {"Lapland", "region", 17}, {"Bavaria", "region", 21}, {"Catalonia", "region", 23}, {"Sicily", "region", 25},
            {"Flanders", "region", 28}, {"Bohemia", "region", 30}, {"Khuzestan", "region", 32}, {"Rift Valley", "region", 40}, {"Punjab", "region", 44}
    };

    /** Organizations: name, kind. The international bodies are real; the rest is invented. */
    static final String[][] ORGANIZATIONS = {
            {"European Union", "international_body"}, {"World Bank", "international_body"}, {"International Monetary Fund", "international_body"},
            {"World Health Organization", "international_body"}, {"OSCE", "international_body"}, {"African Union", "international_body"},
            {"World Trade Organization", "international_body"}, {"Council of Europe", "international_body"}, {"OPEC", "international_body"},
            {"Asian Development Bank", "bank"}, {"European Investment Bank", "bank"}, {"UNICEF", "international_body"},
            {"Red Cross", "humanitarian"}, {"Ministry of Transport", "ministry"}, {"Ministry of Finance", "ministry"},
            {"Ministry of Energy", "ministry"}, {"Ministry of Health", "ministry"}, {"Ministry of Foreign Affairs", "ministry"},
            {"Ministry of Agriculture", "ministry"}, {"Central Election Commission", "commission"}, {"Constitutional Court", "court"},
            {"National Statistics Office", "agency"}, {"Competition Authority", "agency"}, {"Customs Service", "agency"},
            {"Caspian Rail Holding", "company"}, {"Nordvik Energy", "company"}, {"Meridian Shipping", "company"},
            {"Altyn Mining", "company"}, {"Solaris Grid", "company"}, {"Danube Logistics", "company"}, {"Steppe Telecom", "company"},
            {"Kestrel Airlines", "company"}, {"Harbour & Co.", "company"}, {"BlueRiver Foods", "company"}, {"Tundra Wind", "company"},
            {"Silkway Pipelines", "company"}, {"Aurora Pharmaceuticals", "company"}, {"Granite Cement", "company"},
            {"Union of Metalworkers", "trade_union"}, {"Farmers’ Association", "association"}, {"Chamber of Commerce", "association"},
            {"Teachers’ Union", "trade_union"}, {"Transparency Watch", "ngo"}, {"Green Delta Foundation", "ngo"},
            {"Institute for Economic Studies", "think_tank"}, {"Centre for Regional Security", "think_tank"},
            {"Verbatim Wire", "media"}, {"Caspian Daily Monitor", "media"}, {"The Northern Ledger", "media"}, {"Danube Evening Post", "media"}
    };

    static final String[] PUBLISHERS = {
            "Verbatim Wire", "Caspian Daily Monitor", "The Northern Ledger", "Danube Evening Post", "Steppe Herald",
            "Baltic Courier", "Meridian News Agency", "The Harbour Times", "Silk Road Review", "Anatolian Observer"
    };

    /** Topics: the name as it appears in text (lower case), most discussed first. */
    static final String[] TOPICS = {
            "energy security", "inflation", "public health", "regional security", "trade policy", "transport corridors",
            "climate change", "migration", "the state budget", "unemployment", "food prices", "education reform",
            "pension reform", "the housing market", "corruption", "elections", "press freedom", "water scarcity",
            "the digital economy", "renewable energy", "foreign investment", "the gas market", "agriculture", "tourism",
            "border security", "cyber security", "public debt", "the labour market", "small business", "health care",
            "the rule of law", "judicial reform", "minority rights", "the peace process", "sanctions", "refugees",
            "air pollution", "the wheat harvest", "port development", "railway modernisation", "the mining industry",
            "tax reform", "the banking sector", "the exchange rate", "interest rates", "housing subsidies", "child poverty",
            "rural development", "the space programme", "artificial intelligence", "drought", "flood defences",
            "nuclear power", "coal phase-out", "electric vehicles", "the shipbuilding industry", "fisheries", "forestry",
            "wildfires", "earthquake preparedness", "vaccination", "mental health", "road safety", "organised crime",
            "data protection", "telecommunications", "the film industry", "sport funding", "cultural heritage", "archaeology",
            "the textile industry", "cotton exports", "steel tariffs", "grain exports", "fertiliser prices", "shipping rates",
            "the aviation sector", "visa liberalisation", "dual citizenship", "local government"
    };

    static final String[] DIRECT_SUBJECTS = {
            "We", "Our government", "Our country", "I", "This agreement", "The new budget", "Our partners",
            "The people of this country", "This government", "Our ministry", "The region", "Every family",
            "Our companies", "The state", "Our farmers", "Both sides", "This decision", "Our young people", "The parliament"
    };

    static final String[] INDIRECT_SUBJECTS = {
            "the government", "the country", "the ministry", "the agreement", "the new budget", "the authorities",
            "both sides", "the state", "the region", "the parliament", "the central bank", "local companies",
            "the coalition", "the opposition", "foreign investors", "the city", "farmers", "the army", "the courts", "schools"
    };

    static final String[] DIRECT_MODALS = {
            "will", "must", "cannot", "should", "will not", "will continue to", "can", "will soon", "must now",
            "should not", "will have to", "may", "will never", "could", "will fully"
    };

    static final String[] INDIRECT_MODALS = {
            "would", "had to", "could not", "should", "would not", "would continue to", "could", "would soon",
            "must now", "should not", "would have to", "might", "would never", "was ready to", "would fully"
    };

    static final String[] VERBS = {
            "support", "expand", "reduce", "protect", "strengthen", "reform", "invest in", "review", "restore",
            "modernise", "finance", "defend", "rebuild", "simplify", "accelerate", "complete", "guarantee", "open",
            "regulate", "digitise", "cut", "double", "stabilise", "respect", "implement", "diversify", "upgrade",
            "fund", "monitor", "tackle", "renegotiate", "extend", "secure", "lift", "introduce", "phase out",
            "prioritise", "rethink", "audit", "scrap", "privatise", "nationalise", "subsidise", "decentralise",
            "electrify", "insure", "relocate", "rename", "overhaul", "streamline"
    };

    static final String[] OBJECTS = {
            "the transit corridor", "rural hospitals", "the pension system", "our energy exports", "the railway network",
            "the rule of law", "small businesses", "the national currency", "public transport in {city}",
            "the gas pipeline to {country}", "water supplies", "the port of {port}", "the tax code", "the border crossings",
            "trade with {country}", "the agreement with the {org}", "food prices", "youth unemployment", "the health system",
            "cyber defences", "the wheat harvest", "the power grid", "customs procedures", "the peace process",
            "the sanctions regime", "visa rules", "the minimum wage", "public debt", "coal mines", "solar capacity",
            "the airport in {city}", "the highway to {city}", "fibre broadband", "state subsidies", "the school curriculum",
            "maternity wards", "the judicial system", "election rules", "the housing programme", "flood barriers",
            "irrigation canals", "the fishing fleet", "the steel plants", "the cotton sector", "grain storage",
            "the stock exchange", "mortgage rates", "the pharmaceutical industry", "vaccine production", "the armed forces",
            "the refinery in {city}", "wind farms off the coast", "the nuclear plant", "battery factories", "the mining licences",
            "fertiliser supplies", "heating tariffs", "the metro in {city}", "tram lines", "bus routes", "the ferry link to {port}",
            "the university reform", "research grants", "the film fund", "heritage sites", "the national museum",
            "food safety checks", "animal welfare rules", "forest protection", "the national park", "air quality monitoring",
            "the waste collection", "recycling targets", "the water utility", "desalination plants", "the dam project",
            "the container terminal", "the logistics hub near {city}", "the free trade zone", "export credits", "the shipyard",
            "spare parts imports", "the satellite programme", "the data centres", "online public services", "the digital identity card",
            "the police reform", "prison conditions", "the anti-corruption agency", "the audit office", "local budgets",
            "the regional airports", "the cross-border bridge", "the trade mission to {country}", "the joint venture with {company}",
            "the contract with {company}", "the tender for {company}", "the merger of {company}", "the loan from the {org}",
            "the grant from the {org}", "the mission of the {org}", "the report of the {org}", "the observers of the {org}"
    };

    static final String[] TAILS = {
            "by the end of the year", "before the winter", "within five years", "over the next decade", "without further delay",
            "step by step", "in close cooperation with {country}", "together with our partners", "as agreed in {city}",
            "under the new budget", "with the support of the {org}", "despite the pressure from outside",
            "for the benefit of every family", "at any cost", "as soon as possible", "by {year}", "by {pct}",
            "with {money}", "in line with the {org} standards", "in every region", "from next spring",
            "after the elections", "before the summit in {city}", "without raising taxes", "for the first time since {pastyear}",
            "in the coming months", "this year", "once and for all", "whatever the critics say", "in full transparency",
            "with {count} new jobs", "together with {company}", "in the south of the country", "along the border with {country}",
            "as the law requires", "within the framework of the {org}", "before the end of the decade", "with our neighbours",
            "on equal terms", "without foreign loans"
    };

    static final String[] DIRECT_FOLLOW_UPS = {
            "This is essential for our farmers", "Nobody should doubt that", "I want to be very clear about this",
            "We have waited long enough", "The numbers speak for themselves", "That is what people expect from us",
            "There is no alternative", "We will not repeat the mistakes of the past", "Our position has not changed",
            "This is a question of fairness", "It will not be easy", "We are ready for dialogue",
            "History will judge us", "I have said this many times", "Let me be honest with you",
            "This is only the beginning", "The door remains open", "We owe it to the next generation",
            "Nobody is above the law", "We cannot afford to wait"
    };

    static final String[] INDIRECT_FOLLOW_UPS = {
            "this was essential for farmers", "there was no alternative", "the position had not changed",
            "the door remained open", "it would not be easy", "nobody was above the law", "the talks had been constructive",
            "the numbers spoke for themselves", "the country could not afford to wait", "the plan was fully financed",
            "the critics had misread the figures", "the matter was closed", "the decision was final", "more needed to be done",
            "the reform had broad support"
    };

    static final String[] DIRECT_CUES = {
            "said", "said", "said", "stressed", "told reporters", "added", "noted", "insisted", "warned", "declared",
            "explained", "emphasised", "recalled", "argued", "promised", "confirmed", "wrote", "concluded"
    };

    static final String[] INDIRECT_CUES = {
            "said", "said", "said", "stressed", "noted", "announced", "warned", "argued", "claimed", "acknowledged",
            "told reporters", "insisted", "suggested", "explained", "recalled", "pointed out", "admitted", "predicted"
    };

    /** Channels: the words the text uses; the social networks come with an emoji more often. */
    static final String[] CHANNELS = {
            "the official website", "state television", "a press conference", "Telegram", "X", "Facebook", "national radio",
            "the ministry’s website", "a televised address", "an interview with {publisher}", "Instagram", "parliament’s website"
    };

    static final String[] EMOJI = {"🇪🇺", "👍", "🙏", "💪", "🌾", "🚆", "⚡", "📈", "📢", "🤝", "🔴", "✅", "🏥", "🌍"};

    static final String[] CONTEXT_OPENERS = {
            "The talks in {city} lasted almost {hours} hours.",
            "{country} has been negotiating with the {org} since {pastyear}.",
            "Official figures published on Monday put {topic} at the top of the agenda.",
            "Critics in {city} say the government has moved too slowly on {topic}.",
            "The {org} has repeatedly called for action on {topic}.",
            "Trade between {country} and {country2} grew by {pct} last year.",
            "The announcement comes weeks after protests in {city} over {topic}.",
            "Analysts at the {org} expect {topic} to dominate the campaign.",
            "{company} employs about {count} people in {city}.",
            "Prices in {city} rose by {pct} in the first quarter, the statistics office said.",
            "The issue of {topic} has divided the coalition for months.",
            "Some {count} people attended the meeting in {city}.",
            "The {org} did not respond to a request for comment.",
            "Negotiations on {topic} stalled in {pastyear}.",
            "A delegation from {country} arrived in {city} on Tuesday.",
            "The debate over {topic} is expected to continue next week.",
            "Opinion polls show that most voters consider {topic} a priority.",
            "Shares in {company} fell by {pct} after the announcement.",
            "The project is financed by the {org} and {company}.",
            "Earlier, the {org} warned that {topic} could worsen."
    };

    static final String[] HEADLINE_VERBS = {
            "pledges action on", "warns of", "calls for talks on", "defends record on", "unveils plan for",
            "rejects criticism over", "promises reform of", "seeks support on", "signals shift on", "sounds alarm on",
            "hails progress on", "vows to tackle", "urges patience on", "outlines priorities for", "backs compromise on"
    };

    static final String[] BOILERPLATE = {
            "© {year} {publisher}. All rights reserved.",
            "📢 Follow {publisher} on Telegram for the latest news.",
            "This article was updated with additional comments.",
            "Reporting by {publisher} correspondents; editing by the news desk.",
            "Subscribe to our newsletter 👉 news every morning at 7\u00a0a.m."
    };

    static final String[] MONTHS = {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"
    };
}
