//! Built-in tables: countries, cities, titles of office, government voices,
//! international organisations, reporting verbs and visit triggers.
//!
//! The tables live in `src/data/*.tsv` as readable data. They are parsed once
//! per process and matched against a document's tokens with one Aho-Corasick
//! automaton, so a lookup costs the same whatever the size of the tables.
//!
//! ```
//! use attache::gazetteer::Gazetteer;
//!
//! let g = Gazetteer::builtin();
//! assert_eq!(g.country_code("Britain"), Some("GB"));
//! assert_eq!(g.country_code("Iranian"), Some("IR"));
//! assert_eq!(g.country_code("Tokyo"), Some("JP"));
//! assert_eq!(g.country_name("PK"), Some("Pakistan"));
//! ```

use std::ops::Range;
use std::sync::OnceLock;

mod fx;
pub(crate) use fx::{FastMap, FastSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::model::Role;
use crate::text::{tokenize_into, Text, Token, TokenKind};
use crate::Span;

/// Rows of a TSV table: comment lines (`#`) and blank lines skipped, fields
/// split on tabs and trimmed.
pub(crate) fn tsv_rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn alts(field: Option<&&'static str>) -> impl Iterator<Item = &'static str> {
    field
        .copied()
        .unwrap_or("")
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// How senior a title of office is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rank {
    /// Heads of state or government, monarchs, heads of organisations.
    Head,
    /// Ministers and secretaries of departments.
    Minister,
    /// Everyone else.
    Official,
}

/// A title of office ("Foreign Minister").
#[derive(Clone, Debug)]
pub struct Title {
    /// The title as written in the table.
    pub name: &'static str,
    /// The delegation role a holder of this title plays.
    pub role: Role,
    /// How senior the title is.
    pub rank: Rank,
    /// The full form this title abbreviates or varies ("PM" -> "Prime
    /// Minister"); the title itself otherwise.
    pub canonical: &'static str,
    /// The one country whose office this is ("Home Secretary" -> GB).
    pub country: Option<&'static str>,
}

/// What kind of government voice an [`Office`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OfficeKind {
    /// A ministry or department.
    Ministry,
    /// A seat of government speaking for it ("Kremlin", "White House").
    Government,
    /// A news agency.
    Agency,
    /// Any other office.
    Office,
}

/// A ministry, office or agency that issues statements.
#[derive(Clone, Debug)]
pub struct Office {
    /// Canonical name ("Foreign Office").
    pub name: &'static str,
    /// Country, when the name alone fixes it ("Kremlin" -> RU).
    pub country: Option<&'static str>,
    /// What kind of voice it is.
    pub kind: OfficeKind,
}

/// An international organisation.
#[derive(Clone, Debug)]
pub struct Org {
    /// Canonical name ("United Nations").
    pub name: &'static str,
    /// Country of its seat, when it has one.
    pub seat: Option<&'static str>,
}

/// Which argument frames a reporting verb takes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Frames {
    /// "said (that) ...".
    pub that: bool,
    /// "urged X to ...".
    pub to: bool,
    /// "described X as ...".
    pub as_: bool,
    /// A prepositional cue ("according to").
    pub prep: bool,
}

/// A verb or phrase of saying.
#[derive(Clone, Debug)]
pub struct Verb {
    /// Base form ("say").
    pub lemma: &'static str,
    /// Argument frames.
    pub frames: Frames,
}

/// What a visit trigger phrase does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TriggerKind {
    /// A noun naming a visit ("visit", "trip", "tour").
    Noun,
    /// A verb of travel ("visited", "arrived in").
    Verb,
    /// A host-side verb ("hosted", "welcomed").
    Host,
    /// "at the invitation of".
    Invite,
    /// The visit was called off.
    Cancel,
    /// The visit was put off.
    Postpone,
    /// The trip is not a state visit ("private visit", "holiday").
    Negative,
    /// A verb that begins or ends the visit named after it ("began",
    /// "concluded"); see [`Trigger::phase`].
    Phase,
    /// An act done in person ("met", "told reporters"): with a wire
    /// dateline it places a foreign subject in the dateline's country.
    Presence,
}

/// Which end of a visit a trigger marks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Phase {
    /// Neither.
    #[default]
    Any,
    /// The visit starts ("began a visit").
    Begin,
    /// The visit ends ("concluded a visit").
    End,
}

/// A visit trigger phrase.
#[derive(Clone, Debug)]
pub struct Trigger {
    /// The phrase as in the table.
    pub phrase: &'static str,
    /// What it does.
    pub kind: TriggerKind,
    /// True for "return from" and the like: the place named is left, not reached.
    pub from: bool,
    /// True when the visitor is the verb's object: "a tour that has taken
    /// Herrington to Iraq".
    pub object_visitor: bool,
    /// True for weak nouns ("talks"): the place must follow at once
    /// ("his talks in Washington").
    pub near: bool,
    /// Whether the trigger marks the visit's beginning or end.
    pub phase: Phase,
}

/// What a dictionary match refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Entry {
    /// A country name or alias; the ISO code.
    Country(&'static str),
    /// A demonym or adjective ("Iranian"); the ISO code.
    Demonym(&'static str),
    /// A capital city; the ISO code.
    Capital(&'static str),
    /// Another city; the ISO code.
    City(&'static str),
    /// A title of office; index into [`Gazetteer::titles`].
    Title(u16),
    /// A government voice; index into [`Gazetteer::offices`].
    Office(u16),
    /// An international organisation; index into [`Gazetteer::orgs`].
    Org(u16),
    /// A reporting verb form; index into [`Gazetteer::verbs`].
    Verb(u16),
    /// A visit trigger; index into [`Gazetteer::triggers`].
    Trigger(u16),
}

impl Entry {
    fn proper_noun(self) -> bool {
        matches!(
            self,
            Entry::Country(_) | Entry::Demonym(_) | Entry::Capital(_) | Entry::City(_) | Entry::Org(_)
        )
    }

    /// The ISO code a place entry stands for.
    pub fn place(self) -> Option<&'static str> {
        match self {
            Entry::Country(c) | Entry::Demonym(c) | Entry::Capital(c) | Entry::City(c) => Some(c),
            _ => None,
        }
    }
}

/// One dictionary match over a document's tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// What was matched.
    pub entry: Entry,
}

impl Match {
    /// The tokens the match covers.
    pub fn tokens(&self) -> Range<usize> {
        self.start..self.end
    }
}

struct Pattern {
    /// For each token of the pattern: does it start with a capital letter.
    caps: Vec<bool>,
    /// An acronym ("FO", "APP"): matches only in capitals, whatever the
    /// table, since in lower case it is usually a common word.
    acronym: bool,
    entries: Vec<Entry>,
}

/// The built-in tables and the automaton that finds them in text.
pub struct Gazetteer {
    country_names: FastMap<&'static str, &'static str>,
    lookup: FastMap<String, Vec<Entry>>,
    titles: Vec<Title>,
    offices: Vec<Office>,
    orgs: Vec<Org>,
    verbs: Vec<Verb>,
    triggers: Vec<Trigger>,
    patterns: Vec<Pattern>,
    automaton: AhoCorasick,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("countries", &self.country_names.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

// Lowercased tokens joined by single spaces: the form both patterns and
// documents take before matching, so that line breaks, curly apostrophes and
// case do not matter.
fn normalize_token(s: &str, out: &mut String) {
    if s.is_ascii() {
        let at = out.len();
        out.push_str(s);
        out[at..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

fn normalize_phrase(p: &str) -> (String, Vec<bool>) {
    let mut toks = Vec::new();
    tokenize_into(p, Span::new(0, p.len()), &mut toks);
    let mut out = String::new();
    let mut caps = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let s = t.span().slice(p);
        normalize_token(s, &mut out);
        caps.push(s.chars().next().is_some_and(char::is_uppercase));
    }
    (out, caps)
}

fn parse_role(s: &str) -> Role {
    match s {
        "spouse" => Role::Spouse,
        "foreign_minister" => Role::ForeignMinister,
        "minister" => Role::Minister,
        "cabinet" => Role::Cabinet,
        "business" => Role::Business,
        "official" => Role::Official,
        "military" => Role::Military,
        _ => Role::Other,
    }
}

impl Gazetteer {
    /// The built-in tables, parsed once per process and shared.
    pub fn builtin() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(Gazetteer::load)
    }

    fn load() -> Gazetteer {
        let mut phrases: FastMap<String, Pattern> = FastMap::default();
        let mut lookup: FastMap<String, Vec<Entry>> = FastMap::default();
        let mut add = |phrase: &str, entry: Entry| {
            let (norm, caps) = normalize_phrase(phrase);
            if norm.is_empty() {
                return;
            }
            let acronym = phrase.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !phrase.chars().any(char::is_lowercase);
            let p = phrases.entry(norm.clone()).or_insert_with(|| Pattern {
                caps,
                acronym,
                entries: Vec::new(),
            });
            if !p.entries.contains(&entry) {
                p.entries.push(entry);
            }
            let l = lookup.entry(norm).or_default();
            if !l.contains(&entry) {
                l.push(entry);
            }
        };

        let mut country_names = FastMap::default();
        for f in tsv_rows(include_str!("../data/countries.tsv")) {
            let (Some(&iso), Some(&name)) = (f.first(), f.get(1)) else {
                continue;
            };
            country_names.insert(iso, name);
            add(name, Entry::Country(iso));
            for a in alts(f.get(2)) {
                add(a, Entry::Country(iso));
            }
            for d in alts(f.get(3)) {
                add(d, Entry::Demonym(iso));
            }
            for c in alts(f.get(4)) {
                add(c, Entry::Capital(iso));
            }
        }
        for f in tsv_rows(include_str!("../data/cities.tsv")) {
            if let (Some(&city), Some(&iso)) = (f.first(), f.get(1)) {
                add(city, Entry::City(iso));
            }
        }
        let mut titles = Vec::new();
        for f in tsv_rows(include_str!("../data/titles.tsv")) {
            let Some(&name) = f.first() else { continue };
            let rank = match f.get(2).copied() {
                Some("head") => Rank::Head,
                Some("minister") => Rank::Minister,
                _ => Rank::Official,
            };
            add(name, Entry::Title(titles.len() as u16));
            titles.push(Title {
                name,
                role: parse_role(f.get(1).copied().unwrap_or("other")),
                rank,
                canonical: f.get(3).copied().filter(|c| !c.is_empty()).unwrap_or(name),
                country: f.get(4).copied().filter(|c| !c.is_empty()),
            });
        }
        let mut offices = Vec::new();
        for f in tsv_rows(include_str!("../data/offices.tsv")) {
            let Some(&name) = f.first() else { continue };
            let id = Entry::Office(offices.len() as u16);
            add(name, id);
            for a in alts(f.get(1)) {
                add(a, id);
            }
            let kind = match f.get(3).copied() {
                Some("ministry") => OfficeKind::Ministry,
                Some("government") => OfficeKind::Government,
                Some("agency") => OfficeKind::Agency,
                _ => OfficeKind::Office,
            };
            offices.push(Office {
                name,
                country: f.get(2).copied().filter(|s| !s.is_empty()),
                kind,
            });
        }
        let mut orgs = Vec::new();
        for f in tsv_rows(include_str!("../data/orgs.tsv")) {
            let Some(&name) = f.first() else { continue };
            let id = Entry::Org(orgs.len() as u16);
            add(name, id);
            for a in alts(f.get(1)) {
                add(a, id);
            }
            orgs.push(Org {
                name,
                seat: f.get(2).copied().filter(|s| !s.is_empty()),
            });
        }
        let mut verbs = Vec::new();
        for f in tsv_rows(include_str!("../data/reporting_verbs.tsv")) {
            let Some(&lemma) = f.first() else { continue };
            let id = Entry::Verb(verbs.len() as u16);
            for form in alts(f.get(1)) {
                add(form, id);
            }
            let mut frames = Frames::default();
            for fr in alts(f.get(2)) {
                match fr {
                    "that" => frames.that = true,
                    "to" => frames.to = true,
                    "as" => frames.as_ = true,
                    "prep" => frames.prep = true,
                    _ => {}
                }
            }
            verbs.push(Verb { lemma, frames });
        }
        let mut triggers = Vec::new();
        for f in tsv_rows(include_str!("../data/visit_triggers.tsv")) {
            let Some(&phrase) = f.first() else { continue };
            let kind = match f.get(1).copied() {
                Some("noun") => TriggerKind::Noun,
                Some("host") => TriggerKind::Host,
                Some("invite") => TriggerKind::Invite,
                Some("cancel") => TriggerKind::Cancel,
                Some("postpone") => TriggerKind::Postpone,
                Some("negative") => TriggerKind::Negative,
                Some("phase") => TriggerKind::Phase,
                Some("presence") => TriggerKind::Presence,
                _ => TriggerKind::Verb,
            };
            add(phrase, Entry::Trigger(triggers.len() as u16));
            triggers.push(Trigger {
                phrase,
                kind,
                from: f.get(2).copied() == Some("from"),
                object_visitor: f.get(2).copied() == Some("obj"),
                near: f.get(2).copied() == Some("near"),
                phase: match f.get(2).copied() {
                    Some("begin") => Phase::Begin,
                    Some("end") => Phase::End,
                    _ => Phase::Any,
                },
            });
        }

        let mut keys: Vec<String> = phrases.keys().cloned().collect();
        keys.sort();
        let patterns: Vec<Pattern> = keys
            .iter()
            .map(|k| phrases.remove(k).expect("key from map"))
            .collect();
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            // The non-contiguous NFA builds fastest: it keeps `Extractor::new()` cheap.
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(&keys)
            .expect("built-in patterns are small enough for the automaton");
        Gazetteer {
            country_names,
            lookup,
            titles,
            offices,
            orgs,
            verbs,
            triggers,
            patterns,
            automaton,
        }
    }

    /// Every table entry a phrase stands for, case-insensitively.
    pub fn lookup(&self, phrase: &str) -> &[Entry] {
        let (norm, _) = normalize_phrase(phrase);
        self.lookup.get(&norm).map_or(&[], Vec::as_slice)
    }

    /// ISO code of a country, demonym, capital or city name.
    pub fn country_code(&self, phrase: &str) -> Option<&'static str> {
        let entries = self.lookup(phrase);
        let rank = |e: &Entry| match e {
            Entry::Country(_) => 0,
            Entry::Demonym(_) => 1,
            Entry::Capital(_) => 2,
            _ => 3,
        };
        entries
            .iter()
            .filter(|e| e.place().is_some())
            .min_by_key(|e| rank(e))
            .and_then(|e| e.place())
    }

    /// Common English name of a country by ISO code.
    pub fn country_name(&self, iso: &str) -> Option<&'static str> {
        self.country_names.get(iso).copied()
    }

    /// The titles table.
    pub fn titles(&self) -> &[Title] {
        &self.titles
    }

    /// The government voices table.
    pub fn offices(&self) -> &[Office] {
        &self.offices
    }

    /// The international organisations table.
    pub fn orgs(&self) -> &[Org] {
        &self.orgs
    }

    /// The reporting verbs table.
    pub fn verbs(&self) -> &[Verb] {
        &self.verbs
    }

    /// The visit triggers table.
    pub fn triggers(&self) -> &[Trigger] {
        &self.triggers
    }

    /// Every match of every table in `text`, sorted by start token and then
    /// by length, longest first. Proper nouns (countries, cities,
    /// organisations) match only when capitalized as in the table, or when the
    /// text is in capitals; titles, verbs and offices match in any case.
    pub fn find(&self, text: &Text<'_>) -> Vec<Match> {
        let tokens = text.tokens();
        let src = text.as_str();
        let mut norm = String::with_capacity(src.len() + tokens.len());
        let mut starts = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 {
                // A sentence boundary is a hard stop: no phrase spans it.
                norm.push(if text.sentence_of(i) != text.sentence_of(i - 1) {
                    '\n'
                } else {
                    ' '
                });
            }
            starts.push(norm.len());
            normalize_token(t.span().slice(src), &mut norm);
        }
        let mut out = Vec::new();
        // Overlapping matches come in order of their end, so the number of
        // tokens starting before a match's end only grows: a cursor finds it
        // without a search per match.
        let mut cursor = 0;
        for m in self.automaton.find_overlapping_iter(&norm) {
            let end_ok = m.end() == norm.len()
                || norm.as_bytes()[m.end()] == b' '
                || norm.as_bytes()[m.end()] == b'\n';
            if !end_ok {
                continue;
            }
            // `last`: tokens starting before the match's end.
            if cursor > 0 && starts[cursor - 1] >= m.end() {
                cursor = starts.partition_point(|&s| s < m.end());
            }
            while cursor < starts.len() && starts[cursor] < m.end() {
                cursor += 1;
            }
            let last = cursor;
            let pat = &self.patterns[m.pattern().as_usize()];
            // The match must start exactly at the first of its tokens.
            let Some(first) = last.checked_sub(pat.caps.len()) else {
                continue;
            };
            if starts.get(first) != Some(&m.start()) {
                continue;
            }
            let case_ok = case_fits(&tokens[first..last], &pat.caps, src);
            if pat.acronym
                && tokens[first..last]
                    .iter()
                    .any(|t| t.span().slice(src).chars().any(char::is_lowercase))
            {
                continue;
            }
            // A capitalized word inside a sentence is a name, not a verb:
            // "Secretary of State".
            let capitalized = tokens[first].span().slice(src).starts_with(char::is_uppercase)
                && first > 0
                && text.sentence_of(first) == text.sentence_of(first - 1)
                && tokens[first - 1].kind != TokenKind::Quote(crate::text::QuoteDir::Open)
                && !case_ok_all_caps(&tokens[first..last], src);
            for &e in &pat.entries {
                if e.proper_noun() && !case_ok {
                    continue;
                }
                if capitalized && matches!(e, Entry::Verb(_)) {
                    continue;
                }
                out.push(Match {
                    start: first,
                    end: last,
                    entry: e,
                });
            }
        }
        out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        out
    }
}

fn case_fits(tokens: &[Token], caps: &[bool], src: &str) -> bool {
    let all_caps = tokens.iter().all(|t| {
        let s = t.span().slice(src);
        !s.chars().any(char::is_lowercase)
    });
    if all_caps
        && tokens
            .iter()
            .any(|t| t.kind == TokenKind::Word && t.span().len() > 2)
    {
        return true;
    }
    tokens.iter().zip(caps).all(|(t, &cap)| {
        let upper = t.span().slice(src).chars().next().is_some_and(char::is_uppercase);
        upper == cap || !cap
    })
}

/// Dictionary matches of a document, indexed by start token.
#[derive(Clone, Debug, Default)]
pub struct Matches {
    all: Vec<Match>,
    first: Vec<u32>,
}

impl Matches {
    /// Indexes `all` (sorted as [`Gazetteer::find`] returns it) for `n_tokens` tokens.
    pub fn new(all: Vec<Match>, n_tokens: usize) -> Matches {
        let mut first = vec![u32::MAX; n_tokens + 1];
        for (i, m) in all.iter().enumerate().rev() {
            if m.start < first.len() {
                first[m.start] = i as u32;
            }
        }
        Matches { all, first }
    }

    /// All matches.
    pub fn all(&self) -> &[Match] {
        &self.all
    }

    /// Matches starting at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[Match] {
        let Some(&f) = self.first.get(i) else {
            return &[];
        };
        if f == u32::MAX {
            return &[];
        }
        let f = f as usize;
        let n = self.all[f..].iter().take_while(|m| m.start == i).count();
        &self.all[f..f + n]
    }

    /// The longest match at token `i` that `pick` accepts.
    pub fn find_at<T>(&self, i: usize, mut pick: impl FnMut(&Match) -> Option<T>) -> Option<(Match, T)> {
        self.at(i).iter().find_map(|m| pick(m).map(|t| (*m, t)))
    }
}

fn case_ok_all_caps(tokens: &[Token], src: &str) -> bool {
    tokens
        .iter()
        .all(|t| !t.span().slice(src).chars().any(char::is_lowercase))
}

/// A closed word class from `src/data/lexicon.tsv` ("family", "party",
/// "meeting", "title_modifier", "name_particle", "sentence_starter",
/// "stop_context").
/// Unknown classes are empty.
pub(crate) fn lexicon(class: &str) -> &'static Lexicon {
    static T: OnceLock<FastMap<&'static str, Lexicon>> = OnceLock::new();
    static EMPTY: OnceLock<Lexicon> = OnceLock::new();
    let table = T.get_or_init(|| {
        let mut m: FastMap<&'static str, Lexicon> = FastMap::default();
        for f in tsv_rows(include_str!("../data/lexicon.tsv")) {
            if let (Some(&w), Some(&c)) = (f.first(), f.get(1)) {
                m.entry(c).or_default().words.insert(w);
            }
        }
        m
    });
    table
        .get(class)
        .unwrap_or_else(|| EMPTY.get_or_init(Lexicon::default))
}

/// A set of words read from the lexicon table.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: crate::gazetteer::FastSet<&'static str>,
}

impl Lexicon {
    /// Whether `w` is in the class, exactly as written.
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.words.contains(w)
    }
}
