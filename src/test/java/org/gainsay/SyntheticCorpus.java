package org.gainsay;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic corpus of invented, news-length articles for benchmarks and tests: the same arguments always give the
 * same articles. Nothing comes from a real data set.
 *
 * <p>Articles come in stories: article {@code i} reports story {@code i / ARTICLES_PER_STORY}, so a corpus grows by
 * adding stories, as a news archive does, and the first {@code n} articles of a larger corpus are the corpus of
 * {@code n}. Each story is an event (a border crossing reopened or closed, talks resumed or suspended, people killed,
 * a budget approved or rejected, ...) at an invented place, with invented people and organisations who say it
 * happened, deny it, give other numbers or hedge; each outlet reports it in its own words, with direct and indirect
 * quotes, several attribution shapes ("X said", "told Reuters that", "according to X", "Y, X said", "X denied"),
 * narration and background sentences. About 600 words (40 sentences) an article.
 *
 * <pre>{@code
 * List<Article> articles = SyntheticCorpus.articles(1_000, 42);
 * }</pre>
 */
public final class SyntheticCorpus {
  /** How many articles report one story. */
  public static final int ARTICLES_PER_STORY = 8;

  private SyntheticCorpus() {}

  private static final String[] FIRST = {"Maria", "Ahmed", "Lena", "Tomas", "Aisha", "Kofi", "Yuki", "Pavel",
      "Ines", "Omar", "Sofia", "Ravi", "Elena", "Samuel", "Leila", "Jonas", "Nadia", "Victor", "Amara", "Hugo",
      "Zainab", "Felix", "Irene", "Malik", "Carmen", "Dmitri", "Hana", "Lucas", "Fatima", "Oskar", "Priya", "Mateo",
      "Grace", "Tariq", "Alma", "Bruno", "Rosa", "Karim", "Vera", "Emil"};
  private static final String[] LAST = {"Lopez", "Haddad", "Fischer", "Novak", "Mensah", "Tanaka", "Petrov",
      "Castillo", "Rahman", "Okafor", "Lindqvist", "Moreau", "Bakr", "Silva", "Kowalski", "Nguyen", "Adeyemi",
      "Larsen", "Romero", "Sato", "Ivanova", "Duarte", "Mbeki", "Hartmann", "Jovanovic", "Farouk", "Brennan", "Costa",
      "Yilmaz", "Osei", "Varga", "Kader", "Lund", "Pereira", "Nakamura", "Abbas", "Quinn", "Ferreira", "Dossou",
      "Keller", "Marek", "Suleiman", "Aalto", "Branco", "Celik", "Dumont", "Eriksen", "Gallo", "Hosseini", "Ito"};
  private static final String[] SYLLABLES = {"bel", "mor", "kan", "dra", "vel", "tor", "sa", "lin", "gar", "ost",
      "ria", "ven", "dal", "mir", "ka", "zor", "nel", "bra", "tu", "hem", "ar", "quo", "len", "fis"};
  private static final String[] TITLES = {"Gen.", "Dr.", "Col.", "Sen.", "Minister", "Mayor", "Judge", "Governor"};
  private static final String[] ROLES = {"a spokesman for", "a spokeswoman for", "the head of", "a senior adviser to",
      "a lawyer for", "the deputy director of", "an analyst at", "a commander of"};
  private static final String[] ORG_KINDS = {"Interior Ministry", "Health Ministry", "Port Authority",
      "Workers' Union", "Border Police", "Red Crescent", "Chamber of Commerce", "Election Commission",
      "Defence Ministry", "Farmers' Association", "Central Bank", "Transport Agency"};
  private static final String[] DESCRIBED = {"two senior officials", "three diplomats", "a police officer",
      "local residents", "several witnesses", "two aid workers", "a government official", "four soldiers",
      "security sources", "a hospital doctor"};
  private static final String[] OUTLETS = {"Reuters", "The Daily Ledger", "Northern Herald", "Coastal Times",
      "Metro Wire", "Valley News", "The Observer Post", "Capital Radio", "Harbor Gazette", "Union Tribune",
      "Evening Standard Press", "Frontier Journal", "Global Dispatch", "Lakeside Chronicle", "The Morning Bulletin",
      "Summit Broadcast", "Riverside Daily", "Plains Courier", "Island Voice", "Atlas News Agency"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
      "Sunday"};

  /** An event: a positive and a negative form (present, past, participle), an object and a following clause. */
  private record Event(String pos, String posPast, String neg, String negPast, String object) {}

  private static final Event[] EVENTS = {
      new Event("reopen", "reopened", "close", "closed", "the border crossing"),
      new Event("resume", "resumed", "suspend", "suspended", "the peace talks"),
      new Event("approve", "approved", "reject", "rejected", "the emergency budget"),
      new Event("restart", "restarted", "halt", "halted", "grain exports"),
      new Event("allow", "allowed", "ban", "banned", "the opposition rally"),
      new Event("support", "supported", "oppose", "opposed", "the new mining law"),
      new Event("accept", "accepted", "reject", "rejected", "the ceasefire proposal"),
      new Event("release", "released", "arrest", "arrested", "the detained journalists"),
      new Event("open", "opened", "shut", "shut", "the main hospital"),
      new Event("raise", "raised", "cut", "cut", "fuel subsidies"),
      new Event("win", "won", "lose", "lost", "the regional vote"),
      new Event("begin", "began", "end", "ended", "the evacuation of the old town"),
  };
  private static final String[] COUNTED = {"people", "protesters", "soldiers", "civilians", "workers", "migrants",
      "passengers", "miners", "students", "fishermen"};
  private static final String[] HARM = {"killed", "injured", "displaced", "detained", "evacuated", "arrested"};
  private static final String[] BACKGROUND = {
      "The question of %n has divided %p since %y, when the last census was held.",
      "Prices of %n in %p have risen sharply over the past %d months, according to market traders.",
      "Earlier this year, the regional council promised to improve %n within %d weeks.",
      "%P, home to about %d thousand people, depends heavily on %n and %n.",
      "Critics have long argued that %n in the province is poorly managed and underfunded.",
      "A similar agreement collapsed in %y after months of negotiations over %n.",
      "Trade through the port accounts for roughly %d percent of the local economy.",
      "Aid groups have warned that shortages of %n could worsen before the winter.",
      "An independent committee is expected to publish its findings on %n by the end of %m.",
      "Tensions between %p and neighbouring districts have grown since the disputed election in %m.",
      "Opposition lawmakers have called for an inquiry into spending on %n and %n.",
      "The last major dispute over %n, in %y, ended only after weeks of mediation.",
  };
  private static final String[] NOUNS = {"water", "electricity", "fuel", "wheat", "fishing", "tourism",
      "copper mining", "road traffic", "public transport", "housing", "healthcare", "schools", "rice", "textiles"};
  private static final String[] JUDGEMENTS = {"reckless", "overdue", "premature", "unfair", "necessary",
      "illegal", "constructive", "disappointing", "a mistake", "a first step"};
  private static final String[] PLACES_IN_TOWN = {"the market square", "the bus station", "the river bridge",
      "the old harbour", "the stadium", "the city hall", "the northern highway", "the university campus"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};

  /** The first {@code count} articles of the corpus of {@code seed}. */
  public static List<Article> articles(int count, long seed) {
    checkArgument(count >= 0, "count=%s must not be negative", count);
    List<Article> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(article(i, seed));
    }
    return out;
  }

  /** Article {@code i} of the corpus of {@code seed}. */
  public static Article article(int i, long seed) {
    Story story = new Story(i / ARTICLES_PER_STORY, seed);
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i * 7_919L + 17);
    String outlet = OUTLETS[(i * 7 + story.index) % OUTLETS.length];
    StringBuilder text = new StringBuilder(4_000);
    int sentences = 34 + r.nextInt(12);
    int inParagraph = 0;
    for (int k = 0; k < sentences; k++) {
      String s = k == 0 ? story.lead(r) : sentence(story, r, outlet);
      text.append(s);
      inParagraph++;
      if (inParagraph >= 1 + r.nextInt(3) || k == sentences - 1) {
        text.append('\n');
        inParagraph = 0;
      } else {
        text.append(' ');
      }
    }
    String title = capitalize(story.event.object) + " " + story.event.posPast + " in " + story.place + ", "
        + story.people[0].name + " says";
    return new Article("a" + i, outlet, title, text.toString(), LocalDate.of(2024, 1, 1).plusDays(story.index % 365),
        null);
  }

  private static String sentence(Story st, SplittableRandom r, String outlet) {
    int kind = r.nextInt(100);
    if (kind < 14) {
      return background(st, r);
    }
    if (kind < 22) {
      return narration(st, r);
    }
    Person p = st.people[r.nextInt(st.people.length)];
    String claim = p.claim(st, r);
    int shape = r.nextInt(12);
    switch (shape) {
      case 0:
        return p.first(r) + " said " + claim + ".";
      case 1:
        return p.first(r) + " told " + outlet + " that " + claim + ".";
      case 2:
        return capitalize(claim) + ", " + p.later(r) + " said.";
      case 3:
        return "According to " + p.later(r) + ", " + claim + ".";
      case 4:
        return "\"" + capitalize(claim) + ",\" " + p.later(r) + " said on " + DAYS[r.nextInt(7)] + ".";
      case 5:
        return p.first(r) + " said in a statement: \"" + capitalize(claim) + ".\"";
      case 6:
        return p.first(r) + " denied that " + st.affirmed(r) + ".";
      case 7:
        return p.first(r) + ", " + p.role + ", said " + claim + ".";
      case 8:
        return capitalize(claim) + ", said " + p.later(r) + ".";
      case 9:
        return p.first(r) + " claimed that " + claim + ", but gave no evidence.";
      case 10:
        return "It was not clear whether " + st.affirmed(r) + ", " + p.later(r) + " added.";
      default:
        return p.first(r) + " insisted that " + claim + " and that more talks were planned.";
    }
  }

  private static String narration(Story st, SplittableRandom r) {
    switch (r.nextInt(4)) {
      case 0:
        return "The decision came " + (2 + r.nextInt(9)) + " days after " + st.org + " warned of " + pick(NOUNS, r)
            + " shortages.";
      case 1:
        return "Residents of " + st.place + " gathered near " + st.event.object + " on " + DAYS[r.nextInt(7)]
            + " morning.";
      case 2:
        return capitalize(st.org) + " did not respond to a request for comment.";
      default:
        return "Footage shared online showed long queues of " + pick(COUNTED, r) + " outside " + st.place + ".";
    }
  }

  private static String background(Story st, SplittableRandom r) {
    return fill(BACKGROUND[r.nextInt(BACKGROUND.length)], st, r);
  }

  /** Fills %p (place), %P (place, capitalized), %n (noun), %m (month), %y (year) and %d (small number). */
  private static String fill(String template, Story st, SplittableRandom r) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c != '%' || i + 1 == template.length()) {
        sb.append(c);
        continue;
      }
      char f = template.charAt(++i);
      switch (f) {
        case 'p', 'P' -> sb.append(st.place);
        case 'n' -> sb.append(pick(NOUNS, r));
        case 'm' -> sb.append(pick(MONTHS, r));
        case 'y' -> sb.append(1990 + r.nextInt(34));
        default -> sb.append(2 + r.nextInt(60));
      }
    }
    return sb.toString();
  }

  /** One story: an event at a place, the people who speak about it, and the numbers they give. */
  private static final class Story {
    final int index;
    final Event event;
    final Event[] side; // two smaller events of the same story
    final String place;
    final String org;
    final Person[] people;
    final int count;
    final String counted;
    final String harm;

    Story(int index, long seed) {
      this.index = index;
      SplittableRandom r = new SplittableRandom(seed * 31 + index * 104_729L);
      this.event = EVENTS[r.nextInt(EVENTS.length)];
      this.side = new Event[] {EVENTS[r.nextInt(EVENTS.length)], EVENTS[r.nextInt(EVENTS.length)]};
      this.place = capitalize(pick(SYLLABLES, r) + pick(SYLLABLES, r) + (r.nextBoolean() ? pick(SYLLABLES, r) : ""));
      this.org = "the " + place + " " + pick(ORG_KINDS, r);
      this.count = 5 + r.nextInt(400);
      this.counted = pick(COUNTED, r);
      this.harm = pick(HARM, r);
      int n = 3 + r.nextInt(3);
      this.people = new Person[n];
      for (int k = 0; k < n; k++) {
        people[k] = new Person(r, this, k);
      }
    }

    String lead(SplittableRandom r) {
      return "Authorities in " + place + " " + event.posPast + " " + event.object + " on " + DAYS[r.nextInt(7)]
          + ", officials said, after weeks of protests over " + pick(NOUNS, r) + ".";
    }

    String affirmed(SplittableRandom r) {
      return "the government had " + event.posPast + " " + event.object;
    }
  }

  /** A source: a named person with a title and a role, an organisation, or a described group. */
  private static final class Person {
    final String name;
    final String surname;
    final String role;
    final int stance; // 0 agrees with the event, 1 says the opposite, 2 gives other numbers

    Person(SplittableRandom r, Story st, int k) {
      int kind = r.nextInt(10);
      if (kind < 6) {
        String first = pick(FIRST, r);
        this.surname = pick(LAST, r);
        this.name = (r.nextInt(3) == 0 ? pick(TITLES, r) + " " : "") + first + " " + surname;
      } else if (kind < 8) {
        this.name = capitalize(st.org);
        this.surname = null;
      } else {
        this.name = capitalize(pick(DESCRIBED, r));
        this.surname = null;
      }
      this.role = pick(ROLES, r) + " " + st.org.substring(4);
      this.stance = k == 0 ? 0 : r.nextInt(3);
    }

    /** The source at the start of a sentence. */
    String first(SplittableRandom r) {
      return name;
    }

    /** The source inside a sentence: the surname alone half the time, a common noun in lower case. */
    String later(SplittableRandom r) {
      if (surname != null) {
        return r.nextBoolean() ? surname : name;
      }
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    String claim(Story st, SplittableRandom r) {
      int what = r.nextInt(10);
      if (what < 2) {
        return reaction(st, r);
      }
      Event e = what < 6 ? st.event : st.side[what % 2];
      int n = st.count;
      switch (stance * 4 + r.nextInt(4)) {
        case 0:
          return "the authorities had " + e.posPast + " " + e.object + " on " + DAYS[r.nextInt(7)];
        case 1:
          return "at least " + n + " " + st.counted + " were " + st.harm + " in " + st.place;
        case 2:
          return "the authorities would " + e.pos + " " + e.object + " within " + (2 + r.nextInt(8)) + " days";
        case 3:
          return "the decision to " + e.pos + " " + e.object + " was final";
        case 4:
          return "the authorities had not " + e.posPast + " " + e.object;
        case 5:
          return "the government " + e.negPast + " " + e.object + " last " + DAYS[r.nextInt(7)];
        case 6:
          return "no decision to " + e.pos + " " + e.object + " had been taken";
        case 7:
          return "only " + Math.max(1, n / 4) + " " + st.counted + " were " + st.harm + " in " + st.place;
        case 8:
          return "more than " + (n * 3) + " " + st.counted + " were " + st.harm + " in " + st.place;
        case 9:
          return "about " + (n * 2 + 10) + " " + st.counted + " had been " + st.harm + " since " + DAYS[r.nextInt(7)];
        case 10:
          return "the " + st.harm + " " + st.counted + " numbered " + (n + 50 + r.nextInt(100));
        default:
          return "the authorities " + e.posPast + " " + e.object + " after " + (n % 12 + 2) + " hours";
      }
    }

    private static String reaction(Story st, SplittableRandom r) {
      switch (r.nextInt(6)) {
        case 0:
          return "the plan was " + pick(JUDGEMENTS, r) + " and would hurt " + pick(NOUNS, r);
        case 1:
          return "residents should stay calm and avoid " + pick(PLACES_IN_TOWN, r);
        case 2:
          return "the dispute had already cost " + st.place + " millions in lost " + pick(NOUNS, r) + " revenue";
        case 3:
          return "investors were worried about " + pick(NOUNS, r) + " and " + pick(NOUNS, r);
        case 4:
          return "the " + pick(PLACES_IN_TOWN, r) + " would stay open for " + pick(NOUNS, r) + " deliveries";
        default:
          return "talks with " + pick(FIRST, r) + " " + pick(LAST, r) + " were " + pick(JUDGEMENTS, r);
      }
    }
  }

  private static String pick(String[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
