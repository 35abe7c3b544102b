//! Built-in tables: countries, cities, titles of office, government voices,
//! international organisations, reporting verbs and visit triggers.
//!
//! The tables live in `src/data/*.tsv` as readable data. They are parsed once
//! per process into one automaton over tokens (a trie of the phrases'
//! lower-cased tokens) and matched against a document's tokens, so a lookup
//! costs the same whatever the size of the tables.
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

use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

mod fx;
pub(crate) use fx::{FastMap, FastSet};

use crate::model::Role;
use crate::text::{in_ascii_word, tokenize_into, Text, Token, TokenKind};
use crate::Span;

/// Rows of a TSV table: comment lines (`#`) and blank lines skipped, fields
/// split on tabs and trimmed.
pub(crate) fn tsv_rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn alts(field: &'static str) -> impl Iterator<Item = &'static str> {
    field.split('|').map(str::trim).filter(|s| !s.is_empty())
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

/// An ISO 3166 alpha-2 code of the countries table, held in two bytes so
/// that a dictionary match stays small (a document has a match every few
/// tokens).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Iso(u16);

impl Iso {
    /// The code of `code`, when the countries or cities table has it.
    pub fn of(code: &str) -> Option<Iso> {
        iso_codes().index.get(code).copied().map(Iso)
    }

    /// The code as text ("PK").
    pub fn as_str(self) -> &'static str {
        iso_codes().list.get(usize::from(self.0)).copied().unwrap_or("")
    }
}

impl std::fmt::Debug for Iso {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

struct IsoCodes {
    list: Vec<&'static str>,
    index: FastMap<&'static str, u16>,
}

// Its own table, apart from the gazetteer, so that the gazetteer's loading
// can name codes.
fn iso_codes() -> &'static IsoCodes {
    static T: OnceLock<IsoCodes> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = IsoCodes {
            list: Vec::new(),
            index: FastMap::default(),
        };
        let countries = tsv_fields(include_str!("../data/countries.tsv")).map(|[code]| code);
        let cities = tsv_fields(include_str!("../data/cities.tsv")).map(|[_, code]| code);
        for code in countries.chain(cities).filter(|c| !c.is_empty()) {
            if !t.index.contains_key(code) {
                if let Ok(id) = u16::try_from(t.list.len()) {
                    t.index.insert(code, id);
                    t.list.push(code);
                }
            }
        }
        t
    })
}

/// What a dictionary match refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Entry {
    /// A country name or alias; its code.
    Country(Iso),
    /// A demonym or adjective ("Iranian"); the country's code.
    Demonym(Iso),
    /// A capital city; the country's code.
    Capital(Iso),
    /// Another city; the country's code.
    City(Iso),
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
            Entry::Country(c) | Entry::Demonym(c) | Entry::Capital(c) | Entry::City(c) => Some(c.as_str()),
            _ => None,
        }
    }
}

/// One dictionary match over a document's tokens.
///
/// Token indices are kept in 32 bits (12 bytes a match: a document has a
/// match every few tokens); a text has fewer tokens than bytes, and
/// [`Text`] reads at most 4 GiB.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    start: u32,
    end: u32,
    /// What was matched.
    pub entry: Entry,
}

impl Match {
    /// A match of `entry` over tokens `start..end`.
    pub fn new(start: usize, end: usize, entry: Entry) -> Match {
        let narrow = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        Match {
            start: narrow(start),
            end: narrow(end),
            entry,
        }
    }

    /// First token.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// One past the last token.
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The same match starting at token `start` instead.
    pub fn with_start(self, start: usize) -> Match {
        Match::new(start, self.end(), self.entry)
    }

    /// The tokens the match covers.
    pub fn tokens(&self) -> Range<usize> {
        self.start()..self.end()
    }
}

struct Pattern {
    /// Bit `k`: token `k` of the pattern starts with a capital letter
    /// (tokens past the 64th, which no table has, are taken as lower case).
    caps: u64,
    /// An acronym ("FO", "APP"): matches only in capitals, whatever the
    /// table, since in lower case it is usually a common word.
    acronym: bool,
    /// What the pattern stands for: a range of `Gazetteer::entries`. One
    /// list for all patterns saves two allocations per pattern, a good part
    /// of what reading the tables cost.
    entries: (u32, u32),
    /// The first of those entries: nearly every pattern has only the one,
    /// which is then read from here, in the cache line the rest of the
    /// pattern is in, rather than from the list.
    entry: Entry,
}

/// No token id, state or pattern.
const NONE: u32 = u32::MAX;

/// The tables' normalized tokens, numbered in table order.
///
/// A hash table of its own rather than a map with `String` keys: every
/// token of a document is looked up, and this way a lookup needs no
/// lower-cased copy of the token, since the hash folds ASCII case as it
/// reads and the comparison ignores it. Half of what matching cost went
/// into that copy and the map's hashing.
struct Vocab {
    /// The tokens, one after another.
    text: String,
    /// Where each token ends in `text`; it starts where the one before ends.
    ends: Vec<u32>,
    /// Open addressing with linear probing, a power of two long and at most
    /// a quarter full (at half, a third of a document's lookups probed past
    /// the first slot). A slot holds a token's length and first eight bytes, so
    /// that most tokens are told apart (and found, since most are short)
    /// without reading the token itself.
    slots: Vec<Slot>,
    /// The id of each one-byte token in any ASCII case: punctuation and
    /// initials, an eighth of a document's tokens, found without hashing.
    bytes: [u32; 128],
    /// Bit `h` set when some token's hash has [`FILTER_BITS`] high bits
    /// `h`. Most of a document's tokens are not in the vocabulary, and the
    /// slots are too many to stay in the first-level cache: a clear bit
    /// (nine lookups in ten of a token not there) says so from a table
    /// of a few kilobytes that does.
    filter: Vec<u64>,
}

/// The number of high bits of a hash that [`Vocab::filter`] indexes by.
const FILTER_BITS: u32 = 14;

/// The words of [`Vocab::filter`].
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

#[derive(Clone, Copy)]
struct Slot {
    /// The first eight bytes of the token, as [`Key::head`].
    head: u64,
    /// The token's length in bytes.
    len: u32,
    /// The token's id, or [`NONE`] for an empty slot.
    id: u32,
}

const EMPTY_SLOT: Slot = Slot {
    head: 0,
    len: 0,
    id: NONE,
};

/// What a lookup needs of a token: its hash, its first eight bytes with
/// ASCII letters lower-cased (zero-padded), its length and whether it is
/// all ASCII, all found in one pass of eight bytes at a time.
struct Key {
    hash: u64,
    head: u64,
    len: u32,
    ascii: bool,
}

/// The multiplier of [`Key`]'s multiply-rotate hash.
const HASH_MUL: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// Bytes 0x01 in each lane of a word.
const LO: u64 = 0x0101_0101_0101_0101;

/// Eight bytes with those from 'A' to 'Z' lower-cased (0x20 added) and the
/// rest (also those of characters beyond ASCII) kept: the standard
/// library's trick for lower-casing a word at once.
fn fold_word(w: u64) -> u64 {
    let seven = w & (0x7f * LO);
    let upper = (seven + (0x80 - u64::from(b'A')) * LO)
        & !(seven + (0x80 - u64::from(b'Z') - 1) * LO)
        & !w
        & (0x80 * LO);
    w | (upper >> 2)
}

/// Up to eight bytes as a little-endian word (the first byte lowest),
/// zero-padded: two overlapping loads, or three single bytes for the
/// shortest, instead of a loop over the bytes.
#[inline]
fn word(c: &[u8]) -> u64 {
    let n = c.len();
    let load4 = |at: usize| {
        c.get(at..at + 4)
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u64::from(u32::from_le_bytes(b)))
    };
    let byte = |at: usize| c.get(at).map_or(0, |&b| u64::from(b));
    match n {
        0 => 0,
        1..=3 => byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1)),
        4..=7 => load4(0) | load4(n - 4) << (8 * (n - 4)),
        _ => c
            .get(..8)
            .and_then(|b| <[u8; 8]>::try_from(b).ok())
            .map_or(0, u64::from_le_bytes),
    }
}

impl Key {
    /// The key of `s`, which a normalized token and any ASCII casing of it
    /// share (multiply-rotate hashing of the lower-cased words).
    #[inline(always)]
    fn new(s: &[u8]) -> Key {
        Key::with_head(s, word(s.get(..8).unwrap_or(s)))
    }

    /// [`Key::new`] for a token of `len` bytes, two to eight, that are
    /// the little-endian word `w` (zero-padded) and all
    /// [`in_ascii_word`]: as every such token of a [`Text`] is. Those
    /// bytes lower-case by setting bit 5 (the others are from 0x20 to
    /// 0x3F, where it is set already), which is cheaper than
    /// [`fold_word`].
    #[inline(always)]
    fn short(w: u64, len: usize) -> Key {
        let head = (w | (0x20 * LO)) & (u64::MAX >> (64 - 8 * len));
        Key {
            hash: head.wrapping_mul(HASH_MUL),
            head,
            len: len as u32,
            ascii: true,
        }
    }

    /// [`Key::new`] for `s` whose first eight bytes (zero-padded) the
    /// caller has read as the little-endian word `w`.
    #[inline(always)]
    fn with_head(s: &[u8], w: u64) -> Key {
        const MUL: u64 = HASH_MUL;
        let rest = s.get(8..).unwrap_or(&[]);
        let mut high = w;
        let head = fold_word(w);
        let mut hash = head.wrapping_mul(MUL);
        // Most tokens are done here; longer ones go on eight bytes a time.
        for c in rest.chunks(8) {
            let w = word(c);
            high |= w;
            hash = (hash.rotate_left(5) ^ fold_word(w)).wrapping_mul(MUL);
        }
        Key {
            hash,
            head,
            len: s.len() as u32,
            ascii: high & (0x80 * LO) == 0,
        }
    }
}

impl Vocab {
    /// An empty vocabulary with room for about `n` tokens.
    fn with_capacity(n: usize) -> Vocab {
        Vocab {
            text: String::with_capacity(8 * n),
            ends: Vec::with_capacity(n),
            slots: vec![EMPTY_SLOT; (4 * n).next_power_of_two().max(64)],
            bytes: [NONE; 128],
            filter: vec![0; FILTER_WORDS],
        }
    }

    /// The bit of [`Vocab::filter`] for hash `h`: (word, mask).
    fn filter_bit(h: u64) -> (usize, u64) {
        let at = (h >> (64 - FILTER_BITS)) as usize;
        (at / 64, 1 << (at % 64))
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of token `id`.
    fn word(&self, id: u32) -> &[u8] {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        &self.text.as_bytes()[start..self.ends[id] as usize]
    }

    /// Numbers token `order[k]` `k` and token `id` `ids[id]`: `order` and
    /// `ids` hold every id once, and are inverse to one another. The slots
    /// stay where they are, since the tokens' keys do not change.
    fn renumber(&mut self, order: &[u32], ids: &[u32]) {
        debug_assert_eq!((order.len(), ids.len()), (self.len(), self.len()));
        let mut text = String::with_capacity(self.text.len());
        let mut ends = Vec::with_capacity(self.ends.len());
        for &id in order {
            text.push_str(self.token(id));
            ends.push(text.len() as u32);
        }
        (self.text, self.ends) = (text, ends);
        let new = |id: &mut u32| *id = ids.get(*id as usize).copied().unwrap_or(NONE);
        self.slots.iter_mut().for_each(|s| new(&mut s.id));
        self.bytes.iter_mut().for_each(new);
    }

    /// Token `id`, which starts and ends where a `str` was pushed.
    fn token(&self, id: u32) -> &str {
        let id = id as usize;
        let start = if id == 0 { 0 } else { self.ends[id - 1] as usize };
        self.text.get(start..self.ends[id] as usize).unwrap_or("")
    }

    /// The first slot to probe for hash `h`: the high bits, which the
    /// multiplication mixes best.
    fn home(&self, h: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (h >> (64 - bits)) as usize
    }

    /// The id of a token with key `k` whose bytes past the eighth `same`
    /// accepts, or [`NONE`].
    #[inline(always)]
    fn probe(&self, k: &Key, same: impl Fn(&[u8]) -> bool) -> u32 {
        let (word, bit) = Vocab::filter_bit(k.hash);
        if self.filter.get(word).is_none_or(|&w| w & bit == 0) {
            return NONE;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(k.hash);
        loop {
            let s = self.slots[i];
            if s.id == NONE || (s.len == k.len && s.head == k.head && (s.len <= 8 || same(self.word(s.id)))) {
                return s.id;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of a normalized token, or [`NONE`].
    fn get_norm(&self, norm: &str) -> u32 {
        self.probe(&Key::new(norm.as_bytes()), |w| w == norm.as_bytes())
    }

    /// The id of a document's token as written, or [`NONE`]; `buf` holds
    /// the normalized form of tokens that are not ASCII.
    fn get(&self, token: &str, buf: &mut String) -> u32 {
        self.get_bytes(token.as_bytes(), buf)
    }

    /// [`Vocab::get`] for the bytes of a token. Documents pass bytes: most
    /// tokens are ASCII, and slicing a `str` checks character boundaries.
    fn get_bytes(&self, token: &[u8], buf: &mut String) -> u32 {
        if let [b] = token {
            return self.byte(*b);
        }
        self.get_keyed(token, Key::new(token), buf)
    }

    /// The id of a one-byte token: a lone byte beyond ASCII is not UTF-8,
    /// so no token.
    fn byte(&self, b: u8) -> u32 {
        self.bytes.get(usize::from(b)).copied().unwrap_or(NONE)
    }

    /// [`Vocab::get_bytes`] for the token over `src[span]`: the usual token
    /// of eight bytes or fewer with eight bytes of `src` from its start is
    /// read with one load and a mask rather than byte by byte.
    #[inline]
    fn get_at(&self, src: &[u8], span: Range<usize>, buf: &mut String) -> u32 {
        // Most tokens are short ASCII words: their key is the masked
        // word alone, and the slots' heads settle them.
        let len = span.end.wrapping_sub(span.start);
        if (2..=8).contains(&len) {
            if let Some(b) = src.get(span.start..span.start + 8) {
                let w = <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes) & (u64::MAX >> (64 - 8 * len));
                if w & (0x80 * LO) == 0 {
                    debug_assert!(b.iter().take(len).all(|&c| in_ascii_word(c)), "{b:?}");
                    return self.probe(&Key::short(w, len), |_| true);
                }
            }
        }
        let Some(token) = src.get(span.clone()) else {
            return NONE;
        };
        let len = token.len();
        if let [b] = token {
            return self.byte(*b);
        }
        let w = match src.get(span.start..span.start + 8) {
            Some(b) if (1..=8).contains(&len) => {
                let b = <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes);
                b & (u64::MAX >> (64 - 8 * len))
            }
            _ => word(token.get(..8).unwrap_or(token)),
        };
        self.get_keyed(token, Key::with_head(token, w), buf)
    }

    /// [`Vocab::get_at`] for every token of a document, in order.
    ///
    /// Most tokens are short ASCII words or single bytes: those are looked
    /// up in a loop that reads the filter, the slots and the shift to a
    /// slot once per document and keeps them in registers, and that sends
    /// the others to [`Vocab::get_at`] out of line.
    fn ids_at(&self, src: &[u8], tokens: &[Token]) -> Vec<u32> {
        // The filter's length is fixed: its index, high bits of a hash,
        // needs no bounds test when the type says so.
        let Ok(filter) = <&[u64; FILTER_WORDS]>::try_from(self.filter.as_slice()) else {
            return tokens
                .iter()
                .map(|t| self.get_at(src, t.start()..t.end(), &mut String::new()))
                .collect();
        };
        let slots = self.slots.as_slice();
        let shift = 64 - slots.len().trailing_zeros();
        let mask = slots.len() - 1;
        let mut buf = String::new();
        let buf = &mut buf;
        tokens
            .iter()
            .map(move |t| {
                let (start, len) = (t.start(), t.end() - t.start());
                if len == 1 {
                    return src.get(start).map_or(NONE, |&b| self.byte(b));
                }
                // No token is empty, but a mask of no bytes would not shift.
                if len <= 8 && len != 0 {
                    if let Some(b) = src.get(start..start + 8) {
                        let w = <[u8; 8]>::try_from(b).map_or(0, u64::from_le_bytes)
                            & (u64::MAX >> (64 - 8 * len));
                        if w & (0x80 * LO) == 0 {
                            debug_assert!(b.iter().take(len).all(|&c| in_ascii_word(c)), "{b:?}");
                            let k = Key::short(w, len);
                            let (word, bit) = Vocab::filter_bit(k.hash);
                            if filter[word % FILTER_WORDS] & bit == 0 {
                                return NONE;
                            }
                            let mut i = (k.hash >> shift) as usize;
                            // A short key's slot is settled by length and head.
                            while let Some(s) = slots.get(i) {
                                if s.id == NONE || (s.len == k.len && s.head == k.head) {
                                    return s.id;
                                }
                                i = (i + 1) & mask;
                            }
                        }
                    }
                }
                self.get_at_cold(src, start..start + len, buf)
            })
            .collect()
    }

    /// [`Vocab::get_at`] kept out of [`Vocab::ids_at`]'s loop, whose
    /// registers its longer paths would take.
    #[inline(never)]
    fn get_at_cold(&self, src: &[u8], span: Range<usize>, buf: &mut String) -> u32 {
        if let Some(id) = src.get(span.clone()).and_then(|t| self.get_long_ascii(t)) {
            return id;
        }
        self.get_at(src, span, buf)
    }

    /// [`Vocab::get_at`] for a token of more than eight bytes, all
    /// [`in_ascii_word`] as the tokenizer makes an ASCII token (a tenth of
    /// a document's tokens): those lower-case by setting bit 5 of each
    /// byte, so its key and the comparison with a slot's token are made
    /// eight bytes at a time, where [`Key::with_head`] and
    /// `eq_ignore_ascii_case` go by bytes. `None` for any other token.
    fn get_long_ascii(&self, token: &[u8]) -> Option<u32> {
        const CASE: u64 = 0x20 * LO;
        let load = |c: &[u8]| <[u8; 8]>::try_from(c).ok().map(u64::from_le_bytes);
        let head = load(token.get(..8)?)?;
        // The last eight bytes: the partial chunk is its top bytes.
        let last = load(token.get(token.len().checked_sub(8)?..)?)?;
        let tail_bits = 8 * (token.len() % 8) as u32;
        let chunks = token.get(8..)?.chunks_exact(8);
        let mut high = head | last;
        let mut hash = (head | CASE).wrapping_mul(HASH_MUL);
        for c in chunks {
            let w = load(c).unwrap_or(0);
            high |= w;
            hash = (hash.rotate_left(5) ^ (w | CASE)).wrapping_mul(HASH_MUL);
        }
        if tail_bits != 0 {
            let w = (last | CASE) >> (64 - tail_bits);
            hash = (hash.rotate_left(5) ^ w).wrapping_mul(HASH_MUL);
        }
        if high & (0x80 * LO) != 0 {
            return None;
        }
        debug_assert!(token.iter().all(|&c| in_ascii_word(c)), "{token:?}");
        let k = Key {
            hash,
            head: head | CASE,
            len: token.len() as u32,
            ascii: true,
        };
        // The heads are equal: the rest and the last eight bytes decide.
        let same = |w: &[u8]| {
            let rest = w.get(8..).unwrap_or(&[]).chunks(8);
            let last_w = w.get(w.len().saturating_sub(8)..).and_then(load);
            rest.zip(token[8..].chunks(8))
                .all(|(a, b)| a.len() < 8 || load(a).map(fold_word) == load(b).map(|x| x | CASE))
                && last_w.map(fold_word) == Some(last | CASE)
        };
        Some(self.probe(&k, same))
    }

    #[inline(always)]
    fn get_keyed(&self, token: &[u8], k: Key, buf: &mut String) -> u32 {
        if k.ascii {
            return self.probe(&k, |w| w.eq_ignore_ascii_case(token));
        }
        let Ok(token) = std::str::from_utf8(token) else {
            return NONE;
        };
        buf.clear();
        normalize_token(token, buf);
        self.get_norm(buf)
    }

    /// The id of a normalized token, added if new.
    fn insert(&mut self, norm: &str) -> u32 {
        let found = self.get_norm(norm);
        if found != NONE {
            return found;
        }
        self.add(norm)
    }

    /// The id of a normalized token that is not in the vocabulary yet,
    /// added.
    fn add(&mut self, norm: &str) -> u32 {
        debug_assert_eq!(self.get_norm(norm), NONE, "{norm:?} is in the vocabulary already");
        let id = self.len() as u32;
        if let &[b] = norm.as_bytes() {
            for c in [b, b.to_ascii_uppercase()] {
                if let Some(slot) = self.bytes.get_mut(usize::from(c)) {
                    *slot = id;
                }
            }
        }
        self.text.push_str(norm);
        self.ends.push(self.text.len() as u32);
        if 4 * self.len() > self.slots.len() {
            let grown = vec![EMPTY_SLOT; 2 * self.slots.len()];
            let slots = std::mem::replace(&mut self.slots, grown);
            for s in slots.into_iter().filter(|s| s.id != NONE) {
                self.place(s.id);
            }
        } else {
            self.place(id);
        }
        id
    }

    fn place(&mut self, id: u32) {
        let mask = self.slots.len() - 1;
        let k = Key::new(self.word(id));
        let (word, bit) = Vocab::filter_bit(k.hash);
        self.filter[word] |= bit;
        let mut i = self.home(k.hash);
        while self.slots[i].id != NONE {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot {
            head: k.head,
            len: k.len,
            id,
        };
    }
}

/// The tables' phrases as a trie over token ids.
///
/// Every phrase starts and ends on token boundaries, and a document is
/// tokenized anyway, so the matching automaton runs over tokens rather than
/// bytes: a walk down the trie from each token finds every phrase starting
/// there, without the failure links a byte automaton needs to find phrases
/// starting inside one another. Building it takes one hash lookup per
/// phrase token, a fraction of building a byte-level Aho-Corasick automaton
/// over the same phrases (which was most of the cost of `Extractor::new()`),
/// and a document costs one lookup per token instead of a pass over every
/// byte of a lower-cased copy. Measured with callgrind when it replaced
/// Aho-Corasick: reading the tables fell from 43.5 M instructions to 10.3 M,
/// and matching a megabyte of news from 103 M to 68 M. It finds the same
/// matches: no token of the tables holds a space, so a phrase's string
/// stands at token boundaries exactly where its tokens stand.
///
/// It is deterministic: ids and states are numbered in table order (after
/// [`TokenTrie::link`] has put those that start a phrase first).
///
/// Below the root the transitions are kept as each state's children, sorted
/// by token id, next to one another: three states in four are leaves ("said",
/// "minister"), which a walk leaves knowing from the state alone, and the
/// rest have a child or two, found in the line the state's neighbours are.
/// A hash table of the 2,100 edges at most half full took 128 KiB, and a
/// step into it a cache miss nearly every time.
struct TokenTrie {
    /// Normalized token -> token id.
    vocab: Vocab,
    /// The state reached from the root by token `id` is `id + 1` for every
    /// id below this, the tokens that start a phrase, and there is none
    /// for the others: a walk from a token reads its state straight away,
    /// with no table of the root's children in between.
    first: u32,
    /// Each state's pattern and children; state 0 is the root (whose
    /// children are numbered by token id, see `first`), and one more
    /// state past the last ends the last one's children.
    states: Vec<State>,
    /// Transitions below the root, `(token id, state)`, grouped by the
    /// state they leave and sorted by token id.
    kids: Vec<(u32, u32)>,
}

#[derive(Clone, Copy)]
struct State {
    /// The pattern ending here (index into `Gazetteer::patterns`), or
    /// [`NONE`].
    accept: u32,
    /// Where the state's children start in [`TokenTrie::kids`]; they end
    /// where the next state's start.
    kids: u32,
    /// The pattern's first entry, and whether it is its only one and
    /// whether the pattern is an acronym: what a match reads of the
    /// pattern but for proper nouns' case, here in the line the walk has
    /// read rather than in one of its own.
    entry: Entry,
    single: bool,
    acronym: bool,
}

const NEW_STATE: State = State {
    accept: NONE,
    kids: 0,
    entry: Entry::Title(0),
    single: false,
    acronym: false,
};

impl TokenTrie {
    /// An empty trie with room for about `phrases` phrases of `tokens`
    /// distinct tokens, which spares regrowing it while the tables are read.
    fn with_capacity(phrases: usize, tokens: usize) -> TokenTrie {
        let mut states = Vec::with_capacity(phrases * 4 / 3);
        states.push(NEW_STATE);
        TokenTrie {
            vocab: Vocab::with_capacity(tokens),
            first: 0,
            states,
            kids: Vec::new(),
        }
    }

    /// Numbers the states as `first` says, given the state each token id
    /// led to from the root while the phrases went in (`root`), and lays
    /// the transitions below the root out as each state's children, once
    /// every phrase is in.
    fn link(&mut self, root: &[u32], edges: &Edges) {
        // Token ids renumbered: those that start a phrase first, so that
        // a token that starts none is told by its id alone, then the
        // others, each in table order.
        let starts = root.iter().filter(|&&s| s != NONE).count() as u32;
        let mut ids = vec![NONE; root.len()];
        let mut order = vec![0; root.len()];
        let (mut start, mut other) = (0, starts);
        for (id, &s) in root.iter().enumerate() {
            let n = if s == NONE { &mut other } else { &mut start };
            ids[id] = *n;
            order[*n as usize] = id as u32;
            *n += 1;
        }
        self.vocab.renumber(&order, &ids);
        let old = std::mem::take(&mut self.states);
        let mut new = vec![NONE; old.len()];
        new[0] = 0;
        for (id, &s) in root.iter().enumerate() {
            if let Some(n) = new.get_mut(s as usize) {
                *n = ids[id] + 1;
            }
        }
        // The states below, after those, in the order they were made.
        let mut next = starts + 1;
        for n in new.iter_mut().filter(|n| **n == NONE) {
            *n = next;
            next += 1;
        }
        self.first = starts;
        // With room for the state that ends the last one's children.
        self.states = Vec::with_capacity(next as usize + 1);
        self.states.resize(next as usize, NEW_STATE);
        for (s, &n) in old.iter().zip(&new) {
            self.states[n as usize].accept = s.accept;
        }
        let renumber = |(key, to): (u64, u32)| {
            let id = ids[key as u32 as usize];
            (edge(new[(key >> 32) as usize], id), new[to as usize])
        };
        let mut all: Vec<(u64, u32)> = edges
            .slots
            .iter()
            .copied()
            .filter(|e| e.0 != NO_EDGE.0)
            .map(renumber)
            .collect();
        // Keys are distinct: the order is the state, then the token id.
        all.sort_unstable_by_key(|e| e.0);
        self.kids = Vec::with_capacity(all.len());
        let mut all = all.into_iter().peekable();
        for (s, state) in self.states.iter_mut().enumerate() {
            state.kids = self.kids.len() as u32;
            while let Some((key, to)) = all.next_if(|e| e.0 >> 32 == s as u64) {
                self.kids.push((key as u32, to));
            }
        }
        self.states.push(State {
            kids: self.kids.len() as u32,
            ..NEW_STATE
        });
    }

    /// Copies into each state what a match reads of its pattern.
    fn copy_patterns(&mut self, patterns: &[Pattern]) {
        for s in &mut self.states {
            if let Some(p) = patterns.get(s.accept as usize) {
                s.entry = p.entry;
                s.single = p.entries.1.wrapping_sub(p.entries.0) == 1;
                s.acronym = p.acronym;
            }
        }
    }

    /// The pattern ending at `state` (or [`NONE`]) and its children.
    #[inline]
    fn state(&self, state: u32) -> (u32, &[(u32, u32)]) {
        let (s, kids) = self.node(state);
        (s.accept, kids)
    }

    /// State `state` and its children.
    #[inline]
    fn node(&self, state: u32) -> (&State, &[(u32, u32)]) {
        let s = state as usize;
        match (self.states.get(s), self.states.get(s + 1)) {
            (Some(a), Some(b)) => (a, self.kids.get(a.kids as usize..b.kids as usize).unwrap_or(&[])),
            _ => (&NEW_STATE, &[]),
        }
    }

    /// The child on token `id` among `kids`, or [`NONE`].
    #[inline]
    fn child(kids: &[(u32, u32)], id: u32) -> u32 {
        kids.binary_search_by_key(&id, |k| k.0)
            .map_or(NONE, |i| kids[i].1)
    }

    /// The state after token `id` from `state`, or [`NONE`].
    fn step(&self, state: u32, id: u32) -> u32 {
        if id == NONE {
            NONE
        } else if state == 0 {
            if id < self.first {
                id + 1
            } else {
                NONE
            }
        } else {
            TokenTrie::child(self.state(state).1, id)
        }
    }
}

/// The key of the transition on token `id` (never [`NONE`]) from `state`.
fn edge(state: u32, id: u32) -> u64 {
    (u64::from(state) << 32) | u64::from(id)
}

/// The trie's transitions below the root while it is built: edge key ->
/// state.
///
/// Open addressing on the high bits of a multiplicative hash. A `FastMap`
/// places keys by the hash's low bits, which for these keys depend on the
/// token id alone: every edge on a common token ("of") shared one chain,
/// and a lookup probed two groups or more.
struct Edges {
    /// `(key, state)`, or [`NO_EDGE`]; a power of two long, at most half full.
    slots: Vec<(u64, u32)>,
    len: usize,
}

/// An empty slot of [`Edges`]: no key is all ones, since no token id is
/// [`NONE`].
const NO_EDGE: (u64, u32) = (u64::MAX, NONE);

impl Edges {
    fn with_capacity(n: usize) -> Edges {
        Edges {
            slots: vec![NO_EDGE; (2 * n).next_power_of_two().max(64)],
            len: 0,
        }
    }

    /// The slot holding `key`, or the empty one where it would go.
    fn slot(&self, key: u64) -> usize {
        const MUL: u64 = 0x9e37_79b9_7f4a_7c15;
        let mask = self.slots.len() - 1;
        let bits = self.slots.len().trailing_zeros();
        let mut i = (key.wrapping_mul(MUL) >> (64 - bits)) as usize;
        while self.slots[i].0 != key && self.slots[i].0 != NO_EDGE.0 {
            i = (i + 1) & mask;
        }
        i
    }

    /// The state `key` leads to, or [`NONE`].
    fn get(&self, key: u64) -> u32 {
        self.slots[self.slot(key)].1
    }

    /// Adds the edge `key` (not there yet) to `state`.
    fn insert(&mut self, key: u64, state: u32) {
        if 2 * (self.len + 1) > self.slots.len() {
            let grown = vec![NO_EDGE; 2 * self.slots.len()];
            for (k, s) in std::mem::replace(&mut self.slots, grown) {
                if k != NO_EDGE.0 {
                    let i = self.slot(k);
                    self.slots[i] = (k, s);
                }
            }
        }
        let i = self.slot(key);
        self.slots[i] = (key, state);
        self.len += 1;
    }
}

/// The built-in tables and the automaton that finds them in text.
pub struct Gazetteer {
    country_names: FastMap<&'static str, &'static str>,
    titles: Vec<Title>,
    offices: Vec<Office>,
    orgs: Vec<Org>,
    verbs: Vec<Verb>,
    triggers: Vec<Trigger>,
    patterns: Vec<Pattern>,
    entries: Vec<Entry>,
    trie: TokenTrie,
    /// [`WordClass`] bits of each token id of the trie's vocabulary.
    word_classes: Vec<u8>,
}

/// Closed word classes the extractors test on nearly every token, flagged
/// per token by [`Gazetteer::annotate`] from the same lookup that matches the
/// phrases, so that a token outside every class costs the extractors one
/// byte read instead of a lower-cased copy and a hash lookup per class.
///
/// The bits say "may be": a token flagged is then checked against its
/// class's own table; a token not flagged is in none of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// A word of `speaker_words.tsv` (pronouns, "officials", "statement").
    Speaker = 1,
    /// The first word of a cue of `delegation_cues.tsv`.
    DelegationCue = 2,
    /// A word of `name_stops.tsv`.
    NameStop = 4,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("countries", &self.country_names.len())
            .field("patterns", &self.patterns.len())
            .finish()
    }
}

// Lowercased, with curly apostrophes straight: the form both patterns and
// documents take before matching, so that case and typography do not matter.
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

/// The tokens of a table phrase, appended to `out` as `(start, end)` byte
/// offsets.
///
/// Most phrases are plain words ("Foreign Minister"), which the tokenizer
/// splits at spaces and nowhere else; only the others ("U.S.", "Côte
/// d'Ivoire") need the full tokenizer, which costs several times more.
fn phrase_tokens(p: &str, scratch: &mut Vec<Token>, out: &mut Vec<(usize, usize)>) {
    if p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        let mut start = None;
        for (i, b) in p.bytes().enumerate() {
            match (b == b' ', start) {
                (true, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, p.len()));
        }
        return;
    }
    scratch.clear();
    tokenize_into(p, Span::new(0, p.len()), scratch);
    out.extend(scratch.iter().map(|t| (t.start(), t.end())));
}

/// Fields of the rows of a TSV table, like [`tsv_rows`] but without
/// allocating: the first `N` fields, missing ones empty.
fn tsv_fields<const N: usize>(data: &'static str) -> impl Iterator<Item = [&'static str; N]> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut f = [""; N];
            for (slot, s) in f.iter_mut().zip(l.split('\t')) {
                *slot = s.trim();
            }
            f
        })
}

/// Gathers the tables' phrases into the trie while the tables are read.
struct Builder {
    trie: TokenTrie,
    /// The state reached from the root by each token id, or [`NONE`],
    /// until the trie is linked.
    root: Vec<u32>,
    /// The trie's transitions below the root, until it is linked.
    edges: Edges,
    patterns: Vec<Pattern>,
    /// Each phrase's entry with its pattern, in table order.
    found: Vec<(u32, Entry)>,
    // Scratch space, reused from phrase to phrase.
    spans: Vec<(usize, usize)>,
    tokens: Vec<Token>,
    norm: String,
}

impl Builder {
    /// The state after `token` (as written) from `state`, added if new.
    fn insert(&mut self, state: u32, token: &str) -> u32 {
        let trie = &mut self.trie;
        let buf = &mut self.norm;
        // Most tokens of the tables are there already ("of", "minister"):
        // looking them up as written spares normalizing them, and a token
        // not found that way is new.
        let mut id = trie.vocab.get(token, buf);
        if id == NONE {
            buf.clear();
            normalize_token(token, buf);
            id = trie.vocab.add(buf);
        }
        let root = &mut self.root;
        if id as usize == root.len() {
            root.push(NONE);
        }
        let found = if state == 0 {
            root[id as usize]
        } else {
            self.edges.get(edge(state, id))
        };
        if found != NONE {
            return found;
        }
        let new = trie.states.len() as u32;
        trie.states.push(NEW_STATE);
        if state == 0 {
            root[id as usize] = new;
        } else {
            self.edges.insert(edge(state, id), new);
        }
        new
    }

    fn add(&mut self, phrase: &str, entry: Entry) {
        self.spans.clear();
        phrase_tokens(phrase, &mut self.tokens, &mut self.spans);
        if self.spans.is_empty() {
            return;
        }
        let mut state = 0;
        for k in 0..self.spans.len() {
            let (a, b) = self.spans[k];
            state = self.insert(state, &phrase[a..b]);
        }
        let at = self.trie.states[state as usize].accept;
        let p = if at == NONE {
            // The first phrase of a normalized form decides its case.
            let caps = self
                .spans
                .iter()
                .take(64)
                .enumerate()
                .fold(0, |caps, (k, &(a, _))| {
                    let upper = phrase[a..].chars().next().is_some_and(char::is_uppercase);
                    caps | (u64::from(upper) << k)
                });
            // Most phrases have a lower-case letter, which settles it.
            let acronym = !phrase.chars().any(char::is_lowercase)
                && phrase.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            self.trie.states[state as usize].accept = self.patterns.len() as u32;
            self.patterns.push(Pattern {
                caps,
                acronym,
                entries: (0, 0),
                entry,
            });
            self.patterns.len() as u32 - 1
        } else {
            at
        };
        self.found.push((p, entry));
    }

    /// Gathers each pattern's entries, in table order and without
    /// repeats, into one list that the patterns index.
    fn entries(&mut self) -> Vec<Entry> {
        // A counting sort by pattern: stable, so table order stays.
        let mut starts = vec![0u32; self.patterns.len() + 1];
        for &(p, _) in &self.found {
            starts[p as usize + 1] += 1;
        }
        for i in 1..starts.len() {
            starts[i] += starts[i - 1];
        }
        let mut sorted = vec![Entry::Title(0); self.found.len()];
        let mut next = starts.clone();
        for &(p, e) in &self.found {
            sorted[next[p as usize] as usize] = e;
            next[p as usize] += 1;
        }
        let mut entries = Vec::with_capacity(sorted.len());
        for (p, pat) in self.patterns.iter_mut().enumerate() {
            let at = entries.len();
            for &e in &sorted[starts[p] as usize..starts[p + 1] as usize] {
                if !entries[at..].contains(&e) {
                    entries.push(e);
                }
            }
            pat.entries = (at as u32, entries.len() as u32);
            pat.entry = entries.get(at).copied().unwrap_or(pat.entry);
        }
        entries
    }
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
        // The tables hold some 3,800 phrases of 3,100 distinct tokens.
        let mut b = Builder {
            trie: TokenTrie::with_capacity(4096, 3200),
            root: Vec::with_capacity(3200),
            edges: Edges::with_capacity(4096),
            patterns: Vec::with_capacity(4096),
            found: Vec::with_capacity(4096),
            spans: Vec::new(),
            tokens: Vec::new(),
            norm: String::new(),
        };

        let mut country_names = FastMap::default();
        for [iso, name, aliases, demonyms, capitals] in tsv_fields(include_str!("../data/countries.tsv")) {
            if name.is_empty() {
                continue;
            }
            country_names.insert(iso, name);
            let Some(code) = Iso::of(iso) else { continue };
            b.add(name, Entry::Country(code));
            for a in alts(aliases) {
                b.add(a, Entry::Country(code));
            }
            for d in alts(demonyms) {
                b.add(d, Entry::Demonym(code));
            }
            for c in alts(capitals) {
                b.add(c, Entry::Capital(code));
            }
        }
        for [city, iso] in tsv_fields(include_str!("../data/cities.tsv")) {
            if let Some(code) = Iso::of(iso) {
                b.add(city, Entry::City(code));
            }
        }
        let mut titles = Vec::new();
        for [name, role, rank, canonical, country] in tsv_fields(include_str!("../data/titles.tsv")) {
            let rank = match rank {
                "head" => Rank::Head,
                "minister" => Rank::Minister,
                _ => Rank::Official,
            };
            b.add(name, Entry::Title(titles.len() as u16));
            titles.push(Title {
                name,
                role: parse_role(role),
                rank,
                canonical: Some(canonical).filter(|c| !c.is_empty()).unwrap_or(name),
                country: Some(country).filter(|c| !c.is_empty()),
            });
        }
        let mut offices = Vec::new();
        for [name, aliases, country, kind] in tsv_fields(include_str!("../data/offices.tsv")) {
            let id = Entry::Office(offices.len() as u16);
            b.add(name, id);
            for a in alts(aliases) {
                b.add(a, id);
            }
            let kind = match kind {
                "ministry" => OfficeKind::Ministry,
                "government" => OfficeKind::Government,
                "agency" => OfficeKind::Agency,
                _ => OfficeKind::Office,
            };
            offices.push(Office {
                name,
                country: Some(country).filter(|s| !s.is_empty()),
                kind,
            });
        }
        let mut orgs = Vec::new();
        for [name, aliases, seat] in tsv_fields(include_str!("../data/orgs.tsv")) {
            let id = Entry::Org(orgs.len() as u16);
            b.add(name, id);
            for a in alts(aliases) {
                b.add(a, id);
            }
            orgs.push(Org {
                name,
                seat: Some(seat).filter(|s| !s.is_empty()),
            });
        }
        let mut verbs = Vec::new();
        for [lemma, forms, frame_names] in tsv_fields(include_str!("../data/reporting_verbs.tsv")) {
            let id = Entry::Verb(verbs.len() as u16);
            for form in alts(forms) {
                b.add(form, id);
            }
            let mut frames = Frames::default();
            for fr in alts(frame_names) {
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
        for [phrase, kind, flag] in tsv_fields(include_str!("../data/visit_triggers.tsv")) {
            let kind = match kind {
                "noun" => TriggerKind::Noun,
                "host" => TriggerKind::Host,
                "invite" => TriggerKind::Invite,
                "cancel" => TriggerKind::Cancel,
                "postpone" => TriggerKind::Postpone,
                "negative" => TriggerKind::Negative,
                "phase" => TriggerKind::Phase,
                "presence" => TriggerKind::Presence,
                _ => TriggerKind::Verb,
            };
            b.add(phrase, Entry::Trigger(triggers.len() as u16));
            triggers.push(Trigger {
                phrase,
                kind,
                from: flag == "from",
                object_visitor: flag == "obj",
                near: flag == "near",
                phase: match flag {
                    "begin" => Phase::Begin,
                    "end" => Phase::End,
                    _ => Phase::Any,
                },
            });
        }

        // The word classes join the vocabulary, so that one lookup per token
        // serves them as well as the phrases. They come last: ids added
        // here have no trie state, so no phrase can start with them.
        let entries = b.entries();
        let mut trie = b.trie;
        trie.link(&b.root, &b.edges);
        trie.copy_patterns(&b.patterns);
        let mut word_classes = Vec::new();
        let mut norm = String::new();
        let classes = [
            (include_str!("../data/speaker_words.tsv"), WordClass::Speaker),
            (
                include_str!("../data/delegation_cues.tsv"),
                WordClass::DelegationCue,
            ),
            (include_str!("../data/name_stops.tsv"), WordClass::NameStop),
        ];
        for (table, class) in classes {
            for [first] in tsv_fields(table) {
                let Some(word) = first.split(' ').next() else {
                    continue;
                };
                norm.clear();
                normalize_token(word, &mut norm);
                let id = trie.vocab.insert(&norm) as usize;
                if word_classes.len() <= id {
                    word_classes.resize(id + 1, 0);
                }
                word_classes[id] |= class as u8;
            }
        }
        Gazetteer {
            country_names,
            titles,
            offices,
            orgs,
            verbs,
            triggers,
            entries,
            patterns: b.patterns,
            trie,
            word_classes,
        }
    }

    /// The trie state a whole phrase leads to, or [`NONE`].
    fn walk(&self, phrase: &str) -> u32 {
        let mut spans = Vec::new();
        phrase_tokens(phrase, &mut Vec::new(), &mut spans);
        if spans.is_empty() {
            return NONE;
        }
        let mut buf = String::new();
        let mut state = 0;
        for (a, b) in spans {
            state = self
                .trie
                .step(state, self.trie.vocab.get(&phrase[a..b], &mut buf));
            if state == NONE {
                break;
            }
        }
        state
    }

    /// What pattern `p` stands for.
    fn entries_of<'a>(&'a self, p: &'a Pattern) -> &'a [Entry] {
        let (a, b) = p.entries;
        if b.wrapping_sub(a) == 1 {
            return std::slice::from_ref(&p.entry);
        }
        self.entries.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// What the pattern ending at `st` stands for, as
    /// [`Gazetteer::entries_of`].
    fn state_entries<'a>(&'a self, st: &'a State) -> &'a [Entry] {
        if st.single {
            return std::slice::from_ref(&st.entry);
        }
        self.patterns
            .get(st.accept as usize)
            .map_or(&[], |p| self.entries_of(p))
    }

    /// Every table entry a phrase stands for, case-insensitively.
    pub fn lookup(&self, phrase: &str) -> &[Entry] {
        let state = self.walk(phrase);
        let (p, _) = self.trie.state(state);
        self.patterns.get(p as usize).map_or(&[], |p| self.entries_of(p))
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
        self.find_with_ids(text).0
    }

    /// The matches of `text` indexed by token, with each token's word
    /// classes: what the extractors read.
    pub fn annotate(&self, text: &Text<'_>) -> Matches {
        let (all, ids) = self.find_with_ids(text);
        let mut m = Matches::new(all, ids.len());
        m.classes = ids
            .iter()
            .map(|&id| self.word_classes.get(id as usize).copied().unwrap_or(0))
            .collect();
        m
    }

    fn find_with_ids(&self, text: &Text<'_>) -> (Vec<Match>, Vec<u32>) {
        let tokens = text.tokens();
        let src = text.as_str();
        let ids = self.trie.vocab.ids_at(src.as_bytes(), tokens);
        // News copy has a match every eight tokens or so: room for one in
        // four spares regrowing the list in nearly every document.
        let mut out = Vec::with_capacity(tokens.len() / 4);
        // Phrases found from one start token, shortest first: (end, state).
        let mut found: Vec<(usize, &State)> = Vec::new();
        let starts = self.trie.first;
        for (first, &id) in ids.iter().enumerate() {
            // Most tokens start no phrase: the ids of those that do are
            // the first ones, and lead to their state by number.
            if id >= starts {
                continue;
            }
            let mut state = id + 1;
            found.clear();
            let mut last = first + 1;
            while state != NONE {
                let (st, kids) = self.trie.node(state);
                if st.accept != NONE {
                    found.push((last, st));
                }
                // A sentence boundary is a hard stop: no phrase spans it.
                if kids.is_empty()
                    || last == tokens.len()
                    || text.sentence_of(last) != text.sentence_of(last - 1)
                {
                    break;
                }
                state = TokenTrie::child(kids, ids[last]);
                last += 1;
            }
            for &(last, st) in found.iter().rev() {
                if st.acronym
                    && tokens[first..last]
                        .iter()
                        .any(|t| has_lowercase(t.span().slice(src)))
                {
                    continue;
                }
                // Most matches are titles or verbs in lower case: the case
                // tests are made only for the entries that need them.
                let case_ok = OnceCell::new();
                let case_ok = || {
                    *case_ok.get_or_init(|| {
                        let caps = self.patterns.get(st.accept as usize).map_or(0, |p| p.caps);
                        case_fits(&tokens[first..last], caps, src)
                    })
                };
                // A capitalized word inside a sentence is a name, not a verb:
                // "Secretary of State".
                let capitalized = OnceCell::new();
                let capitalized = || {
                    *capitalized.get_or_init(|| {
                        tokens[first].span().slice(src).starts_with(char::is_uppercase)
                            && first > 0
                            && text.sentence_of(first) == text.sentence_of(first - 1)
                            && tokens[first - 1].kind != TokenKind::Quote(crate::text::QuoteDir::Open)
                            && !case_ok_all_caps(&tokens[first..last], src)
                    })
                };
                for &e in self.state_entries(st) {
                    if e.proper_noun() && !case_ok() {
                        continue;
                    }
                    if matches!(e, Entry::Verb(_)) && capitalized() {
                        continue;
                    }
                    out.push(Match::new(first, last, e));
                }
            }
        }
        (out, ids)
    }
}

/// Whether `s` has a lower-case letter: its bytes tell for ASCII, which
/// the characters are decoded for only beyond it.
fn has_lowercase(s: &str) -> bool {
    s.bytes().any(|b| b.is_ascii_lowercase()) || !s.is_ascii() && s.chars().any(char::is_lowercase)
}

fn case_fits(tokens: &[Token], caps: u64, src: &str) -> bool {
    // Capitals where the table has them settle nearly every match, and
    // take a byte a token to tell; a match in capitals throughout is read
    // only when they do not.
    let capitalized = tokens.iter().enumerate().all(|(k, t)| {
        let cap = k < 64 && (caps >> k) & 1 == 1;
        !cap || starts_upper(t.span().slice(src))
    });
    capitalized
        || tokens
            .iter()
            .any(|t| t.kind == TokenKind::Word && t.span().len() > 2)
            && case_ok_all_caps(tokens, src)
}

fn starts_upper(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => s.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Dictionary matches of a document, indexed by start token.
#[derive(Clone, Debug, Default)]
pub struct Matches {
    all: Vec<Match>,
    /// Where the matches starting at each token begin in `all`, one past
    /// the last token included: those at token `i` are
    /// `all[first[i]..first[i + 1]]`, with no search.
    first: Vec<u32>,
    /// [`WordClass`] bits per token (empty unless made by
    /// [`Gazetteer::annotate`]).
    classes: Vec<u8>,
}

impl Matches {
    /// Indexes `all` (sorted as [`Gazetteer::find`] returns it) for `n_tokens` tokens.
    pub fn new(mut all: Vec<Match>, n_tokens: usize) -> Matches {
        if !all.windows(2).all(|w| w[0].start <= w[1].start) {
            all.sort_by_key(|m| m.start);
        }
        let mut first = Vec::with_capacity(n_tokens + 2);
        for (k, m) in all.iter().enumerate() {
            let start = m.start().min(n_tokens + 1);
            if first.len() <= start {
                first.resize(start + 1, k as u32);
            }
        }
        first.resize(n_tokens + 2, all.len() as u32);
        Matches {
            all,
            first,
            classes: Vec::new(),
        }
    }

    /// Whether token `i` may be a word of `class` (see [`WordClass`]);
    /// always true when the classes were not computed.
    pub(crate) fn may_be(&self, i: usize, class: WordClass) -> bool {
        self.classes.get(i).is_none_or(|&c| c & class as u8 != 0)
    }

    /// All matches.
    pub fn all(&self) -> &[Match] {
        &self.all
    }

    /// Matches starting at token `i`, longest first.
    pub fn at(&self, i: usize) -> &[Match] {
        let (Some(&a), Some(&b)) = (self.first.get(i), self.first.get(i + 1)) else {
            return &[];
        };
        self.all.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// The longest match at token `i` that `pick` accepts.
    pub fn find_at<T>(&self, i: usize, mut pick: impl FnMut(&Match) -> Option<T>) -> Option<(Match, T)> {
        self.at(i).iter().find_map(|m| pick(m).map(|t| (*m, t)))
    }
}

fn case_ok_all_caps(tokens: &[Token], src: &str) -> bool {
    tokens.iter().all(|t| !has_lowercase(t.span().slice(src)))
}

/// A closed word class from `src/data/lexicon.tsv` ("family", "party",
/// "meeting", "title_modifier", "name_particle", "sentence_starter",
/// "stop_context").
/// Unknown classes are empty.
pub(crate) fn lexicon(class: &str) -> &'static Lexicon {
    // A handful of classes, looked up once or more per token: a scan
    // (which compares lengths first) beats hashing the class name.
    static T: OnceLock<Vec<(&'static str, Lexicon)>> = OnceLock::new();
    static EMPTY: OnceLock<Lexicon> = OnceLock::new();
    let table = T.get_or_init(|| {
        let mut classes: Vec<(&'static str, Lexicon)> = Vec::new();
        for [w, c] in tsv_fields(include_str!("../data/lexicon.tsv")) {
            if c.is_empty() {
                continue;
            }
            let at = match classes.iter().position(|(name, _)| *name == c) {
                Some(at) => at,
                None => {
                    classes.push((c, Lexicon::default()));
                    classes.len() - 1
                }
            };
            classes[at].1.words.insert(w);
        }
        classes
    });
    table
        .iter()
        .find(|(name, _)| *name == class)
        .map_or_else(|| EMPTY.get_or_init(Lexicon::default), |(_, l)| l)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcut for plain phrases splits every table phrase exactly as
    /// the tokenizer does.
    #[test]
    fn phrase_tokens_agree_with_tokenizer() {
        let tables = [
            include_str!("../data/countries.tsv"),
            include_str!("../data/cities.tsv"),
            include_str!("../data/titles.tsv"),
            include_str!("../data/offices.tsv"),
            include_str!("../data/orgs.tsv"),
            include_str!("../data/reporting_verbs.tsv"),
            include_str!("../data/visit_triggers.tsv"),
        ];
        let agree = |p: &str| {
            let mut spans = Vec::new();
            phrase_tokens(p, &mut Vec::new(), &mut spans);
            let mut toks = Vec::new();
            tokenize_into(p, Span::new(0, p.len()), &mut toks);
            let want: Vec<(usize, usize)> = toks.iter().map(|t| (t.start(), t.end())).collect();
            assert_eq!(spans, want, "{p:?}");
        };
        let mut checked = 0;
        for f in tables.into_iter().flat_map(tsv_fields::<5>) {
            for p in f.iter().flat_map(|field| field.split('|')).chain(f) {
                agree(p);
                checked += 1;
            }
        }
        assert!(checked > 3000);
        for p in ["Foreign  Minister ", " a 1st b", "", "   "] {
            agree(p);
        }
    }

    #[test]
    fn lookup_walks_whole_phrases() {
        let g = Gazetteer::builtin();
        assert_eq!(g.country_code("united states"), Some("US"));
        assert_eq!(g.country_code("U.S."), Some("US"));
        assert_eq!(g.country_code("United"), None);
        assert_eq!(g.country_code(""), None);
        assert!(g
            .lookup("foreign minister")
            .iter()
            .any(|e| matches!(e, Entry::Title(_))));
        assert!(g.lookup("foreign minister of").is_empty());
    }

    #[test]
    fn word_classes_flag_table_words_in_any_case() {
        let g = Gazetteer::builtin();
        let text = Text::new("They said the Officials WITH him, accompanied by Reuters reporters.");
        let m = g.annotate(&text);
        let flagged = |i: usize, c: WordClass| m.may_be(i, c);
        let idx = |w: &str| {
            text.tokens()
                .iter()
                .position(|t| t.span().slice(text.as_str()) == w)
                .unwrap()
        };
        assert!(flagged(idx("They"), WordClass::Speaker));
        assert!(flagged(idx("Officials"), WordClass::Speaker));
        assert!(flagged(idx("WITH"), WordClass::DelegationCue));
        assert!(flagged(idx("accompanied"), WordClass::DelegationCue));
        assert!(!flagged(idx("reporters"), WordClass::DelegationCue));
        assert!(!flagged(idx("said"), WordClass::Speaker));
        // Every word of the class tables is flagged when written as in the table.
        for (table, class) in [
            (include_str!("../data/speaker_words.tsv"), WordClass::Speaker),
            (include_str!("../data/name_stops.tsv"), WordClass::NameStop),
        ] {
            for f in tsv_rows(table) {
                let w = f[0];
                let t = Text::new(w);
                if t.tokens().len() == 1 {
                    assert!(g.annotate(&t).may_be(0, class), "{w:?} not flagged as {class:?}");
                }
            }
        }
    }

    #[test]
    fn find_keeps_longest_first_and_stops_at_sentences() {
        let g = Gazetteer::builtin();
        let t =
            Text::new("The Foreign Minister of Pakistan arrived in the United\n\nStates and met officials.");
        let m = g.find(&t);
        for w in m.windows(2) {
            assert!((w[0].start, std::cmp::Reverse(w[0].end)) <= (w[1].start, std::cmp::Reverse(w[1].end)));
        }
        assert!(m
            .iter()
            .any(|m| m.entry == Entry::Country(Iso::of("PK").unwrap())));
        assert!(!m
            .iter()
            .any(|m| m.entry == Entry::Country(Iso::of("US").unwrap())));
    }

    /// The tokens that start a phrase are those numbered below
    /// `first`, and each leads to the state numbered after it.
    #[test]
    fn phrase_starts_are_numbered_first() {
        let t = &Gazetteer::builtin().trie;
        assert!(t.first > 1000 && (t.first as usize) < t.vocab.len());
        for id in 0..t.vocab.len() as u32 {
            let (p, kids) = t.state(t.step(0, id));
            assert_eq!(id < t.first, p != NONE || !kids.is_empty(), "{id}");
        }
        assert_eq!(t.step(0, NONE), NONE);
        let g = Gazetteer::builtin();
        assert!(g.trie.vocab.get("said", &mut String::new()) < t.first);
        assert_eq!(g.country_code("United States"), Some("US"));
    }

    #[test]
    fn vocab_folds_ascii_case_only() {
        let all: String = (0u8..128).map(char::from).collect();
        let lower = all.to_ascii_lowercase();
        let (a, b) = (Key::new(all.as_bytes()), Key::new(lower.as_bytes()));
        assert_eq!((a.hash, a.head, a.len, a.ascii), (b.hash, b.head, b.len, b.ascii));
        assert_eq!(Key::new(b"@[`{").head, u64::from_le_bytes(*b"@[`{\0\0\0\0"));
        assert_eq!(Key::new(b"AZaz").head, u64::from_le_bytes(*b"azaz\0\0\0\0"));
        assert!(!Key::new("Côte".as_bytes()).ascii);

        let mut v = Vocab::with_capacity(1);
        let words = ["foreign", "minister", "côte", "d'ivoire", "u.s.", "a"];
        for w in words {
            v.insert(w);
        }
        for i in 0..3000 {
            v.insert(&format!("w{i}"));
        }
        v.insert("international-relations");
        let mut buf = String::new();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(v.get(w, &mut buf), i as u32);
            assert_eq!(v.get(&w.to_uppercase(), &mut buf), i as u32, "{w}");
        }
        assert_eq!(v.get("Côte", &mut buf), 2);
        assert_eq!(v.get("D’Ivoire", &mut buf), 3);
        assert_eq!(v.get("W2999", &mut buf), 3005);
        assert_eq!(v.get("foreig", &mut buf), NONE);
        assert_eq!(v.get("foreigner", &mut buf), NONE);
        assert_eq!(v.get("", &mut buf), NONE);
        assert_eq!(v.get("International-Relations", &mut buf), 3006);
        assert_eq!(v.get("International-Relation", &mut buf), NONE);
        assert_eq!(v.get("International-RelationZ", &mut buf), NONE);
        assert_eq!(v.get_bytes("CÔTE".as_bytes(), &mut buf), 2);
        assert_eq!(v.get_bytes(&[0xff, b'a'], &mut buf), NONE);

        // A document's tokens, looked up all at once, get what each gets
        // alone (short, long, non-ASCII, one-byte and near the end).
        let doc = "A Foreign MINISTER of Côte d’Ivoire, U.S. and w12 met \
                   International-Relations w2999 a";
        let text = Text::new(doc);
        let ids = v.ids_at(doc.as_bytes(), text.tokens());
        assert_eq!(ids.len(), text.tokens().len());
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(*id, v.get(text.tok(i), &mut buf), "{}", text.tok(i));
        }
        assert!(ids.contains(&3005) && ids.contains(&3006) && ids.contains(&2));
        let empty = Token::new(Span::new(1, 1), TokenKind::Word, false);
        assert_eq!(v.ids_at(b"ab", &[empty]), [NONE]);

        // Long words, found in any case and missed by one byte anywhere.
        let long: Vec<String> = (9..=26)
            .map(|n| "abcdefghijklmnopqrstuvwxyz"[..n].replace('e', "-"))
            .collect();
        for w in &long {
            v.insert(w);
        }
        for w in &long {
            let mut doc = w.to_uppercase();
            for i in 0..w.len() {
                doc.push(' ');
                let mut miss = w.clone().into_bytes();
                miss[i] = if miss[i] == b'z' { b'y' } else { b'z' };
                doc.push_str(std::str::from_utf8(&miss).unwrap_or(""));
            }
            let text = Text::new(&doc);
            let ids = v.ids_at(doc.as_bytes(), text.tokens());
            assert_eq!(ids[0], v.get(w, &mut buf), "{w}");
            assert_ne!(ids[0], NONE);
            for (i, id) in ids.iter().enumerate() {
                assert_eq!(*id, v.get(text.tok(i), &mut buf), "{}", text.tok(i));
            }
        }
    }

    #[test]
    fn words_load_little_endian_and_matches_index_by_start() {
        let bytewise = |c: &[u8]| c.iter().rev().fold(0u64, |w, &b| (w << 8) | u64::from(b));
        let data: Vec<u8> = (0..40u8).map(|i| i.wrapping_mul(37).wrapping_add(200)).collect();
        for a in 0..20 {
            for n in 0..=8 {
                assert_eq!(word(&data[a..a + n]), bytewise(&data[a..a + n]), "{n}");
            }
        }
        let e = Entry::Title(0);
        let all = vec![
            Match::new(0, 2, e),
            Match::new(0, 1, e),
            Match::new(2, 3, e),
            Match::new(5, 6, e),
        ];
        let m = Matches::new(all.clone(), 4);
        assert_eq!(m.at(0), &all[..2]);
        assert_eq!((m.at(1), m.at(2)), (&[][..], &all[2..3]));
        assert!(m.at(4).is_empty() && m.at(5).is_empty() && m.at(9).is_empty());
        assert!(Matches::default().at(0).is_empty());
    }
}
