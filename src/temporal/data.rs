//! Reading-order tables (month names, weekdays, number words, units, tense
//! cues, seasons, clock words) kept as TSV data under `src/data/` and parsed once.

use crate::gazetteer::{FastMap, FastSet};
use std::sync::OnceLock;

/// A unit of calendar time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// What a tense cue word says about the time of its sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    Past,
    Future,
    /// A verb that, after "to", looks ahead ("to visit").
    Infinitive,
}

/// A function word that the grammar reads only as the lead of what follows
/// it (see `scan::LEADS`), named in its entry so that telling it apart
/// needs no look at its letters in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lead {
    /// "the"
    The,
    /// "in"
    In,
    /// "at", "that"
    At,
    /// "a", "an"
    A,
}

/// A season: name, first (month, day), last (month, day).
pub(crate) type Season = (String, (u32, u32), (u32, u32));

/// What the tables say about one word, gathered at start-up so that a token
/// needs a single lookup however many rules then ask about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Word {
    /// (value, is ordinal) of a number word; narrow, so that a word and its
    /// key fill 32 bytes of the table.
    pub number: Option<(u16, bool)>,
    /// (month 1..=12, ambiguous) of a month name.
    pub month: Option<(u8, bool)>,
    /// (weekday 1..=7, ambiguous) of a weekday name or its plural
    /// ("mondays", ambiguous when shorter than six letters).
    pub weekday: Option<(u8, bool)>,
    /// The weekday comes from a plural, not from a name in the table.
    pub plural: bool,
    /// Unit of calendar time.
    pub unit: Option<Unit>,
    /// The rules of the grammar that may find a date expression starting
    /// at this word, as bits of `scan::rule` (see `scan::STARTERS`); none
    /// for a word no date expression starts at.
    pub rules: u16,
    /// The tense cue the word is, asked of the words around every date.
    pub cue: Option<Cue>,
    /// A date expression or a stated length may start at this word: it has
    /// `rules`, or it is a length of its own ("weeklong").
    pub opens: bool,
    /// The function word of the grammar's leads the word is.
    pub lead: Option<Lead>,
}

/// What the tables say about a word they do not know.
pub(crate) const NO_WORD: Word = Word {
    number: None,
    month: None,
    weekday: None,
    plural: false,
    unit: None,
    rules: 0,
    cue: None,
    opens: false,
    lead: None,
};

impl Word {
    /// A month name as the table has it.
    pub fn is_month(&self) -> bool {
        self.month.is_some()
    }

    /// A weekday name as the table has it (not a plural).
    pub fn is_weekday(&self) -> bool {
        self.weekday.is_some() && !self.plural
    }
}

/// All tables, parsed.
pub(crate) struct Tables {
    /// name -> (month 1..=12, ambiguous with an ordinary word)
    pub months: FastMap<String, (u32, bool)>,
    /// name -> (weekday 1 = Monday ..= 7, ambiguous)
    pub weekdays: FastMap<String, (u32, bool)>,
    /// word -> (value, is ordinal)
    pub numbers: FastMap<String, (u32, bool)>,
    /// the number words that are vague counts ("a", "several")
    pub counts: FastSet<String>,
    /// word -> unit
    pub units: FastMap<String, Unit>,
    /// word -> tense cue
    pub cues: FastMap<String, Cue>,
    /// season name -> ((start month, day), (end month, day))
    pub seasons: Vec<Season>,
    /// time zone abbreviations ("gmt", "pdt")
    pub zones: FastSet<String>,
    /// clock-time unit -> minutes ("minutes" -> 1, "hours" -> 60)
    pub clock_units: FastMap<String, u32>,
    /// words before "at" that make a following number a quantity
    pub quantity: FastSet<String>,
    /// words that may follow a bare "at 930" clock time
    pub clock_follow: FastSet<String>,
    /// every word any of the tables above or the grammar's first words know,
    /// with what they say about it
    pub words: FastMap<String, Word>,
    /// `words` again, keyed by their bytes: nearly every token is looked
    /// up, and a word of the tables is at most 15 bytes long.
    keyed: Keyed,
}

impl Tables {
    /// What the tables say about the lowered word `w` (nothing for a word
    /// they do not know).
    #[inline]
    pub fn word(&self, w: &str) -> &Word {
        match Key::of(w.as_bytes()) {
            Some(k) => self.keyed.get(k),
            None => self.words.get(w).unwrap_or(&NO_WORD),
        }
    }

    /// [`Tables::word`] of the lowered word of [`Key`] `k`.
    #[inline(always)]
    pub fn word_of_key(&self, k: Key) -> &Word {
        self.keyed.get(k)
    }
}

/// A word of at most 15 bytes as two integers: its bytes, little-endian
/// and padded with zeros, and its length in the top byte, so that any two
/// such words differ in their keys. Comparing keys needs no hashing of the
/// word nor any look at the table's strings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Key(u64, u64);

/// The first `n` bytes of a little-endian word, for `n` in 0..=8.
const KEEP: [u64; 9] = [
    0,
    0xff,
    0xffff,
    0xff_ffff,
    0xffff_ffff,
    0xff_ffff_ffff,
    0xffff_ffff_ffff,
    0xff_ffff_ffff_ffff,
    u64::MAX,
];

impl Key {
    /// The key of `w`; none when it is longer than 15 bytes.
    pub fn of(w: &[u8]) -> Option<Key> {
        if w.len() > 15 {
            return None;
        }
        let mut b = [0u8; 16];
        b.get_mut(..w.len())?.copy_from_slice(w);
        b[15] = w.len() as u8;
        let (lo, hi) = b.split_at(8);
        Some(Key(
            u64::from_le_bytes(lo.try_into().ok()?),
            u64::from_le_bytes(hi.try_into().ok()?),
        ))
    }

    /// The key of the word of `n` <= 15 bytes that starts the sixteen
    /// bytes `lo`, `hi` (little-endian): the same as [`Key::of`] of it.
    #[inline]
    pub fn new(lo: u64, hi: u64, n: usize) -> Key {
        let keep = |k: usize| KEEP.get(k).copied().unwrap_or(u64::MAX);
        Key(lo & keep(n), (hi & keep(n.saturating_sub(8))) | (n as u64) << 56)
    }

    /// Where the search for the key starts in [`Keyed::slots`].
    ///
    /// The length is left out: the zeros after a word's letters tell it
    /// (no word has a zero byte), and a word of up to seven letters, most
    /// words, is then hashed from its first eight bytes alone.
    #[inline(always)]
    fn slot(self) -> usize {
        let h = (self.0 ^ self.1 << 8).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (h >> (64 - SLOT_BITS)) as usize
    }
}

/// [`Keyed::slots`] has `1 << SLOT_BITS` slots: four for each word of the
/// tables (a few hundred), and room for some more.
const SLOT_BITS: u32 = 11;
const SLOTS: usize = 1 << SLOT_BITS;

/// An open-addressed table of words by [`Key`], about a quarter full, so
/// that a word not in it (most tokens) is nearly always ruled out by its
/// first slot. The slots are two-byte indices into the words: they take 4 KB
/// where slots of whole words took 64 KB, which every document (a thousand
/// tokens of 64 bytes each in between) had to load again into the
/// first-level cache, line by line. Their number is fixed, and they lie in
/// the tables themselves: finding a word's slot reads no bounds nor
/// address, and a word not in the table costs a hash and one load.
struct Keyed {
    /// 1 + the index in `words` of a word; 0 for an empty slot
    slots: [u16; SLOTS],
    words: Vec<(Key, Word)>,
}

impl Keyed {
    /// The table of every word of at most 15 bytes of `words` (all but one
    /// slot at most: the tables have a few hundred words).
    fn new(words: &FastMap<String, Word>) -> Self {
        let keyed: Vec<(Key, Word)> = words
            .iter()
            .filter_map(|(w, x)| Some((Key::of(w.as_bytes())?, *x)))
            .take(SLOTS - 1)
            .collect();
        let mut slots = [0u16; SLOTS];
        for (at, (k, _)) in (1..).zip(&keyed) {
            let mut i = k.slot();
            while slots[i] != 0 {
                i = (i + 1) % SLOTS;
            }
            slots[i] = at;
        }
        Keyed { slots, words: keyed }
    }

    #[inline(always)]
    fn get(&self, k: Key) -> &Word {
        let mut i = k.slot();
        // the table is never full: an empty slot ends every search
        loop {
            let at = usize::from(self.slots[i % SLOTS]);
            if at == 0 {
                return &NO_WORD;
            }
            match self.words.get(at - 1) {
                Some((key, w)) if *key == k => return w,
                Some(_) => i += 1,
                None => return &NO_WORD,
            }
        }
    }
}

const MONTHS: &str = include_str!("../data/months.tsv");
const WEEKDAYS: &str = include_str!("../data/weekdays.tsv");
const NUMBERS: &str = include_str!("../data/numbers.tsv");
const UNITS: &str = include_str!("../data/units.tsv");
const TENSE: &str = include_str!("../data/tense.tsv");
const SEASONS: &str = include_str!("../data/seasons.tsv");
const CLOCK: &str = include_str!("../data/clock.tsv");

/// Data rows of a TSV: non-empty lines not starting with `#`, split on tabs.
fn rows(src: &str) -> impl Iterator<Item = Vec<&str>> {
    src.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect::<Vec<_>>())
}

fn month_day(s: &str) -> Option<(u32, u32)> {
    let (m, d) = s.split_once('-')?;
    Some((m.parse().ok()?, d.parse().ok()?))
}

fn build() -> Tables {
    let mut t = Tables {
        months: FastMap::default(),
        weekdays: FastMap::default(),
        numbers: FastMap::default(),
        counts: FastSet::default(),
        units: FastMap::default(),
        cues: FastMap::default(),
        seasons: Vec::new(),
        zones: FastSet::default(),
        clock_units: FastMap::default(),
        quantity: FastSet::default(),
        clock_follow: FastSet::default(),
        words: FastMap::default(),
        keyed: Keyed {
            slots: [0; SLOTS],
            words: Vec::new(),
        },
    };
    for r in rows(MONTHS) {
        if let (Some(n), Some(Ok(m))) = (r.first(), r.get(1).map(|v| v.parse::<u32>())) {
            let amb = r.get(2).is_some_and(|v| *v == "1");
            t.months.insert(n.to_string(), (m, amb));
        }
    }
    for r in rows(WEEKDAYS) {
        if let (Some(n), Some(Ok(w))) = (r.first(), r.get(1).map(|v| v.parse::<u32>())) {
            let amb = r.get(2).is_some_and(|v| *v == "1");
            t.weekdays.insert(n.to_string(), (w, amb));
        }
    }
    for r in rows(NUMBERS) {
        if let (Some(n), Some(Ok(v))) = (r.first(), r.get(1).map(|v| v.parse::<u32>())) {
            let ord = r.get(2).is_some_and(|k| *k == "ordinal");
            if r.get(2).is_some_and(|k| *k == "count") {
                t.counts.insert(n.to_string());
            }
            t.numbers.insert(n.to_string(), (v, ord));
        }
    }
    for r in rows(UNITS) {
        let unit = match r.get(1).copied() {
            Some("day") => Unit::Day,
            Some("week") => Unit::Week,
            Some("month") => Unit::Month,
            Some("year") => Unit::Year,
            _ => continue,
        };
        if let Some(n) = r.first() {
            t.units.insert(n.to_string(), unit);
        }
    }
    for r in rows(TENSE) {
        let cue = match r.get(1).copied() {
            Some("past") => Cue::Past,
            Some("future") => Cue::Future,
            Some("infinitive") => Cue::Infinitive,
            _ => continue,
        };
        if let Some(n) = r.first() {
            t.cues.insert(n.to_string(), cue);
        }
    }
    for r in rows(SEASONS) {
        if let (Some(n), Some(a), Some(b)) = (
            r.first(),
            r.get(1).and_then(|s| month_day(s)),
            r.get(2).and_then(|s| month_day(s)),
        ) {
            t.seasons.push((n.to_string(), a, b));
        }
    }
    for r in rows(CLOCK) {
        let (Some(n), Some(kind)) = (r.first(), r.get(1)) else {
            continue;
        };
        let n = n.to_string();
        match *kind {
            "zone" => {
                t.zones.insert(n);
            }
            "span" => {
                if let Some(Ok(v)) = r.get(2).map(|v| v.parse::<u32>()) {
                    t.clock_units.insert(n, v);
                }
            }
            "quantity" => {
                t.quantity.insert(n);
            }
            "follow" => {
                t.clock_follow.insert(n);
            }
            _ => {}
        }
    }
    t.words = words(&t);
    t.keyed = Keyed::new(&t.words);
    t
}

/// The per-word view of the tables, and which words may start a date
/// expression: any month, weekday (or plural) or number word, and the
/// literal first words of the grammar's rules.
fn words(t: &Tables) -> FastMap<String, Word> {
    let mut words: FastMap<String, Word> = FastMap::default();
    let small = |v: u32| u8::try_from(v).unwrap_or(0);
    for (n, &(m, amb)) in &t.months {
        words.entry(n.clone()).or_default().month = Some((small(m), amb));
    }
    for (n, &(d, amb)) in &t.weekdays {
        words.entry(n.clone()).or_default().weekday = Some((small(d), amb));
    }
    // a plural is read only when the word is not itself a weekday name
    for (n, &(d, amb)) in &t.weekdays {
        let plural = format!("{n}s");
        if !t.weekdays.contains_key(&plural) {
            let w = words.entry(plural.clone()).or_default();
            w.weekday = Some((small(d), amb || plural.len() < 6));
            w.plural = true;
        }
    }
    for (n, &v) in &t.numbers {
        words.entry(n.clone()).or_default().number = Some((u16::try_from(v.0).unwrap_or(0), v.1));
    }
    for (n, &u) in &t.units {
        words.entry(n.clone()).or_default().unit = Some(u);
    }
    for (n, &c) in &t.cues {
        words.entry(n.clone()).or_default().cue = Some(c);
    }
    use super::scan::rule;
    for (n, w) in &mut words {
        if w.month.is_some() {
            w.rules |= rule::MONTH_WORD;
        }
        if w.weekday.is_some() {
            w.rules |= rule::WEEKDAY_WORD;
        }
        if let Some((v, ord)) = w.number {
            w.rules |= rule::number_word(v, ord, t.counts.contains(n));
        }
    }
    for &(n, rules) in super::scan::STARTERS {
        words.entry(n.to_string()).or_default().rules |= rules;
    }
    for &(n, lead) in super::scan::LEADS {
        words.entry(n.to_string()).or_default().lead = Some(lead);
    }
    for &(n, _) in super::LENGTH_WORDS {
        words.entry(n.to_string()).or_default().opens = true;
    }
    for w in words.values_mut() {
        w.opens |= w.rules != 0;
    }
    words
}

/// The tables, parsed on first use.
pub(crate) fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(build)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load() {
        let t = tables();
        assert_eq!(t.months.get("sept"), Some(&(9, false)));
        assert_eq!(t.months.get("may"), Some(&(5, true)));
        assert_eq!(t.weekdays.get("thurs"), Some(&(4, false)));
        assert_eq!(t.numbers.get("twentieth"), Some(&(20, true)));
        assert_eq!(t.numbers.get("seven"), Some(&(7, false)));
        assert!(t.counts.contains("several") && !t.counts.contains("seven"));
        assert_eq!(t.units.get("yrs"), Some(&Unit::Year));
        assert_eq!(t.cues.get("will"), Some(&Cue::Future));
        assert_eq!(t.cues.get("said"), Some(&Cue::Past));
        assert!(t.seasons.iter().any(|s| s.0 == "winter"));
        assert!(t.zones.contains("gmt"));
        assert_eq!(t.clock_units.get("hours"), Some(&60));
        assert!(t.quantity.contains("closed"));
        assert!(t.clock_follow.contains("tomorrow"));
        // the shape filter lets every known word through, and no other
        for (w, x) in &t.words {
            assert_eq!(t.word(w), x, "{w}");
        }
        for (w, &(v, ord)) in &t.numbers {
            assert_eq!(
                t.word(w).number.map(|(v, o)| (u32::from(v), o)),
                Some((v, ord)),
                "{w}"
            );
        }
        assert_eq!(t.word("mondays").weekday, Some((1, false)));
        assert_eq!(t.word("that").lead, Some(Lead::At));
        assert_eq!(std::mem::size_of::<(Key, Word)>(), 32);
        // every word has a slot, and most slots are empty
        assert_eq!(
            t.keyed.words.len(),
            t.words.keys().filter(|w| w.len() <= 15).count()
        );
        assert!(4 * t.keyed.words.len() <= SLOTS, "{} words", t.keyed.words.len());
        // a key read from a longer text is the key of the word alone
        for w in t.words.keys().filter(|w| w.len() <= 15) {
            let mut b = [b'x'; 16];
            b[..w.len()].copy_from_slice(w.as_bytes());
            let lo = u64::from_le_bytes(b[..8].try_into().unwrap());
            let hi = u64::from_le_bytes(b[8..].try_into().unwrap());
            assert_eq!(Some(Key::new(lo, hi, w.len())), Key::of(w.as_bytes()), "{w}");
            assert_eq!(t.word_of_key(Key::new(lo, hi, w.len())), &t.words[w]);
        }
        assert!(*t.word("minister") == Word::default() && *t.word("") == Word::default());
        for (w, c) in &t.cues {
            assert_eq!(t.word(w).cue, Some(*c), "{w}");
        }
        assert_eq!(t.word("minister").cue, None);
        // every month and weekday is named
        for m in 1..=12 {
            assert!(t.months.values().any(|v| v.0 == m));
        }
        for w in 1..=7 {
            assert!(t.weekdays.values().any(|v| v.0 == w));
        }
    }
}
