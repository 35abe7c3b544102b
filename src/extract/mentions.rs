//! Mentions of people, organisations and groups, and the entities they
//! refer to.
//!
//! This pass reads tokens and dictionary matches and gives every later
//! extractor the same answer to "who is this?": "Iranian President Ebrahim
//! Raisi", "Raisi" and "the president" become mentions of one entity.

use crate::gazetteer::FastMap;
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::hash_map::Entry as HashEntry;
use std::hash::{BuildHasher, Hasher};
use std::ops::Range;
use std::sync::OnceLock;

use crate::extract::Doc;
use crate::gazetteer::{lexicon, Lexicon};
use crate::gazetteer::{tsv_rows, Entry, Match, Rank};
use crate::model::{Person, Role, Speaker, SpeakerKind};
use crate::text::{with_ascii_lower, Token, TokenKind};

/// Whether title `t` (any case) is `b` (lower case) or a longer title ending
/// in it ("Foreign Minister" for "minister"), but not a lesser office ("the
/// prime minister" is not the deputy prime minister). No allocation: this
/// runs for every candidate of every bare title.
fn title_fits(t: &str, b: &str) -> bool {
    if t.len() < b.len() || !t.is_char_boundary(t.len() - b.len()) {
        return false;
    }
    let (head, tail) = t.split_at(t.len() - b.len());
    if !tail.eq_ignore_ascii_case(b) {
        return false;
    }
    if head.is_empty() {
        return true;
    }
    if !head.ends_with([' ', '/']) {
        return false;
    }
    !head.split([' ', '/']).any(|w| {
        ["deputy", "vice", "former", "assistant", "under", "acting"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// `s` lower-cased as `str::to_lowercase` does it, for comparisons that
/// ignore ASCII case: ASCII text is borrowed as it is.
fn lower_unless_ascii(s: &str) -> Cow<'_, str> {
    if s.is_ascii() {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

/// Whether `t` lower-cased contains `w` (lower case, or ASCII in any
/// case), copying `t` only beyond ASCII.
fn contains_lower(t: &str, w: &str) -> bool {
    if !t.is_ascii() || !w.is_ascii() {
        let t = t.to_lowercase();
        return if w.is_ascii() {
            t.contains(&w.to_ascii_lowercase())
        } else {
            t.contains(w)
        };
    }
    w.is_empty()
        || t.as_bytes()
            .windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
}

/// `s` without a leading "the " in any ASCII case.
fn strip_the(s: &str) -> &str {
    match (s.get(..4), s.get(4..)) {
        (Some(p), Some(rest)) if p.eq_ignore_ascii_case("the ") => rest,
        _ => s,
    }
}

/// The prefix of a person's key in `Builder::by_key`.
const PERSON: &str = "person:";

/// Sets `buf` to the key of the person named `name`: the prefix and the
/// name lower-cased as `str::to_lowercase` does it.
fn person_key(buf: &mut String, name: &str) {
    buf.clear();
    buf.push_str(PERSON);
    if name.is_ascii() {
        buf.push_str(name);
        buf[PERSON.len()..].make_ascii_lowercase();
    } else {
        buf.push_str(&name.to_lowercase());
    }
}

/// Whether `a` and `b` lower-cased are equal, allocating only for
/// non-ASCII text (where lower-casing may change lengths).
fn eq_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(b)
    } else {
        a.to_lowercase() == b.to_lowercase()
    }
}

/// Whether `a` lower-cased ends with `b` lower-cased.
fn ends_with_lower(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.len() >= b.len() && a.as_bytes()[a.len() - b.len()..].eq_ignore_ascii_case(b.as_bytes())
    } else {
        a.to_lowercase().ends_with(&b.to_lowercase())
    }
}

/// Whether `w` lower-cased ends with "s": its last letter lower-cased does,
/// as no letter lower-cases to nothing and none but "s" and "S" to an "s".
fn ends_in_s(w: &str) -> bool {
    w.chars()
        .next_back()
        .is_some_and(|c| c.to_lowercase().last() == Some('s'))
}

/// The first word of `s`, as `s.split_whitespace().next()` gives it but
/// without that iterator's set-up.
fn first_word(s: &str) -> Option<&str> {
    // Names start with a letter: trimming, which decodes, is seldom needed.
    let s = match s.as_bytes().first() {
        Some(&b) if b.is_ascii() && !is_ascii_space(b) => s,
        _ => s.trim_start(),
    };
    // ASCII bytes are told apart without decoding; the first other byte
    // starts a character, and the search goes on by characters from there.
    let end = match s.bytes().position(|b| !b.is_ascii() || is_ascii_space(b)) {
        Some(at) if !is_ascii_space(s.as_bytes()[at]) => s
            .get(at..)
            .and_then(|rest| rest.find(char::is_whitespace))
            .map_or(s.len(), |k| at + k),
        Some(at) => at,
        None => s.len(),
    };
    s.get(..end).filter(|w| !w.is_empty())
}

/// Whether ASCII byte `b` is white space as `char::is_whitespace` has it
/// (which, unlike `u8::is_ascii_whitespace`, counts the vertical tab).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Whether the first words of `a` and `b` are the same in any case.
fn same_first_word(a: &str, b: &str) -> bool {
    match (first_word(a), first_word(b)) {
        (Some(x), Some(y)) => eq_lower(x, y),
        (x, y) => x.is_none() && y.is_none(),
    }
}

/// Whether `s` is words separated by single spaces and nothing else: what
/// `split_whitespace` joined with spaces leaves unchanged.
fn single_spaced(s: &str) -> bool {
    // A leading space counts as following a space.
    let mut after_space = true;
    if s.is_ascii() {
        for &b in s.as_bytes() {
            let space = is_ascii_space(b);
            if space && (b != b' ' || after_space) {
                return false;
            }
            after_space = space;
        }
        return s.is_empty() || !after_space;
    }
    for c in s.chars() {
        let space = c.is_whitespace();
        if space && (c != ' ' || after_space) {
            return false;
        }
        after_space = space;
    }
    s.is_empty() || !after_space
}

/// Word `s` can be part of a name: capitalized, or an Arabic article
/// before a capital ("al-Assad"), and not all capitals but for one letter.
fn capitalized_word(s: &str) -> bool {
    // The usual cases, decided by the first letter alone.
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => {
            // All-capital ASCII ("AFP") needs no decoding to tell.
            return s.len() == 1
                || s.bytes().any(|c| c.is_ascii_lowercase())
                || !s.is_ascii() && s.chars().any(char::is_lowercase);
        }
        Some(b) if b.is_ascii_lowercase() && !matches!(b, b'a' | b'e' | b'b' | b'i') => return false,
        // Every article below has its hyphen third or fourth.
        Some(b) if b.is_ascii_lowercase() && !s.as_bytes().get(2..4).is_some_and(|h| h.contains(&b'-')) => {
            return false
        }
        _ => {}
    }
    // Arabic articles keep their lower case: "al-Assad", "el-Sisi".
    let s = ["al-", "el-", "ad-", "as-", "ash-", "at-", "bin-", "ibn-"]
        .iter()
        .find_map(|p| s.strip_prefix(p))
        .filter(|rest| rest.starts_with(char::is_uppercase))
        .unwrap_or(s);
    s.chars().next().is_some_and(char::is_uppercase)
        && (s.chars().count() <= 1 || s.chars().any(char::is_lowercase))
}

/// [`TokenFlags`] bit: a word that can be part of a name (see [`capitalized_word`]).
const CAP: u8 = 1;
/// [`TokenFlags`] bit: "the", "a" or "an" in any case.
const DET: u8 = 2;
/// [`TokenFlags`] bit: a mention can start here (see [`Builder::may_open_mention`]).
const OPEN: u8 = 4;
/// [`TokenFlags`] bit: a title match starts here (see [`Builder::title_at`]).
const TITLE: u8 = 8;
/// [`TokenFlags`] bit: some dictionary match starts here (see [`Builder::matches_at`]).
const MATCH: u8 = 16;

/// The [`CAP`], [`DET`] and [`OPEN`] bits token `t`, of bytes `w`, takes
/// by itself, without the dictionary's word classes.
#[inline(always)]
fn word_flags(doc: &Doc<'_>, t: &Token, w: &[u8]) -> u8 {
    let Some(&first) = w.first() else {
        return 0;
    };
    if first.is_ascii_lowercase() {
        // Most words: lower case, so no name's unless an Arabic article
        // ("al-") opens them, as `capitalized_word` decides; and no article
        // unless short and starting as one does. The hyphen rules out
        // nearly every word, and goes before the token's kind.
        let cap = w.len() >= 4
            && (w[2] == b'-' || w[3] == b'-')
            && t.kind == TokenKind::Word
            && capitalized_word(t.span().slice(doc.text.as_str()));
        let det = is_article(w);
        return (u8::from(cap) * (CAP | OPEN)) | (u8::from(det) * DET);
    }
    if first.is_ascii_uppercase() {
        // One capital, or a capital and a small letter, decide most names.
        let cap = t.kind == TokenKind::Word
            && (w.len() == 1
                || w[1].is_ascii_lowercase()
                || capitalized_word(t.span().slice(doc.text.as_str())));
        let det = is_article(w);
        return (u8::from(cap) * CAP) | (u8::from(det) * DET) | OPEN;
    }
    // Digits, punctuation and words beyond ASCII.
    let cap = t.kind == TokenKind::Word && capitalized_word(t.span().slice(doc.text.as_str()));
    u8::from(cap) * (CAP | OPEN)
}

/// Whether `w` is "the", "a" or "an" in any case.
fn is_article(w: &[u8]) -> bool {
    // Length and first letter first: most words are no article.
    w.len() <= 3
        && matches!(w.first(), Some(b't' | b'T' | b'a' | b'A'))
        && [&b"the"[..], b"a", b"an"]
            .iter()
            .any(|d| w.eq_ignore_ascii_case(d))
}

/// Sets `flags` to the bits of [`CAP`], [`DET`], [`OPEN`], [`TITLE`] and [`MATCH`] per token, read in one pass:
/// most tokens open no mention, and the main loop passes them by on one
/// byte instead of several lookups.
fn token_flags(doc: &Doc<'_>, flags: &mut Vec<u8>) {
    let src = doc.text.as_str().as_bytes();
    let m = &doc.matches;
    let tokens = doc.text.tokens();
    // A plain loop over a vector of the right size, written in place: the
    // iterator chain it replaces cost several times the few tests each
    // token needs, and a push stores the length back every token.
    flags.clear();
    flags.resize(tokens.len(), 0);
    for (k, (t, f)) in tokens.iter().zip(flags.iter_mut()).enumerate() {
        let w = src.get(t.start()..t.end()).unwrap_or_default();
        let mut bits = word_flags(doc, t, w);
        if bits & OPEN == 0 && m.may_be(k, crate::gazetteer::WordClass::Speaker) {
            bits |= OPEN;
        }
        *f = bits;
    }
    // A dictionary match opens a mention too, and a title the token before
    // it (a modifier: "Acting President"). There are fewer matches than
    // tokens: each marks its tokens instead of every token looking up its
    // own and the next.
    for x in m.all() {
        let title = matches!(x.entry, Entry::Title(_));
        let before = if title {
            x.start().wrapping_sub(1)
        } else {
            usize::MAX
        };
        if let Some(f) = flags.get_mut(before) {
            *f |= OPEN;
        }
        if let Some(f) = flags.get_mut(x.start()) {
            *f |= OPEN | MATCH | if title { TITLE } else { 0 };
        }
    }
}

/// The first token from `from` on whose flags share a bit with `bits`.
fn next_flagged(flags: &[u8], from: usize, bits: u8) -> Option<usize> {
    let rest = flags.get(from..)?;
    // Eight flags at a time: a mention opens every few tokens, and the
    // tokens between are passed by a word's test rather than eight.
    let mut chunks = rest.chunks_exact(8);
    let mask = u64::from_ne_bytes([bits; 8]);
    for (c, chunk) in chunks.by_ref().enumerate() {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        let hit = word & mask;
        if hit != 0 {
            return Some(from + c * 8 + (hit.trailing_zeros() / 8) as usize);
        }
    }
    let tail = rest.len() - chunks.remainder().len();
    let k = chunks.remainder().iter().position(|&f| f & bits != 0)?;
    Some(from + tail + k)
}

/// The first place among dictionary matches `ms`, and its country.
fn place_in(ms: &[Match]) -> Option<(Match, &'static str)> {
    ms.iter().find_map(|m| Some((*m, m.entry.place()?)))
}

/// The first office or organisation among dictionary matches `ms`.
fn office_in(ms: &[Match]) -> Option<Match> {
    ms.iter()
        .find(|m| matches!(m.entry, Entry::Office(_) | Entry::Org(_)))
        .copied()
}

/// What a mention looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A person by name, possibly with title and country.
    Name,
    /// A person by title only ("the foreign minister").
    Title,
    /// A pronoun.
    Pronoun(Pronoun),
    /// A ministry, office or agency, or an international organisation.
    Office,
    /// An unnamed group ("officials").
    Group,
    /// A document that speaks for its issuer ("the statement").
    Document,
    /// A country or capital speaking as a government ("Beijing said").
    Government,
    /// A bare noun that points back at an organisation ("the ministry").
    OrgNoun,
}

/// Which pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, him, his.
    Masculine,
    /// she, her.
    Feminine,
    /// they.
    Plural,
    /// it.
    Neuter,
}

/// One mention.
#[derive(Clone, Debug)]
pub struct Mention {
    /// All its tokens, title and country included.
    pub tokens: Range<usize>,
    /// What it looks like.
    pub kind: MentionKind,
    /// Index into [`Mentions::entities`]; `usize::MAX` for pronouns and
    /// documents, which are resolved where they are used.
    pub entity: usize,
}

/// Gender as far as the text tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// Male.
    Male,
    /// Female.
    Female,
}

/// Something mentions refer to.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Fullest name seen.
    pub name: Option<String>,
    /// Title seen.
    pub title: Option<String>,
    /// Country seen.
    pub country: Option<&'static str>,
    /// What it is.
    pub kind: SpeakerKind,
    /// Delegation role of the title.
    pub role: Option<Role>,
    /// Seniority of the title.
    pub rank: Option<Rank>,
    /// The title's canonical form, lower case, for matching later mentions
    /// ("prime minister" for "PM").
    pub title_key: Option<String>,
    /// Gender when the text tells.
    pub gender: Option<Gender>,
    /// True when the text marks this as a person beyond doubt: a title, an
    /// honorific, a name of two words or more, or a verb of saying. A lone
    /// capitalized word ("Narobi", "Aids") is not, and pronouns skip it.
    pub salient: bool,
}

impl Entity {
    /// As a speaker record.
    pub fn speaker(&self) -> Speaker {
        Speaker::new(
            self.name.clone(),
            self.title.clone(),
            self.country.map(str::to_string),
            self.kind,
        )
    }

    /// As a person record.
    pub fn person(&self) -> Person {
        Person::new(
            self.name.clone(),
            self.title.clone(),
            self.country.map(str::to_string),
        )
    }
}

/// All mentions and entities of a document.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    /// Mentions in text order.
    pub list: Vec<Mention>,
    /// Entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// For each token, the mention that covers it (`u32::MAX` for none).
    pub at_token: Vec<u32>,
}

impl Mentions {
    /// The mention covering token `i`.
    pub fn covering(&self, i: usize) -> Option<&Mention> {
        let &m = self.at_token.get(i)?;
        (m != u32::MAX).then(|| &self.list[m as usize])
    }

    /// Index of the mention covering token `i`.
    pub fn index_covering(&self, i: usize) -> Option<usize> {
        let &m = self.at_token.get(i)?;
        (m != u32::MAX).then_some(m as usize)
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordClass {
    Pronoun(Pronoun),
    Group,
    Document,
    OrgNoun,
    PersonNoun,
}

fn speaker_words() -> &'static FastMap<&'static str, Vec<WordClass>> {
    static T: OnceLock<FastMap<&'static str, Vec<WordClass>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m: FastMap<&'static str, Vec<WordClass>> = FastMap::default();
        for f in tsv_rows(include_str!("../data/speaker_words.tsv")) {
            let class = match f.get(1).copied() {
                Some("pronoun_m") => WordClass::Pronoun(Pronoun::Masculine),
                Some("pronoun_f") => WordClass::Pronoun(Pronoun::Feminine),
                Some("pronoun_pl") => WordClass::Pronoun(Pronoun::Plural),
                Some("pronoun_n") => WordClass::Pronoun(Pronoun::Neuter),
                Some("group") => WordClass::Group,
                Some("document") => WordClass::Document,
                Some("organization_noun") => WordClass::OrgNoun,
                Some("person_noun") => WordClass::PersonNoun,
                _ => continue,
            };
            m.entry(f[0]).or_default().push(class);
        }
        m
    })
}

fn name_stops() -> &'static crate::gazetteer::FastSet<&'static str> {
    static T: OnceLock<crate::gazetteer::FastSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        tsv_rows(include_str!("../data/name_stops.tsv"))
            .map(|f| f[0])
            .collect()
    })
}

/// The keys of a document's entities ("person:raisi", "gov:IRN") and their
/// entities, as a map from key to entity: the keys share one buffer, where
/// a `String` each would be an allocation per entity.
#[derive(Default)]
struct EntityKeys {
    /// Every key inserted, one after another.
    text: String,
    /// A key's hash to its latest entry of that hash.
    heads: FastMap<u64, usize>,
    entries: Vec<KeyEntry>,
    /// One bit per [`key_sketch`] of the keys inserted: most keys looked
    /// for are not there (a story's first mention of each name), and an
    /// unset bit tells so without hashing the key.
    sketches: [u64; 4],
}

/// A number below 256 from the length and last two bytes of `key`: the
/// keys share their prefixes ("person:"), and their ends tell them apart.
fn key_sketch(key: &str) -> usize {
    let b = key.as_bytes();
    let from_end = |k: usize| b.len().checked_sub(k).and_then(|i| b.get(i)).copied();
    sketch(b.len(), from_end(1).unwrap_or(0), from_end(2).unwrap_or(0))
}

/// [`key_sketch`] of a key of `len` bytes ending in `before_last`, `last`.
fn sketch(len: usize, last: u8, before_last: u8) -> usize {
    let x = (len as u32) | u32::from(last) << 16 | u32::from(before_last) << 24;
    (x.wrapping_mul(0x9e37_79b9) >> 24) as usize
}

/// [`key_sketch`] of the [`person_key`] of `word`, without writing the
/// key, when `word` is ASCII (and lower-cases byte by byte).
fn person_sketch(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    if !word.is_ascii() {
        return None;
    }
    // The key's last two bytes: the word's, or the prefix's colon.
    let from_end = |k: usize| match b.len().checked_sub(k) {
        Some(i) => b.get(i).map_or(0, u8::to_ascii_lowercase),
        None => PERSON
            .as_bytes()
            .get(PERSON.len() + b.len() - k)
            .copied()
            .unwrap_or(0),
    };
    Some(sketch(PERSON.len() + b.len(), from_end(1), from_end(2)))
}

/// A key of [`EntityKeys`]: where it stands in the buffer, its entity, and
/// the entry inserted before it with the same hash (`usize::MAX` for none).
struct KeyEntry {
    text: Range<usize>,
    entity: usize,
    next: usize,
}

/// The entry of `key` in the chain of `entries` from entry `k`.
fn find_key(entries: &[KeyEntry], text: &str, mut k: usize, key: &str) -> Option<usize> {
    while let Some(e) = entries.get(k) {
        if text.get(e.text.clone()) == Some(key) {
            return Some(k);
        }
        k = e.next;
    }
    None
}

impl EntityKeys {
    fn hash(&self, key: &str) -> u64 {
        self.heads.hasher().hash_one(key)
    }

    fn may_hold(&self, key: &str) -> bool {
        self.sketched(key_sketch(key))
    }

    /// Whether the key of the person named `word` may be held: false
    /// tells, without writing the key, that it is not.
    fn may_hold_person(&self, word: &str) -> bool {
        person_sketch(word).is_none_or(|k| self.sketched(k))
    }

    fn sketched(&self, k: usize) -> bool {
        self.sketches[k / 64] & 1 << (k % 64) != 0
    }

    fn get(&self, key: &str) -> Option<usize> {
        if !self.may_hold(key) {
            return None;
        }
        let &head = self.heads.get(&self.hash(key))?;
        find_key(&self.entries, &self.text, head, key).map(|k| self.entries[k].entity)
    }

    /// Maps `key` to `entity`, in place of any entity it had.
    fn insert(&mut self, key: &str, entity: usize) {
        let k = key_sketch(key);
        self.sketches[k / 64] |= 1 << (k % 64);
        let new = self.entries.len();
        let next = match self.heads.entry(self.hash(key)) {
            HashEntry::Occupied(mut o) => {
                let head = *o.get();
                if let Some(k) = find_key(&self.entries, &self.text, head, key) {
                    self.entries[k].entity = entity;
                    return;
                }
                o.insert(new);
                head
            }
            HashEntry::Vacant(v) => {
                v.insert(new);
                usize::MAX
            }
        };
        let start = self.text.len();
        self.text.push_str(key);
        self.entries.push(KeyEntry {
            text: start..self.text.len(),
            entity,
            next,
        });
    }
}

struct Builder<'a, 'd> {
    doc: &'a Doc<'d>,
    out: Mentions,
    /// The working buffers: keys, flags, tallies (see [`Scratch`]).
    s: Scratch,
    /// Lexicon classes asked for per candidate token.
    name_particle: &'static Lexicon,
    title_modifier: &'static Lexicon,
    /// The number of the last `recent_entities` scan (see `Scratch::seen`).
    scan: u32,
    /// Whether a person was known by title alone, without a name: only
    /// then may `unnamed_holder` find someone.
    unnamed_people: bool,
}

/// The builder's working buffers, kept per thread between documents: a
/// story's keys, flags and tallies then reuse the room of the story before
/// rather than grow from nothing, allocation by allocation. Each thread
/// keeps its own, taken out of the cell while in use.
#[derive(Default)]
struct Scratch {
    by_key: EntityKeys,
    /// Scratch buffers for keys of `by_key`.
    key: String,
    full_key: String,
    /// Scratch buffer for a title in lower case.
    title_lower: String,
    /// [`CAP`], [`DET`], [`OPEN`], [`TITLE`] and [`MATCH`] bits per token.
    flags: Vec<u8>,
    /// Buffers of `recent_entities`: its answer, and for each entity the
    /// number of the last scan that listed it.
    recent: Vec<usize>,
    seen: Vec<u32>,
    /// Mentions per entity so far: who the article is about.
    mention_counts: Vec<u32>,
    /// Hashes of the first words (lower case) of every name of two words
    /// or more given to an entity: a lone word not among them is nobody's
    /// first name, and `first_name_of` need not scan.
    first_names: crate::gazetteer::FastSet<u64>,
}

thread_local! {
    static SCRATCH: Cell<Scratch> = Cell::default();
}

/// The most tokens, and entities, whose buffers a thread keeps: those of a
/// long story. Clearing a table costs its room, so an outsized document's
/// buffers go rather than slow every story after it.
const KEEP_TOKENS: usize = 32 << 10;
const KEEP_ENTITIES: usize = 1 << 10;

impl crate::kept::Kept for Scratch {
    fn clear(&mut self) {
        let k = &mut self.by_key;
        k.text.clear();
        k.heads.clear();
        k.entries.clear();
        k.sketches = [0; 4];
        self.flags.clear();
        self.recent.clear();
        self.seen.clear();
        self.mention_counts.clear();
        self.first_names.clear();
    }

    fn shrink(&mut self) {
        let large = self.flags.capacity() > KEEP_TOKENS
            || self.by_key.text.capacity() > KEEP_TOKENS
            || [
                self.by_key.heads.capacity(),
                self.by_key.entries.capacity(),
                self.recent.capacity(),
                self.seen.capacity(),
                self.mention_counts.capacity(),
                self.first_names.capacity(),
            ]
            .iter()
            .any(|&c| c > KEEP_ENTITIES);
        if large {
            *self = Scratch::default();
        }
    }
}

/// Finds the mentions of a document and links them into entities.
pub fn find(doc: &Doc<'_>) -> Mentions {
    let n = doc.text.tokens().len();
    let mut scratch = crate::kept::take(&SCRATCH);
    token_flags(doc, &mut scratch.flags);
    let mut b = Builder {
        doc,
        // Room for a story's mentions and entities, by its length (some
        // one mention in thirteen tokens, one entity in twenty-seven),
        // spares regrowing the lists.
        out: Mentions {
            at_token: vec![u32::MAX; n],
            list: Vec::with_capacity((n / 8).max(32)),
            entities: Vec::with_capacity((n / 20).max(16)),
        },
        s: scratch,
        name_particle: lexicon("name_particle"),
        title_modifier: lexicon("title_modifier"),
        scan: 0,
        unnamed_people: false,
    };
    let body = doc.body_start_token();
    let mut i = body;
    while i < n {
        // Most tokens carry no flag a mention opens with: a byte each tells.
        match next_flagged(&b.s.flags, i, OPEN | DET) {
            Some(k) => i = k,
            None => break,
        }
        // An article opens a mention only before a token that may.
        let determiner = b.flag(i, DET);
        if !b.may_open_mention(i + usize::from(determiner)) {
            i += 1;
            continue;
        }
        let before = b.out.list.len();
        match b.mention_at(i, determiner) {
            Some(end) => i = end.max(i + 1),
            None => i += 1,
        }
        if b.out.list.len() > before {
            b.apposition();
        }
    }
    // Extractors rely on it: scans back over mentions stop at a sentence's start.
    debug_assert!(b
        .out
        .list
        .windows(2)
        .all(|w| w[0].tokens.start <= w[1].tokens.start));
    crate::kept::give_back(&SCRATCH, b.s);
    b.out
}

impl<'a, 'd> Builder<'a, 'd> {
    /// "The Swedish envoy, Ingrid Holm," and "Ingrid Holm, the Swedish
    /// envoy,": a title and a name side by side are one person.
    fn apposition(&mut self) {
        let n = self.out.list.len();
        if n < 2 {
            return;
        }
        // "the spokesman for the External Affairs Ministry, Arvind Rao,":
        // a title, its office in capitals, a comma and the name.
        let nm = &self.out.list[n - 1];
        let comma = nm.tokens.start.wrapping_sub(1);
        let t_idx = (nm.kind == MentionKind::Name && self.doc.text.tok_bytes(comma) == b",")
            .then(|| {
                // The title stands at most a few words back: look no further.
                let lo = n.saturating_sub(5);
                self.out.list[lo..n - 1]
                    .iter()
                    .rposition(|m| m.kind == MentionKind::Title)
                    .map(|i| lo + i)
            })
            .flatten();
        if let Some(ti) = t_idx {
            let t = &self.out.list[ti];
            let linked = t.tokens.end < comma
                && comma - t.tokens.end <= 8
                && matches!(self.doc.text.tok_bytes(t.tokens.end), b"for" | b"of" | b"at")
                && (t.tokens.end..comma).all(|k| {
                    matches!(
                        self.doc.text.tok_bytes(k),
                        b"for" | b"of" | b"at" | b"the" | b"and"
                    ) || self.is_capitalized_word(k)
                });
            if linked {
                let (te, ne) = (t.entity, nm.entity);
                if te != ne && self.out.entities[te].name.is_none() {
                    let title = self.out.entities[te].title.clone();
                    let e = &mut self.out.entities[ne];
                    e.title = e.title.take().or(title);
                    e.salient = true;
                    self.out.list[ti].entity = ne;
                }
                return;
            }
        }
        // "Obama becomes the first sitting US President", "Xi Jinping heads
        // to Russia ... as President of China": the title is the subject's.
        let b = &self.out.list[n - 1];
        if b.kind == MentionKind::Title && self.out.entities[b.entity].name.is_none() && b.tokens.start > 0 {
            let copula = (b.tokens.start.saturating_sub(3)..b.tokens.start)
                .any(|k| self.doc.text.tok_bytes(k) == b"as")
                || (b.tokens.start.saturating_sub(5)..b.tokens.start)
                    .any(|k| matches!(self.doc.text.tok_bytes(k), b"becomes" | b"became"));
            let si = self.doc.text.sentence_of(b.tokens.start);
            // The subject is in the same sentence; sentences are short.
            let subject = copula
                .then(|| {
                    self.out.list[..n - 1]
                        .iter()
                        .enumerate()
                        .rev()
                        .take_while(|(_, m)| self.doc.text.sentence_of(m.tokens.start) == si)
                        .find(|(_, m)| m.kind == MentionKind::Name)
                        .map(|(i, _)| i)
                })
                .flatten();
            if let (true, Some(si_m)) = (copula, subject) {
                let (te, ne) = (b.entity, self.out.list[si_m].entity);
                let e = &self.out.entities[ne];
                if e.kind == SpeakerKind::Person && e.title.is_none() {
                    let t = self.out.entities[te].clone();
                    let e = &mut self.out.entities[ne];
                    e.title = t.title;
                    e.role = t.role;
                    e.rank = t.rank;
                    e.title_key = t.title_key;
                    e.country = e.country.or(t.country);
                    e.salient = true;
                    self.out.list[n - 1].entity = ne;
                    return;
                }
            }
        }
        let (a, b) = (&self.out.list[n - 2], &self.out.list[n - 1]);
        // "Jason Greenblatt, the US Middle East peace envoy,": between the
        // comma and the title only an article and modifiers.
        let modifiers_only = |from: usize, to: usize| {
            to.saturating_sub(from) <= 6
                && (from..to).all(|k| {
                    let w = self.tok(k);
                    matches!(w, "the" | "a" | "an")
                        || w.starts_with(char::is_uppercase)
                        || self.matches_at(k).iter().any(|m| m.entry.place().is_some())
                        || (w.chars().all(char::is_lowercase)
                            && !matches!(w, "and" | "or" | "said" | "says" | "who" | "which"))
                })
        };
        let adjacent = b.tokens.start == a.tokens.end + 1
            || a.kind == MentionKind::Name
                && b.kind == MentionKind::Title
                && modifiers_only(a.tokens.end + 1, b.tokens.start);
        if !adjacent || self.doc.text.tok_bytes(a.tokens.end) != b"," {
            return;
        }
        let (title_m, name_m) = match (a.kind, b.kind) {
            (MentionKind::Title, MentionKind::Name) => (n - 2, n - 1),
            (MentionKind::Name, MentionKind::Title) => (n - 1, n - 2),
            _ => return,
        };
        let (te, ne) = (self.out.list[title_m].entity, self.out.list[name_m].entity);
        if te == ne || self.out.entities[te].name.is_some() {
            return;
        }
        let t = self.out.entities[te].clone();
        let e = &mut self.out.entities[ne];
        if e.title.is_none() {
            e.title = t.title;
            e.role = t.role;
            e.rank = t.rank;
        }
        e.country = e.country.or(t.country);
        e.salient = true;
        self.out.list[title_m].entity = ne;
    }

    /// "Foreign Minister X and Trade Minister Y of Jordan": X is of Jordan too.
    fn share_country_with_coordinate(&mut self, start: usize, iso: &'static str) {
        if start == 0 || self.doc.text.tok_bytes(start - 1) != b"and" {
            return;
        }
        let Some(prev) = self.out.list.last().map(|m| m.entity) else {
            return;
        };
        let ends_before_and = self.out.list.last().is_some_and(|m| m.tokens.end + 1 == start);
        if ends_before_and && prev != usize::MAX {
            let e = &mut self.out.entities[prev];
            if e.kind == SpeakerKind::Person && e.country.is_none() {
                e.country = Some(iso);
            }
        }
    }

    /// The entities of the last few hundred mentions: a later mention
    /// looks back this far and no further, which keeps the pass linear in
    /// the length of the text. Each comes once, in no particular order
    /// (every scan picks by a key of its own), in a buffer to hand back to
    /// `self.s.recent`.
    fn recent_entities(&mut self) -> Vec<usize> {
        let mut out = std::mem::take(&mut self.s.recent);
        out.clear();
        // An entity is listed once: its mark is this scan's number.
        self.scan = self.scan.wrapping_add(1);
        if self.scan == 0 {
            self.s.seen.fill(0);
            self.scan = 1;
        }
        self.s.seen.resize(self.out.entities.len(), 0);
        for m in self.out.list.iter().rev().take(300) {
            if let Some(mark) = self.s.seen.get_mut(m.entity) {
                if *mark != self.scan {
                    *mark = self.scan;
                    out.push(m.entity);
                }
            }
        }
        out
    }

    /// The words of tokens `r`, line breaks and runs of spaces made single
    /// spaces (wire copy wraps titles across lines); borrowed from the text
    /// when it is single spaced already (it usually is).
    fn words_in_text(&self, r: Range<usize>) -> Cow<'d, str> {
        let s = self.doc.text.slice_tokens(r.clone());
        // No ASCII token holds white space: the gaps between them tell,
        // unread, that the words are single spaced, as they usually are.
        // (A grapheme cluster may: a prepended mark joins the space after it.)
        if s.is_ascii() && self.single_spaced_gaps(r) {
            debug_assert!(single_spaced(s), "{s:?}");
            return Cow::Borrowed(s);
        }
        if single_spaced(s) {
            return Cow::Borrowed(s);
        }
        // The words joined with single spaces, with no list of them between.
        let mut joined = String::with_capacity(s.len());
        for w in s.split_whitespace() {
            if !joined.is_empty() {
                joined.push(' ');
            }
            joined.push_str(w);
        }
        Cow::Owned(joined)
    }

    /// Whether tokens `r` follow each other directly or after one space.
    fn single_spaced_gaps(&self, r: Range<usize>) -> bool {
        let src = self.doc.text.as_str().as_bytes();
        let tokens = self.doc.text.tokens().get(r).unwrap_or_default();
        tokens.windows(2).all(|w| {
            let (end, next) = (w[0].end(), w[1].start());
            next == end || next == end + 1 && src.get(end) == Some(&b' ')
        })
    }

    /// Token `i` is a name particle ("von", "bin"). No particle is a
    /// capitalized word: the flag answers for most names' words unread.
    fn is_name_particle(&self, i: usize) -> bool {
        !self.is_capitalized_word(i) && self.name_particle.contains(self.tok(i))
    }

    /// Token `i` is a word that never starts or continues a name.
    fn is_name_stop(&self, i: usize) -> bool {
        self.doc.matches.may_be(i, crate::gazetteer::WordClass::NameStop)
            && name_stops().contains(self.tok(i))
    }

    fn tok(&self, i: usize) -> &'d str {
        self.doc.text.tok(i)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        b < self.doc.text.tokens().len() && self.doc.text.sentence_of(a) == self.doc.text.sentence_of(b)
    }

    /// Token `i` is a capitalized word (see [`capitalized_word`]); asked
    /// several times for most tokens, so answered from a table.
    fn is_capitalized_word(&self, i: usize) -> bool {
        self.flag(i, CAP)
    }

    fn flag(&self, i: usize, bit: u8) -> bool {
        self.s.flags.get(i).is_some_and(|f| f & bit != 0)
    }

    /// All the flags of token `i` (none past the last).
    fn flags_of(&self, i: usize) -> u8 {
        self.s.flags.get(i).copied().unwrap_or(0)
    }

    fn sentence_initial(&self, i: usize) -> bool {
        let s = &self.doc.text.sentences()[self.doc.text.sentence_of(i)];
        let mut j = s.tokens.start;
        while j < i && !self.doc.text.tokens()[j].is_wordlike() {
            j += 1;
        }
        j == i
    }

    /// A run of capitalized name words starting at `i`; returns its end.
    #[inline]
    fn name_run(&self, i: usize) -> Option<usize> {
        self.name_run_flagged(i, self.flags_of(i))
    }

    /// [`Self::name_run`] given the flags `f` of token `i`.
    #[inline]
    fn name_run_flagged(&self, i: usize, f: u8) -> Option<usize> {
        // Most tokens asked about are lower case: a name opens with a
        // capitalized word or capital initials, or there is none.
        let initials = |s: &[u8]| s.len() <= 3 && s.iter().all(u8::is_ascii_uppercase);
        if f & CAP == 0 && !initials(self.doc.text.tok_bytes(i)) {
            return None;
        }
        self.name_run_from(i)
    }

    /// [`Self::name_run`] past its quick test.
    #[inline(never)]
    fn name_run_from(&self, i: usize) -> Option<usize> {
        let mut j = i;
        let mut words = 0;
        // The run's sentence, read once: every step compares with it.
        let si = self.doc.text.sentence_of(i);
        let n = self.doc.text.tokens().len();
        let in_sentence = |k: usize| k < n && self.doc.text.sentence_of(k) == si;
        loop {
            if !in_sentence(j) {
                break;
            }
            // "SM Krishna": capital initials open a name.
            let initials = || {
                let s = self.doc.text.tok_bytes(j);
                s.len() <= 3
                    && s.iter().all(u8::is_ascii_uppercase)
                    && self.is_capitalized_word(j + 1)
                    && self.matches_at(j).is_empty()
            };
            // "Image copyright Getty Images Image caption ...": photo-credit
            // boilerplate names nobody. The length tells most words apart
            // without slicing the text.
            let caption = || {
                self.doc.text.tokens().get(j + 1).is_some_and(|t| {
                    matches!(t.end() - t.start(), 7 | 9)
                        && matches!(self.doc.text.tok_bytes(j + 1), b"copyright" | b"caption")
                })
            };
            if (self.is_capitalized_word(j) || initials())
                && !caption()
                && !self.is_name_stop(j)
                && !self.blocks_name(j)
            {
                words += 1;
                j += 1;
                continue;
            }
            // "Richard von Weizsaecker", "Mohammed bin Salman"
            if words > 0
                && self.is_capitalized_word(j + 1)
                && in_sentence(j + 1)
                && self.name_particle.contains(self.tok(j))
            {
                j += 1;
                continue;
            }
            // Initials: "George W. Bush"
            if words > 0
                && self.doc.text.tok_bytes(j) == b"."
                && self.tok(j - 1).chars().count() == 1
                && self.is_capitalized_word(j + 1)
            {
                j += 1;
                continue;
            }
            break;
        }
        (words > 0 && !self.is_name_particle(j - 1)).then_some(j)
    }

    // A token that starts a country, title, office or organisation is not a name.
    fn blocks_name(&self, j: usize) -> bool {
        self.matches_at(j).iter().any(|m| match m.entry {
            // "Sofia Mendes", "Victoria Nuland": a one-word city followed
            // by a capitalized word that is nothing else is a first name.
            Entry::Capital(_) | Entry::City(_) if m.end() == j + 1 => {
                let next = j + 1;
                !(self.is_capitalized_word(next)
                    && self.same_sentence(j, next)
                    && !self.is_name_stop(next)
                    && self.matches_at(next).is_empty())
            }
            Entry::Country(_)
            | Entry::Demonym(_)
            | Entry::Capital(_)
            | Entry::City(_)
            | Entry::Title(_)
            | Entry::Office(_)
            | Entry::Org(_) => true,
            _ => false,
        })
    }

    fn place_at(&self, i: usize) -> Option<(Match, &'static str)> {
        place_in(self.matches_at(i))
    }

    /// The dictionary matches starting at token `i`, longest first: most
    /// tokens asked about have none, which their flag tells without
    /// reading the match index.
    fn matches_at(&self, i: usize) -> &'a [Match] {
        self.matches_flagged(i, self.flags_of(i))
    }

    /// [`Self::matches_at`] given the flags `f` of token `i`.
    fn matches_flagged(&self, i: usize, f: u8) -> &'a [Match] {
        if f & MATCH != 0 {
            self.doc.matches.at(i)
        } else {
            &[]
        }
    }

    /// A title at token `i`, with a rank modifier the table need not list:
    /// "Deputy Energy Minister", "Acting President".
    // Most calls end at the quick test, which costs less than the call:
    // it goes inline, the lookup past it does not.
    #[inline(always)]
    fn title_at(&self, i: usize) -> Option<Match> {
        self.title_flagged(i, self.flags_of(i))
    }

    /// [`Self::title_at`] given the flags `f` of token `i`.
    #[inline(always)]
    fn title_flagged(&self, i: usize, f: u8) -> Option<Match> {
        // Asked at most tokens a mention may open at: most have no title
        // at them or after them, which two flags tell.
        if f & TITLE == 0 && !self.flag(i + 1, TITLE) {
            return None;
        }
        self.title_match_at(i)
    }

    /// [`Self::title_at`] past its quick test.
    #[inline(never)]
    fn title_match_at(&self, i: usize) -> Option<Match> {
        let at = |k: usize| {
            self.flag(k, TITLE)
                .then(|| {
                    self.matches_at(k)
                        .iter()
                        .find(|m| matches!(m.entry, Entry::Title(_)))
                })
                .flatten()
                .copied()
        };
        at(i).or_else(|| {
            let inner = at(i + 1).filter(|_| {
                self.same_sentence(i, i + 1)
                    && with_ascii_lower(self.tok(i), |w| self.title_modifier.contains(w))
            })?;
            Some(inner.with_start(i))
        })
    }

    fn office_at(&self, i: usize) -> Option<Match> {
        office_in(self.matches_at(i))
    }

    fn push(&mut self, tokens: Range<usize>, kind: MentionKind, entity: usize) -> usize {
        let idx = self.out.list.len() as u32;
        for t in tokens.clone() {
            if let Some(slot) = self.out.at_token.get_mut(t) {
                *slot = idx;
            }
        }
        if let Some(c) = self.s.mention_counts.get_mut(entity) {
            *c += 1;
        } else if entity != usize::MAX {
            self.s.mention_counts.resize(entity + 1, 0);
            self.s.mention_counts[entity] = 1;
        }
        self.out.list.push(Mention {
            tokens: tokens.clone(),
            kind,
            entity,
        });
        tokens.end
    }

    /// The mention at token `i`, after an article there if `determiner`,
    /// where [`Self::may_open_mention`] said one may open (the main loop
    /// asks first).
    fn mention_at(&mut self, i: usize, determiner: bool) -> Option<usize> {
        let start = i;
        let mut j = i + usize::from(determiner);
        let mut country: Option<&'static str> = None;
        // Token `j`'s flags and matches, read once for the tests below.
        let mut fj = self.flags_of(j);
        let mut here = self.matches_flagged(j, fj);
        // Country prefix: "Pakistan's", "Iranian", "U.S."
        if let Some((m, iso)) = place_in(here) {
            let poss = self
                .doc
                .text
                .tokens()
                .get(m.end())
                .is_some_and(|t| t.kind == TokenKind::Possessive);
            let next = if poss { m.end() + 1 } else { m.end() };
            let follows = self.title_at(next).is_some()
                || self.office_at(next).is_some()
                || self.group_at(next).is_some();
            // "the Chinese government", "Iran's authorities": the state speaking.
            let gov_noun = [
                "government",
                "authorities",
                "administration",
                "regime",
                "leadership",
            ]
            .iter()
            .any(|w| self.doc.text.tok_bytes(next).eq_ignore_ascii_case(w.as_bytes()));
            if gov_noun && self.same_sentence(j, next) {
                let surface = self.doc.text.slice_tokens(j..next + 1);
                let e = self.government(iso, surface);
                return Some(self.push(start..next + 1, MentionKind::Government, e));
            }
            if follows && self.same_sentence(j, next) {
                country = Some(iso);
                j = next;
                fj = self.flags_of(j);
                here = self.matches_flagged(j, fj);
            } else if !determiner {
                return self.government_or_skip(m, iso);
            }
        }
        // An organisation or government office: "Foreign Office", "the FO";
        // a longer title wins ("Treasury Secretary" over "Treasury").
        let title_j = self.title_flagged(j, fj);
        let title_longer = |m: &Match| title_j.is_some_and(|t| t.end() > m.end());
        if let Some(m) = office_in(here).filter(|m| !title_longer(m)) {
            if let Some(t) = self.title_at(m.end()) {
                // "Foreign Ministry spokesperson Hua Chunying"
                let title = self.words_in_text(m.start()..t.end());
                return Some(self.person(start, t.end(), Some(title), country, t));
            }
            return Some(self.office(start, m, country));
        }
        // "in general", "a major city": these words are titles only in capitals.
        let lower_ambiguous = |t: &Match| {
            t.end() == t.start() + 1
                && matches!(
                    self.doc.text.tok_bytes(t.start()),
                    b"general" | b"major" | b"private" | b"marshal"
                )
        };
        if let Some(t) = title_j.filter(|t| !lower_ambiguous(t)) {
            let mut title_end = t.end();
            let mut tm = t;
            // Compound titles: "Deputy Prime Minister", "Minister of State for ...".
            while let Some(t2) = self.title_at(title_end) {
                title_end = t2.end();
                tm = t2;
            }
            let mut title = self.words_in_text(j..title_end);
            let mut k = title_end;
            // "President of Turkiye", "Secretary-General of the United Nations"
            if self.doc.text.tok_bytes(k) == b"of" {
                let mut k2 = k + 1;
                if self.doc.text.tok_bytes(k2).eq_ignore_ascii_case(b"the") {
                    k2 += 1;
                }
                if let Some((m, iso)) = self.place_at(k2) {
                    country = Some(iso);
                    k = m.end();
                } else if let Some(m) = self.office_at(k2) {
                    if let Entry::Org(o) = m.entry {
                        title = Cow::Owned(format!(
                            "{} of {}",
                            title,
                            self.doc.gazetteer.orgs()[o as usize].name
                        ));
                        k = m.end();
                    }
                }
            }
            return Some(self.person(start, k, Some(title), country, tm));
        }
        if country.is_some() {
            if let Some(end) = self.group_at(j) {
                return Some(self.group(start, end, country));
            }
        }
        // Honorifics: "Mr Brown", "Mrs. Clinton".
        // Each is a capitalized word: the flag rules out most tokens unread.
        let s = if fj & CAP != 0 {
            self.doc.text.tok_bytes(j)
        } else {
            b""
        };
        let honorific = matches!(s, b"Mr" | b"Mrs" | b"Ms" | b"Dr" | b"Miss");
        if honorific {
            let mut k = j + 1;
            if self.doc.text.tok_bytes(k) == b"." {
                k += 1;
            }
            if let Some(end) = self.name_run(k) {
                let gender = match s {
                    b"Mr" => Some(Gender::Male),
                    b"Mrs" | b"Ms" | b"Miss" => Some(Gender::Female),
                    _ => None,
                };
                let e = self.named(k..end, None, country, None);
                self.out.entities[e].salient = true;
                if self.out.entities[e].gender.is_none() {
                    self.out.entities[e].gender = gender;
                }
                return Some(self.push(start..end, MentionKind::Name, e));
            }
        }
        // Pronouns, groups, documents, "the ministry", "the spokesman".
        let classes = self.speaker_classes(j);
        let lowercase_or_initial = || fj & CAP == 0 || self.sentence_initial(j);
        if !determiner && (classes.is_none() || !lowercase_or_initial()) {
            if let Some(end) = self.name_run_flagged(j, fj) {
                return self.bare_name(j, end);
            }
        }
        let classes = classes?;
        for &c in classes {
            match c {
                WordClass::Pronoun(p) if !determiner => {
                    return Some(self.push(j..j + 1, MentionKind::Pronoun(p), usize::MAX));
                }
                // "an official said", not "an official visit".
                WordClass::Group if (!determiner || ends_in_s(self.tok(j))) && !self.modifies_noun(j) => {
                    // A group word is a group of one token: `group_at(j)` is `j + 1`.
                    return Some(self.group(start, j + 1, country));
                }
                WordClass::Document if determiner => {
                    return Some(self.push(start..j + 1, MentionKind::Document, usize::MAX));
                }
                WordClass::OrgNoun if determiner => {
                    let e = self.last_entity(|e| {
                        matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Government)
                    });
                    if let Some(e) = e {
                        return Some(self.push(start..j + 1, MentionKind::OrgNoun, e));
                    }
                }
                WordClass::PersonNoun if determiner => {
                    let w = lower_unless_ascii(self.tok(j));
                    let e = self.last_entity(|e| {
                        e.kind == SpeakerKind::Person
                            && e.title.as_deref().is_some_and(|t| contains_lower(t, &w))
                    });
                    if let Some(e) = e {
                        return Some(self.push(start..j + 1, MentionKind::Title, e));
                    }
                }
                _ => {}
            }
        }
        None
    }

    /// Whether a mention can start at token `j` (after any determiner):
    /// the cheap tests that rule out most tokens, ahead of the lookups
    /// `mention_at` makes. Every mention needs one of them: a dictionary
    /// match at `j` or, for a title modifier, at `j + 1`; a speaker word; or
    /// a capital for a name or an honorific. [`token_flags`] makes the
    /// tests; past the last token every lookup of `mention_at` is empty.
    fn may_open_mention(&self, j: usize) -> bool {
        self.flag(j, OPEN)
    }

    fn modifies_noun(&self, j: usize) -> bool {
        let w = self.tok(j);
        if w.ends_with('s') {
            return false;
        }
        let next = self.tok(j + 1);
        let says = self
            .matches_at(j + 1)
            .iter()
            .any(|m| matches!(m.entry, Entry::Verb(_)));
        next.chars().next().is_some_and(char::is_lowercase)
            && !says
            && !matches!(
                next,
                "who" | "from" | "in" | "at" | "with" | "close" | "familiar" | "told" | "on"
            )
    }

    fn group_at(&self, j: usize) -> Option<usize> {
        let cls = self.speaker_classes(j)?;
        cls.contains(&WordClass::Group).then_some(j + 1)
    }

    /// The speaker-word classes of token `j`, looked up in lower case
    /// without allocating for the usual short ASCII word.
    fn speaker_classes(&self, j: usize) -> Option<&'static Vec<WordClass>> {
        if !self.doc.matches.may_be(j, crate::gazetteer::WordClass::Speaker) {
            return None;
        }
        with_ascii_lower(self.tok(j), |w| speaker_words().get(w))
    }

    fn government_or_skip(&mut self, m: Match, iso: &'static str) -> Option<usize> {
        // A country or capital followed by a verb of saying speaks as its
        // government: "Beijing said", "Pakistan has denied".
        let mut k = m.end();
        // "Ecuador yesterday said", "Pakistan on Monday denied".
        while matches!(
            self.doc.text.tok_bytes(k),
            b"has"
                | b"have"
                | b"had"
                | b"also"
                | b"later"
                | b"on"
                | b"again"
                | b"yesterday"
                | b"today"
                | b"tonight"
                | b"earlier"
        ) || self
            .doc
            .text
            .tokens()
            .get(k)
            .is_some_and(|t| !self.doc.dates_in(t.span()).is_empty())
        {
            k += 1;
        }
        let says = self
            .matches_at(k)
            .iter()
            .any(|x| matches!(x.entry, Entry::Verb(_)));
        // "the Foreign Office in Islamabad said": the place is not the speaker.
        let prepositional = m.start() > 0
            && matches!(
                self.doc.text.tok_bytes(m.start() - 1),
                b"in" | b"from" | b"at" | b"of" | b"to"
            );
        if !says || prepositional || !matches!(m.entry, Entry::Country(_) | Entry::Capital(_)) {
            return Some(m.end());
        }
        let surface = self.doc.text.slice_tokens(m.tokens());
        let e = self.government(iso, surface);
        Some(self.push(m.start()..m.end(), MentionKind::Government, e))
    }

    /// The entity of a country's government, named as the text first names
    /// it ("Beijing", "the Chinese government").
    fn government(&mut self, iso: &'static str, surface: &str) -> usize {
        let mut key = std::mem::take(&mut self.s.key);
        key.clear();
        key.push_str("gov:");
        key.push_str(iso);
        let e = match self.s.by_key.get(&key) {
            Some(e) => e,
            None => self.new_entity(
                &key,
                Some(surface.to_string()),
                None,
                Some(iso),
                SpeakerKind::Government,
            ),
        };
        self.s.key = key;
        e
    }

    fn new_entity(
        &mut self,
        key: &str,
        name: Option<String>,
        title: Option<String>,
        country: Option<&'static str>,
        kind: SpeakerKind,
    ) -> usize {
        let id = self.out.entities.len();
        self.out.entities.push(Entity {
            name,
            title,
            country,
            kind,
            role: None,
            rank: None,
            title_key: None,
            gender: None,
            salient: kind != SpeakerKind::Person,
        });
        if !key.is_empty() {
            self.s.by_key.insert(key, id);
        }
        id
    }

    fn last_entity(&self, pred: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.out
            .list
            .iter()
            .rev()
            .take(64)
            .map(|m| m.entity)
            .find(|&e| e != usize::MAX && pred(&self.out.entities[e]))
    }

    fn office(&mut self, start: usize, m: Match, country: Option<&'static str>) -> usize {
        let g = self.doc.gazetteer;
        let (name, own_country, international) = match m.entry {
            Entry::Office(o) => {
                let o = &g.offices()[o as usize];
                (o.name, o.country, false)
            }
            Entry::Org(o) => (g.orgs()[o as usize].name, None, true),
            _ => return m.end(),
        };
        if country.is_none() && own_country.is_none() {
            // "the foreign office" after "Pakistan's Foreign Office": the same one.
            let mut key = std::mem::take(&mut self.s.key);
            key.clear();
            key.push_str("orgname:");
            key.push_str(name);
            let known = self.s.by_key.get(&key);
            self.s.key = key;
            if let Some(e) = known {
                return self.push(start..m.end(), MentionKind::Office, e);
            }
        }
        let country = country.or(own_country).or_else(|| {
            // "the Foreign Office" of an article about one country: the
            // country named most recently before it.
            if international {
                None
            } else {
                self.recent_country(start)
            }
        });
        let mut key = std::mem::take(&mut self.s.key);
        key.clear();
        key.push_str("org:");
        key.push_str(name);
        key.push(':');
        key.push_str(country.unwrap_or(""));
        // The name as the text writes it ("Foreign Ministry", not the
        // table's "Ministry of Foreign Affairs"): that is what readers and
        // annotators call it. Capitalized forms win over lower-case ones.
        // It is copied only where an entity takes it.
        let surface = self.words_in_text(m.tokens());
        let capitalized = surface.chars().next().is_some_and(char::is_uppercase);
        let e = match self.s.by_key.get(&key) {
            Some(e) => {
                let ent = &mut self.out.entities[e];
                if capitalized
                    && ent
                        .name
                        .as_ref()
                        .is_some_and(|n| !n.starts_with(char::is_uppercase))
                {
                    ent.name = Some(surface.into_owned());
                }
                e
            }
            None => {
                let e = self.new_entity(
                    &key,
                    Some(surface.into_owned()),
                    None,
                    country,
                    SpeakerKind::Organization,
                );
                key.clear();
                key.push_str("orgname:");
                key.push_str(name);
                self.s.by_key.insert(&key, e);
                e
            }
        };
        self.s.key = key;
        self.push(start..m.end(), MentionKind::Office, e)
    }

    fn recent_country(&self, before: usize) -> Option<&'static str> {
        let all = self.doc.matches.all();
        let idx = all.partition_point(|m| m.start() < before);
        all[..idx].iter().rev().take(200).find_map(|m| match m.entry {
            Entry::Country(c) | Entry::Demonym(c) => Some(c.as_str()),
            _ => None,
        })
    }

    fn group(&mut self, start: usize, end: usize, country: Option<&'static str>) -> usize {
        let word = self.tok(end - 1);
        // The key goes into a reused buffer, lower-cased as `to_lowercase`
        // does it. The name below differs from `word` only in the case of
        // its first letter, which lower-casing undoes.
        let mut key = std::mem::take(&mut self.s.key);
        key.clear();
        key.push_str("group:");
        if word.is_ascii() {
            key.push_str(word);
            key["group:".len()..].make_ascii_lowercase();
        } else {
            key.push_str(&word.to_lowercase());
        }
        key.push(':');
        key.push_str(country.unwrap_or(""));
        let e = match self.s.by_key.get(&key) {
            Some(e) => e,
            None => {
                let mut name = word.to_string();
                // An ASCII first letter upper-cases in place; `to_uppercase` may
                // lengthen others, and only ASCII letters are changed at all.
                if let Some(c) = name.get_mut(0..1) {
                    c.make_ascii_uppercase();
                }
                self.new_entity(&key, Some(name), None, country, SpeakerKind::Group)
            }
        };
        self.s.key = key;
        self.push(start..end, MentionKind::Group, e)
    }

    fn person(
        &mut self,
        start: usize,
        k: usize,
        // Borrowed from the text as a rule: copied only where an entity takes it.
        title: Option<Cow<'d, str>>,
        country: Option<&'static str>,
        tm: Match,
    ) -> usize {
        let (role, rank, canonical, office_country) = match tm.entry {
            Entry::Title(t) => {
                let t = &self.doc.gazetteer.titles()[t as usize];
                (Some(t.role), Some(t.rank), Some(t.canonical), t.country)
            }
            _ => (None, None, None, None),
        };
        // The title key is copied only where an entity takes it.
        let canon = || canonical.map(str::to_lowercase);
        // "Home Secretary David Blunkett": the office names the country.
        let country = country.or(office_country);
        // Skip a comma in "Foreign Minister, Ishaq Dar" only when a name follows.
        let name_start = k;
        if let Some(name_end) = self.name_run(name_start) {
            let mut end = name_end;
            // "King Harald of Norway", "Prime Minister X of Eswatini".
            let mut country = country;
            if country.is_none() && self.doc.text.tok_bytes(end) == b"of" {
                if let Some((m, iso)) = self.place_at(end + 1) {
                    if matches!(m.entry, Entry::Country(_)) {
                        country = Some(iso);
                        end = m.end();
                        self.share_country_with_coordinate(start, iso);
                    }
                }
            }
            let e = self.named(name_start..name_end, title, country, role.zip(rank));
            let ent = &mut self.out.entities[e];
            if ent.country.is_none() {
                ent.country = country;
            }
            if ent.title_key.is_none() {
                ent.title_key = canon();
            }
            return self.push(start..end, MentionKind::Name, e);
        }
        // "Deputy National Security Advisor for International Economics
        // Daleep Singh": a portfolio, then the name (its last two words).
        if matches!(self.doc.text.tok_bytes(k), b"for" | b"of") {
            // The portfolio may hold "and": "for Technology and National
            // Security Tarun Chhabra".
            let mut run_end = k + 1;
            while self.same_sentence(k, run_end)
                && (self.is_capitalized_word(run_end)
                    || matches!(self.doc.text.tok_bytes(run_end), b"and" | b"&" | b"of" | b"for")
                        && self.is_capitalized_word(run_end + 1))
            {
                run_end += 1;
            }
            // Three words at least: a portfolio and a two-word name.
            let run_ok = run_end >= k + 4
                && self.is_capitalized_word(run_end - 1)
                && self.name_run(run_end - 2).is_some();
            if run_ok {
                let name_start = run_end - 2;
                // The title, a space and the portfolio, trimmed: built in one
                // string, copied again only if trimming changes it.
                let portfolio = self.words_in_text(k..name_start);
                let head = title.as_deref().unwrap_or("");
                let mut full_title = String::with_capacity(head.len() + 1 + portfolio.len());
                full_title.push_str(head);
                full_title.push(' ');
                full_title.push_str(&portfolio);
                let trimmed = full_title.trim();
                if trimmed.len() != full_title.len() {
                    full_title = trimmed.to_string();
                }
                let e = self.named(
                    name_start..run_end,
                    Some(Cow::Owned(full_title)),
                    country,
                    role.zip(rank),
                );
                let ent = &mut self.out.entities[e];
                if ent.title_key.is_none() {
                    ent.title_key = canon();
                }
                return self.push(start..run_end, MentionKind::Name, e);
            }
        }
        // Title only: the person it last named, or someone new.
        let title_s = title.unwrap_or_default();
        // Every comparison below ignores ASCII case: only text beyond ASCII
        // needs a lower-cased copy.
        let tl = lower_unless_ascii(&title_s);
        // "the minister" after "Foreign Minister X", "the spokesman" after
        // "Foreign Ministry spokesman Y": a title ending the same way.
        let bare = strip_the(&tl);
        // "the prime minister" after "PM Shehbaz Sharif": canonical forms.
        let canon_l = canonical.map(lower_unless_ascii);
        let canon_bare = canon_l.as_deref().unwrap_or(bare);
        // A longer title may end the same way, but not a lesser office:
        // "the prime minister" is not the deputy prime minister.
        // Of several holders, the one the article is about: the most
        // mentioned so far, the first introduced on a tie.
        let recent = self.recent_entities();
        let found = recent
            .iter()
            .copied()
            .filter(|&i| {
                let e = &self.out.entities[i];
                e.kind == SpeakerKind::Person
                    && (e
                        .title
                        .as_deref()
                        .is_some_and(|t| t.eq_ignore_ascii_case(&tl) || title_fits(t, bare))
                        || e.title_key.as_deref().is_some_and(|k| title_fits(k, canon_bare)))
                    && (country.is_none() || e.country.is_none() || e.country == country)
            })
            .max_by_key(|&i| {
                (
                    self.s.mention_counts.get(i).copied().unwrap_or(0),
                    std::cmp::Reverse(i),
                )
            });
        self.s.recent = recent;
        // "Gordon Brown ... the UK chancellor": a definite title nobody holds
        // yet describes the person the article is about, if that person has
        // no title of their own.
        let definite = start < k && self.doc.text.tok_bytes(start).eq_ignore_ascii_case(b"the");
        let found = found.or_else(|| {
            if !definite {
                return None;
            }
            let here = self.doc.text.sentence_of(start);
            // Someone named in the last three sentences.
            self.out
                .list
                .iter()
                .rev()
                .take(30)
                .filter(|m| here.saturating_sub(self.doc.text.sentence_of(m.tokens.start)) <= 3)
                .map(|m| m.entity)
                .filter(|&i| {
                    let Some(e) = self.out.entities.get(i) else {
                        return false;
                    };
                    e.kind == SpeakerKind::Person
                        && e.name.is_some()
                        && e.title.is_none()
                        && e.salient
                        && (country.is_none() || e.country.is_none() || e.country == country)
                })
                .max_by_key(|&i| (self.s.mention_counts.get(i).copied().unwrap_or(0), i))
                .inspect(|&i| {
                    let e = &mut self.out.entities[i];
                    e.title = Some(title_s.to_string());
                    e.role = role;
                    e.rank = rank;
                    e.title_key = canon();
                })
        });
        let e = match found {
            Some(e) => {
                if self.out.entities[e].country.is_none() {
                    self.out.entities[e].country = country;
                }
                e
            }
            None => {
                let e = self.new_entity("", None, Some(title_s.into_owned()), country, SpeakerKind::Person);
                self.unnamed_people = true;
                self.out.entities[e].salient = true;
                self.out.entities[e].role = role;
                self.out.entities[e].rank = rank;
                self.out.entities[e].title_key = canon();
                e
            }
        };
        self.push(start..k, MentionKind::Title, e)
    }

    fn bare_name(&mut self, j: usize, end: usize) -> Option<usize> {
        let mut key = std::mem::take(&mut self.s.key);
        person_key(&mut key, self.tok(end - 1));
        let known = self.s.by_key.get(&key);
        let single = end - j == 1;
        // A lone capitalized word opening a sentence is usually not a name,
        // unless the document already knows it or a verb of saying follows.
        if single && known.is_none() {
            let next_says = self
                .matches_at(end)
                .iter()
                .any(|m| matches!(m.entry, Entry::Verb(_)))
                || self
                    .doc
                    .text
                    .tokens()
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Possessive);
            if self.sentence_initial(j) && !next_says {
                self.s.key = key;
                return None;
            }
        }
        // The key of the name's last word is the one `named` starts from.
        let e = self.named_keyed(j..end, key, known, None, None, None);
        if !single
            || self
                .matches_at(end)
                .iter()
                .any(|m| matches!(m.entry, Entry::Verb(_)))
        {
            self.out.entities[e].salient = true;
        }
        Some(self.push(j..end, MentionKind::Name, e))
    }

    /// A hash of the characters `chars`, for [`Self::first_names`].
    fn chars_hash(&self, chars: impl Iterator<Item = char>) -> u64 {
        let mut h = self.s.first_names.hasher().build_hasher();
        for c in chars {
            h.write_u32(u32::from(c));
        }
        h.finish()
    }

    /// Notes the first word of name `n` in [`Self::first_names`], lower-cased
    /// as `first_name_of` compares it.
    fn note_first_name(&mut self, n: &str) {
        // (Not simply up to the first space: a token may hold white space,
        // as a grapheme cluster of a prepended mark and a space does.)
        if !n.contains(' ') {
            return;
        }
        let Some(f) = first_word(n) else {
            return;
        };
        // An ASCII word lower-cases byte by byte, as `char::to_lowercase` would.
        let h = if f.is_ascii() {
            self.chars_hash(f.bytes().map(|b| char::from(b.to_ascii_lowercase())))
        } else {
            self.chars_hash(f.chars().flat_map(char::to_lowercase))
        };
        self.s.first_names.insert(h);
    }

    /// The latest person of the recent mentions whose full name starts
    /// with `w` (lower case).
    fn first_name_of(&mut self, w: &str) -> Option<usize> {
        if !self.s.first_names.contains(&self.chars_hash(w.chars())) {
            return None;
        }
        let recent = self.recent_entities();
        // `w` is lower case already: an ASCII word compares without decoding.
        let same_word = |f: &str| {
            if f.is_ascii() {
                f.eq_ignore_ascii_case(w)
            } else {
                f.chars().flat_map(char::to_lowercase).eq(w.chars())
            }
        };
        let is_first_name = |i: usize| {
            let e = &self.out.entities[i];
            e.kind == SpeakerKind::Person
                && e.name
                    .as_deref()
                    .is_some_and(|n| n.contains(' ') && first_word(n).is_some_and(same_word))
        };
        // Only a later entity than the one found needs testing.
        let mut found = None;
        for &i in &recent {
            if found.is_none_or(|k| i > k) && is_first_name(i) {
                found = Some(i);
            }
        }
        self.s.recent = recent;
        found
    }

    /// The earliest person of the recent mentions known only by title
    /// `tl` (lower case), of `country` if both are known.
    fn unnamed_holder(&mut self, tl: &str, country: Option<&'static str>) -> Option<usize> {
        let recent = self.recent_entities();
        let holds = |i: usize| {
            let e = &self.out.entities[i];
            e.kind == SpeakerKind::Person
                && e.name.is_none()
                && e.title
                    .as_deref()
                    .is_some_and(|t| t.chars().flat_map(char::to_lowercase).eq(tl.chars()))
                && (e.country.is_none() || country.is_none() || e.country == country)
        };
        // Only an earlier entity than the one found needs testing.
        let mut found = None;
        for &i in &recent {
            if found.is_none_or(|f| i < f) && holds(i) {
                found = Some(i);
            }
        }
        self.s.recent = recent;
        found
    }

    fn named(
        &mut self,
        name: Range<usize>,
        title: Option<Cow<'d, str>>,
        country: Option<&'static str>,
        role: Option<(Role, Rank)>,
    ) -> usize {
        // Keys go into reused buffers: this runs for every name mention.
        let mut key = std::mem::take(&mut self.s.key);
        person_key(&mut key, self.tok(name.end - 1));
        let known = self.s.by_key.get(&key);
        self.named_keyed(name, key, known, title, country, role)
    }

    /// [`Self::named`] given the key of the name's last word and its
    /// entity, if any.
    fn named_keyed(
        &mut self,
        name: Range<usize>,
        mut key: String,
        // The entity of `key`, looked up again only when the key changes.
        mut known: Option<usize>,
        title: Option<Cow<'d, str>>,
        country: Option<&'static str>,
        role: Option<(Role, Rank)>,
    ) -> usize {
        let text = self.words_in_text(name.clone());
        let mut full_key = std::mem::take(&mut self.s.full_key);
        // Only a name of two words or more can take its full key.
        let several = name.len() > 1;
        if several {
            // "Grace Otieno" is not "Samuel Otieno": a full name whose first
            // word differs from the entity's is someone else of the same family.
            if let Some(e) = known {
                let other = self.out.entities[e].name.as_deref().filter(|n| n.contains(' '));
                // "Santos Alvite" after "Fernando Santos Alvite" is the same man.
                let part_of = |a: &str, b: &str| ends_with_lower(a, b) || ends_with_lower(b, a);
                if other.is_some_and(|o| !same_first_word(o, &text) && !part_of(o, &text)) {
                    person_key(&mut key, &text);
                    known = self.s.by_key.get(&key);
                }
            }
            // "Reagan and Nancy Reagan": two people of one family.
            if let Some(e) = known {
                let coordinated = name.start >= 2
                    && self.doc.text.tok_bytes(name.start - 1) == b"and"
                    && self
                        .out
                        .list
                        .last()
                        .is_some_and(|m| m.entity == e && m.tokens.end + 1 == name.start);
                if coordinated {
                    person_key(&mut key, &text);
                    known = self.s.by_key.get(&key);
                }
            }
        }
        // "PM Shehbaz" after "Shehbaz Sharif": a first name alone.
        if name.len() == 1 && known.is_none() {
            // The key of a one-word name is its word lower-cased.
            if let Some(e) = self.first_name_of(&key[PERSON.len()..]) {
                self.s.by_key.insert(&key, e);
                known = Some(e);
            }
        }
        let e = match known {
            Some(e) => e,
            None => {
                // A titled person introduced without a name before: "Iran's
                // foreign minister" then "Foreign Minister X".
                // Only a titled name can take over an unnamed title holder.
                let unnamed = title.as_deref().filter(|_| self.unnamed_people).and_then(|t| {
                    // The title lower-cased as `str::to_lowercase` does it, in a reused buffer.
                    let mut tl = std::mem::take(&mut self.s.title_lower);
                    tl.clear();
                    if t.is_ascii() {
                        tl.push_str(t);
                        tl.make_ascii_lowercase();
                    } else {
                        tl.push_str(&t.to_lowercase());
                    }
                    let found = self.unnamed_holder(&tl, country);
                    self.s.title_lower = tl;
                    found
                });
                match unnamed {
                    Some(e) => {
                        self.s.by_key.insert(&key, e);
                        e
                    }
                    None => {
                        // "Kim" first, "Kim Jong-un" later: the family name
                        // said alone before the full name is the same man.
                        let first = self.tok(name.start);
                        let alone = (several && self.s.by_key.may_hold_person(first))
                            .then(|| {
                                person_key(&mut full_key, first);
                                self.s.by_key.get(&full_key)
                            })
                            .flatten()
                            .filter(|&e| {
                                self.out.entities[e]
                                    .name
                                    .as_deref()
                                    .is_some_and(|n| !n.contains(' '))
                            });
                        match alone {
                            Some(e) => {
                                self.s.by_key.insert(&key, e);
                                e
                            }
                            None => self.new_entity(&key, None, None, None, SpeakerKind::Person),
                        }
                    }
                }
            }
        };
        self.s.key = key;
        self.s.full_key = full_key;
        if self.out.entities[e]
            .name
            .as_ref()
            .is_none_or(|n| n.len() < text.len())
        {
            // People are named here only.
            self.note_first_name(&text);
            self.out.entities[e].name = Some(text.into_owned());
        }
        let ent = &mut self.out.entities[e];
        if title.is_some() || name.len() > 1 {
            ent.salient = true;
        }
        if ent.title.is_none() {
            ent.title = title.map(Cow::into_owned);
        }
        if ent.country.is_none() {
            ent.country = country;
        }
        if let Some((role, rank)) = role {
            if ent.role.is_none() {
                ent.role = Some(role);
                ent.rank = Some(rank);
            }
        }
        e
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLES: &[&str] = &[
        "",
        " ",
        "Raisi",
        "Ebrahim Raisi",
        "ebrahim  raisi",
        "Ebrahim\nRaisi",
        " Raisi",
        "Raisi ",
        "Ebrahim\u{a0}Raisi",
        "ΟΔΥΣΣΕΥΣ",
        "Οδυσσευσ Σ",
        "\u{212a}im",
        "kim",
        "KIM JONG-UN",
        "İlham Aliyev",
        "i̇lham aliyev",
        "Erdoğan",
        "Erdoğan Raisi",
        "Recep\u{b}Erdoğan",
        "\tRaisi\u{2003}x ",
        "é\u{85}e",
        "The Minister",
        "the prime minister",
        "Deputy Prime Minister",
        "THE SPOKESMAN",
    ];

    /// `EntityKeys` answers as the `HashMap<String, usize>` it replaces.
    #[test]
    fn entity_keys_agree_with_a_map() {
        let mut keys = EntityKeys::default();
        let mut map = std::collections::HashMap::new();
        for (n, a) in SAMPLES.iter().chain(SAMPLES).enumerate() {
            let k = format!("person:{a}");
            assert_eq!(keys.get(&k), map.get(&k).copied(), "{k:?}");
            keys.insert(&k, n);
            map.insert(k, n);
        }
        for (k, &v) in &map {
            assert_eq!(keys.get(k), Some(v), "{k:?}");
        }
        assert_eq!(keys.entries.len(), map.len());
    }

    /// `next_flagged` finds what a scan of one flag at a time finds.
    #[test]
    fn next_flagged_agrees_with_a_scan() {
        let flags: Vec<u8> = (0..40u32)
            .map(|k| [0, 1, 0, 0, 6, 0, 0, 0, 0, 0, 16][(k * 7 % 11) as usize])
            .collect();
        for bits in [1, 2, 4, 6, 16, 32] {
            for from in 0..=flags.len() + 1 {
                let scan = flags
                    .get(from..)
                    .and_then(|f| f.iter().position(|&f| f & bits != 0))
                    .map(|k| from + k);
                assert_eq!(next_flagged(&flags, from, bits), scan, "{bits} {from}");
            }
        }
    }

    /// `Builder::is_name_particle` takes no capitalized word for a particle.
    #[test]
    fn no_name_particle_is_capitalized() {
        let rows = tsv_rows(include_str!("../data/lexicon.tsv"));
        let particles: Vec<_> = rows.filter(|f| f.get(1) == Some(&"name_particle")).collect();
        assert!(!particles.is_empty());
        for f in particles {
            assert!(!capitalized_word(f[0]), "{}", f[0]);
        }
    }

    /// `mention_at` reads a token as an honorific only when it is flagged
    /// a capitalized word.
    #[test]
    fn honorifics_are_capitalized_words() {
        for h in ["Mr", "Mrs", "Ms", "Dr", "Miss"] {
            assert!(capitalized_word(h), "{h}");
            let doc = crate::text::Text::new(h);
            assert!(doc.tokens().iter().all(|t| t.kind == TokenKind::Word), "{h}");
        }
    }

    /// The helpers answer as the lower-casing copies they replace.
    #[test]
    fn no_letter_but_s_lower_cases_to_end_in_s() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let w = format!("Ab{c}");
            assert_eq!(ends_in_s(&w), w.to_lowercase().ends_with('s'), "{c:?}");
        }
    }

    #[test]
    fn lower_case_helpers_agree_with_to_lowercase() {
        let first = |s: &str| s.split_whitespace().next().map(str::to_lowercase);
        let mut buf = String::new();
        for a in SAMPLES {
            person_key(&mut buf, a);
            assert_eq!(buf, format!("person:{}", a.to_lowercase()), "{a:?}");
            if let Some(k) = person_sketch(a) {
                assert_eq!(k, key_sketch(&buf), "{a:?}");
            }
            // A group's key is read from its word, not its capitalized name.
            let mut up = a.to_string();
            if let Some(c) = up.get_mut(0..1) {
                c.make_ascii_uppercase();
            }
            assert_eq!(up.to_lowercase(), a.to_lowercase(), "{a:?}");
            let joined = a.split_whitespace().collect::<Vec<_>>().join(" ");
            assert_eq!(single_spaced(a), joined == *a, "{a:?}");
            assert_eq!(ends_in_s(a), a.to_lowercase().ends_with('s'), "{a:?}");
            let l = a.to_lowercase();
            assert_eq!(strip_the(&l), l.strip_prefix("the ").unwrap_or(&l), "{a:?}");
            for b in SAMPLES {
                assert_eq!(
                    eq_lower(a, b),
                    a.to_lowercase() == b.to_lowercase(),
                    "{a:?} {b:?}"
                );
                assert_eq!(
                    ends_with_lower(a, b),
                    a.to_lowercase().ends_with(&b.to_lowercase()),
                    "{a:?} {b:?}"
                );
                assert_eq!(same_first_word(a, b), first(a) == first(b), "{a:?} {b:?}");
                assert_eq!(
                    contains_lower(a, &lower_unless_ascii(b)),
                    a.to_lowercase().contains(&b.to_lowercase()),
                    "{a:?} {b:?}"
                );
                // Title matching reads titles lower-cased only beyond ASCII.
                let (la, lb) = (lower_unless_ascii(a), lower_unless_ascii(b));
                assert_eq!(
                    title_fits(a, &lb),
                    title_fits(a, &b.to_lowercase()),
                    "{a:?} {b:?}"
                );
                assert_eq!(
                    b.eq_ignore_ascii_case(&la),
                    b.eq_ignore_ascii_case(&a.to_lowercase()),
                    "{a:?} {b:?}"
                );
                let joined = format!("{a}{b}");
                assert_eq!(
                    first_word(&joined),
                    joined.split_whitespace().next(),
                    "{joined:?}"
                );
            }
        }
    }
}
