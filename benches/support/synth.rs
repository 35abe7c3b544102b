//! Synthetic news text for benchmarks and profiling, built from sentences
//! written for this crate (no corpus text). Deterministic for a given size.

#![allow(dead_code)]

const LEADERS: &[(&str, &str)] = &[
    ("President", "Amara Okafor"),
    ("Prime Minister", "Lena Hoffmann"),
    ("Foreign Minister", "Tomas Ruiz"),
    ("King", "Haakon Vestby"),
    ("Chancellor", "Jonas Brandt"),
    ("Defence Minister", "Priya Raman"),
    ("President", "Kwame Mensah"),
    ("Prime Minister", "Sofia Lindqvist"),
];

const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Pakistan", "Islamabad", "Pakistani"),
    ("Japan", "Tokyo", "Japanese"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Brazil", "Brasilia", "Brazilian"),
    ("Germany", "Berlin", "German"),
    ("Indonesia", "Jakarta", "Indonesian"),
    ("Canada", "Ottawa", "Canadian"),
    ("Norway", "Oslo", "Norwegian"),
    ("India", "New Delhi", "Indian"),
    ("Egypt", "Cairo", "Egyptian"),
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.next() % xs.len()]
    }
}

fn paragraph(r: &mut Rng, out: &mut String) {
    let (title, name) = *r.pick(LEADERS);
    let (country, city, demonym) = *r.pick(COUNTRIES);
    let (home, _, home_dem) = *r.pick(COUNTRIES);
    let month = *r.pick(MONTHS);
    let day = 1 + r.next() % 27;
    let year = 2019 + r.next() % 7;
    let weekday = *r.pick(DAYS);
    let surname = name.rsplit(' ').next().unwrap_or(name);
    let s = match r.next() % 10 {
        0 => format!(
            "{home}'s Foreign Office said on {weekday} that {home_dem} {title} {name} will pay a state visit to {country} from {month} {day} to {}, {year}.",
            day + 2
        ),
        1 => format!(
            "\u{201c}The visit will open a new chapter in our relations,\u{201d} {surname} told reporters in {city}, adding that trade and energy would top the agenda."
        ),
        2 => format!(
            "{title} {name} arrived in {city} on {weekday} for a three-day official visit at the invitation of the {demonym} government."
        ),
        3 => format!(
            "The {home_dem} leader is accompanied by his wife, Foreign Minister Tomas Ruiz, the ministers of trade, energy and transport, and a large business delegation."
        ),
        4 => format!(
            "\"We have agreed to double bilateral trade by {year},\" {name} said after the talks. \"This is only the beginning.\""
        ),
        5 => format!(
            "According to the ministry, the two sides signed {} agreements on health, education and infrastructure, worth ${}.{} billion.",
            2 + r.next() % 9,
            1 + r.next() % 20,
            r.next() % 10
        ),
        6 => format!(
            "A spokesman for the {demonym} presidency described the trip as 'historic' and said it had been planned since {month} {year}."
        ),
        7 => format!(
            "The visit, originally scheduled for {month} {day}, was postponed after {home}'s parliament was dissolved, officials said."
        ),
        8 => format!(
            "{surname} later met business leaders (including the heads of three state banks) and laid a wreath at the national monument in {city}; he is due to leave on {weekday}."
        ),
        _ => format!(
            "Analysts said the talks \u{2014} the first at this level in {} years \u{2014} signalled a thaw, though critics called them \u{201c}a photo opportunity\u{201d} at best.",
            2 + r.next() % 30
        ),
    };
    out.push_str(&s);
    // Sometimes a second sentence in the same paragraph.
    if r.next() % 3 == 0 {
        out.push_str(" He said that the two countries shared \u{201c}deep and lasting\u{201d} ties.");
    }
    out.push_str("\n\n");
}

/// A headline and paragraphs of news-like text, about `bytes` long.
pub fn document(bytes: usize) -> String {
    let mut r = Rng(0x5eed_0001);
    let mut out = String::with_capacity(bytes + 512);
    out.push_str("Leaders Meet for Talks on Trade and Security\n\n");
    while out.len() < bytes {
        paragraph(&mut r, &mut out);
    }
    out
}

/// A short article of a few paragraphs.
pub fn short_article() -> String {
    "Norwegian King to Visit Japan in May\n\n\
     Japan's Foreign Ministry said on Monday that King Haakon Vestby of Norway will pay a state visit to Japan from May 12 to 15, 2025, at the invitation of the Emperor.\n\n\
     The King will be accompanied by Queen Sonja Vestby, Foreign Minister Tomas Ruiz and a business delegation of some forty companies.\n\n\
     \u{201c}This visit reflects the long friendship between our two peoples,\u{201d} the ministry said in a statement. \u{201c}We look forward to welcoming Their Majesties.\u{201d}\n\n\
     The King last visited Tokyo in 2001. According to officials, he will also travel to Kyoto and Osaka, where he is due to open a maritime technology fair.\n\n\
     Norway's Prime Minister Sofia Lindqvist said the trip would \"deepen cooperation on energy and shipping\" and described Japan as a key partner in Asia.\n"
        .to_string()
}
