//! State visits: who goes where, when, and in what status.
//!
//! A visit is read from a trigger (a travel verb, a visit noun, a host verb)
//! with a visitor (a person mention, resolved to its entity) and a host
//! (a country, capital or city, "the country", or "here" with the dateline).
//! Mentions of the same visitor and host merge into one visit whose evidence
//! lists every sentence it was read from.

use std::ops::Range;

use chrono::{Duration, NaiveDate};

use crate::extract::mentions::{MentionKind, Pronoun};
use crate::extract::statements::Found;
use crate::extract::Doc;
use crate::gazetteer::lexicon;
use crate::gazetteer::{Entry, Phase, TriggerKind};
use crate::model::{Person, Speaker, SpeakerKind, StateVisit, VisitKind, VisitStatus};
use crate::temporal::Grain;
use crate::text::with_ascii_lower;

/// A visit with the annotations later passes need.
#[derive(Clone, Debug)]
pub struct FoundVisit {
    /// The record.
    pub visit: StateVisit,
    /// The visitor's entity.
    pub entity: usize,
    /// Sentences it was read from.
    pub sentences: Vec<usize>,
    /// People named as travelling with the visitor ("X and Y visited"):
    /// the first named is the visitor, the others delegation members.
    pub companions: Vec<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Future,
    Progressive,
    /// The headline present of summaries: "X arrives in Y".
    Present,
    Past,
    Unknown,
}

/// A destination: ISO code, city as written, and the token after it.
/// The city is borrowed: most candidates are read and dropped, or merge
/// into a visit that already has its city, and need no copy.
type Host<'s> = (&'static str, Option<&'s str>, usize);

struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    statements: &'a [Found],
    dateline: Option<(&'static str, &'a str)>,
    /// Tokens the current trigger may read its dates from.
    window: Range<usize>,
    /// Index into `out` of the visit of each visitor and host.
    by_visitor_host: crate::gazetteer::FastMap<(usize, &'static str), usize>,
    /// Length in tokens of the longest statement.
    longest_statement: usize,
    /// Set while reading the dateline's lead: acts in person.
    presence: bool,
    /// Set while reading a host verb: a single day is the whole visit.
    one_day_default: bool,
    /// Everyone read as travelling, with or without a host ("a week-long
    /// visit to Africa"): the subjects whose tour stops are read.
    travellers: crate::gazetteer::FastSet<usize>,
    /// Heads of other countries named beside the visitor: each visits too.
    co_visitors: std::cell::RefCell<Vec<usize>>,
    /// A companion of the visitor found by the last visitor search.
    companion: std::cell::Cell<Option<usize>>,
    /// The first sentence of the body: the lead.
    lead: Option<usize>,
    /// The triggers of the current sentence: start, end, kind, "from";
    /// one buffer for all sentences.
    triggers: Vec<(usize, usize, TriggerKind, bool)>,
    /// The facts of the last sentence read: its triggers and tour stops
    /// add to it one after another.
    facts: Option<(Range<usize>, SentenceFacts)>,
    /// The places after a trigger: one buffer for all triggers, taken while
    /// its visits are added.
    hosts: Vec<Host<'a>>,
    /// The last trigger reading, by what it depends on.
    last_reading: Option<(ReadingKey, Reading)>,
    /// The first match not before the sentence being read.
    next_match: usize,
    out: Vec<FoundVisit>,
}

/// What a visit reads from its trigger: the tense and phase of the verb,
/// and the dates of its window (start, end, stated length in days, and
/// whether any date at all stands there).
#[derive(Clone, Copy)]
struct Reading {
    tense: Tense,
    phase: Phase,
    dates: (Option<NaiveDate>, Option<NaiveDate>, Option<u32>),
    any_date: bool,
}

/// What a [`Reading`] depends on: sentence, trigger, window and one-day
/// default.
type ReadingKey = (Range<usize>, usize, Range<usize>, bool);

/// What a visit reads from its whole sentence, gathered in one pass: a
/// sentence holds about one visit, and a scan per question read it a dozen
/// times over.
#[derive(Clone, Copy)]
struct SentenceFacts {
    negative: bool,
    cancel: bool,
    postpone: bool,
    /// "if" or "unless" somewhere in it.
    conditional: bool,
    /// "flew to Dubai to visit his ailing mother": a family visit.
    private: bool,
    kind: VisitKind,
    /// The token after the first invitation cue.
    invite_end: Option<usize>,
}

/// Finds the visits of a document, in order of first mention.
pub fn extract(doc: &Doc<'_>, statements: &[Found]) -> Vec<StateVisit> {
    extract_found(doc, statements)
        .into_iter()
        .map(|v| v.visit)
        .collect()
}

/// Like [`extract`], keeping the visitor entities for the delegation pass.
pub fn extract_found(doc: &Doc<'_>, statements: &[Found]) -> Vec<FoundVisit> {
    let mut cx = Ctx {
        doc,
        statements,
        dateline: doc.dateline.as_ref().map(|(iso, city)| (*iso, city.as_str())),
        window: 0..0,
        by_visitor_host: crate::gazetteer::FastMap::default(),
        longest_statement: statements.iter().map(|f| f.tokens.len()).max().unwrap_or(0),
        presence: false,
        one_day_default: false,
        travellers: crate::gazetteer::FastSet::default(),
        co_visitors: std::cell::RefCell::new(Vec::new()),
        companion: std::cell::Cell::new(None),
        lead: None,
        triggers: Vec::new(),
        facts: None,
        last_reading: None,
        hosts: Vec::new(),
        next_match: 0,
        out: Vec::new(),
    };
    let body = doc.body_start_token();
    cx.lead = doc.text.sentences().iter().position(|s| s.tokens.start >= body);
    for (si, s) in doc.text.sentences().iter().enumerate() {
        if s.tokens.start < body {
            continue;
        }
        cx.sentence(si, s.tokens.clone());
    }
    cx.dateline_presence();
    cx.tour_stops();
    cx.merge_unnamed();
    cx.out
}

impl<'a> Ctx<'a, '_> {
    fn tok(&self, i: usize) -> &str {
        self.doc.text.tok(i)
    }

    /// The first (`last` false) or last byte of token `i` (0 when empty):
    /// scans for a few words pass over most tokens on it without slicing.
    fn edge_byte(&self, i: usize, last: bool) -> u8 {
        self.doc
            .text
            .tokens()
            .get(i)
            .map_or(0, |t| token_edge(t, self.doc.text.as_str().as_bytes(), last))
    }

    /// The first token in `r` whose first (`last` false) or last byte
    /// `pick` accepts and that `ok` then takes: a scan over the token
    /// table itself, its length and the text read once rather than once a
    /// token.
    fn find_first_byte(
        &self,
        r: Range<usize>,
        last: bool,
        pick: impl Fn(u8) -> bool,
        mut ok: impl FnMut(usize) -> bool,
    ) -> Option<usize> {
        let src = self.doc.text.as_str().as_bytes();
        let toks = self.doc.text.tokens();
        let mut j = r.start;
        while j < r.end {
            j += toks
                .get(j..r.end.min(toks.len()))
                .and_then(|ts| ts.iter().position(|t| pick(token_edge(t, src, last))))?;
            if ok(j) {
                return Some(j);
            }
            j += 1;
        }
        None
    }

    fn sentence(&mut self, si: usize, r: Range<usize>) {
        // All triggers first: each one's dates are read only from its own
        // stretch of the sentence, between the triggers around it.
        // The sentence's matches in token order (longest first at each
        // token): far fewer than its tokens. A trigger found, the next is
        // looked for after it.
        let mut triggers = std::mem::take(&mut self.triggers);
        triggers.clear();
        // Sentences come in order: the matches before this one were passed.
        let all = self.doc.matches.all();
        let mut from = self.next_match;
        while all.get(from).is_some_and(|m| m.start() < r.start) {
            from += 1;
        }
        self.next_match = from;
        let mut i = r.start;
        for m in all[from..].iter().take_while(|m| m.start() < r.end) {
            let Entry::Trigger(t) = m.entry else { continue };
            if m.start() < i {
                continue;
            }
            let t = &self.doc.gazetteer.triggers()[t as usize];
            triggers.push((m.start(), m.end(), t.kind, t.from));
            i = m.end();
        }
        let travel = |k: &TriggerKind| matches!(k, TriggerKind::Verb | TriggerKind::Noun);
        for (n, &(start, end, kind, from)) in triggers.iter().enumerate() {
            if from || !(travel(&kind) || matches!(kind, TriggerKind::Host | TriggerKind::Presence)) {
                continue;
            }
            let lo = triggers[..n]
                .iter()
                .rev()
                .find(|t| travel(&t.2))
                .map_or(r.start, |t| t.1);
            let hi = triggers[n + 1..]
                .iter()
                .find(|t| travel(&t.2))
                .map_or(r.end, |t| t.0);
            self.window = lo..hi;
            self.one_day_default = false;
            match kind {
                TriggerKind::Verb => {
                    self.verb_trigger(si, r.clone(), start, end);
                }
                // "visit" and "tour" are verbs too: "will visit the country".
                TriggerKind::Noun if self.used_as_verb(start) => {
                    if !self.verb_trigger(si, r.clone(), start, end) {
                        self.noun_trigger(si, r.clone(), start, end);
                    }
                }
                TriggerKind::Noun => {
                    self.noun_trigger(si, r.clone(), start, end);
                }
                TriggerKind::Presence => {
                    self.presence_trigger(si, r.clone(), start, end);
                }
                _ => {
                    self.host_trigger(si, r.clone(), start, end);
                }
            }
        }
        self.triggers = triggers;
    }

    /// "Kim Jong-un met Chinese President Xi Jinping in Beijing": an act
    /// done in person, in a named place abroad, in the same clause.
    fn presence_trigger(&mut self, si: usize, r: Range<usize>, t: usize, tend: usize) -> bool {
        // "chairing a meeting in Cape Town": the noun is no act of the subject.
        if t > r.start && matches!(self.tok(t - 1), "a" | "an" | "the" | "his" | "her" | "their") {
            return false;
        }
        let Some(e) = self.visitor_before(&r, t) else {
            return false;
        };
        let clause_end = (tend..r.end)
            .find(|&k| {
                matches!(
                    self.tok(k),
                    ";" | "," | "where" | "which" | "who" | "that" | "after" | "before"
                )
            })
            .unwrap_or(r.end)
            .min(tend + 14);
        let vc = self.doc.mentions.entities[e].country;
        // "met with leaders in the UAE": after a meeting verb, "in" names
        // where it happened, whatever noun stands before it.
        let Some(i) = (tend..clause_end).find(|&j| self.tok(j) == "in") else {
            return false;
        };
        let mut hosts = std::mem::take(&mut self.hosts);
        self.hosts_after(&r, i + 1, vc, &mut hosts);
        let mut any = false;
        if hosts.first().is_some_and(|h| h.2 <= i + 5) {
            for &(host, city, _) in &hosts {
                any |= self.add(si, r.clone(), e, host, city, t);
            }
        }
        self.hosts = hosts;
        any
    }

    /// "BONN, March 3 - Brazilian Finance Minister Dilson Funaro met ...":
    /// a foreign official who acts in person in the lead of a datelined
    /// report is in the dateline's country.
    fn dateline_presence(&mut self) {
        let Some((host, city)) = self.dateline else {
            return;
        };
        let body = self.doc.body_start_token();
        let Some(si) = self
            .doc
            .text
            .sentences()
            .iter()
            .position(|s| s.tokens.start >= body)
        else {
            return;
        };
        let r = self.doc.text.sentences()[si].tokens.clone();
        let presence = r.clone().find(|&j| {
            self.doc.matches.at(j).iter().any(|m| match m.entry {
                Entry::Trigger(k) => self.doc.gazetteer.triggers()[k as usize].kind == TriggerKind::Presence,
                _ => false,
            })
        });
        let Some(t) = presence else { return };
        let Some(e) = self.visitor_before(&r, t) else {
            return;
        };
        let ent = &self.doc.mentions.entities[e];
        if ent.country.is_none() || ent.country == Some(host) {
            return;
        }
        // The dateline's own date is the report's, not the visit's.
        self.window = t..r.end;
        self.presence = true;
        self.add(si, r, e, host, Some(city), t);
        self.presence = false;
    }

    /// The other stops of a tour: in a sentence whose subject already
    /// travels in this document, "in <place>" names where they go ("He
    /// will see an orphanage in Tanzania", "they have sought support in
    /// the U.K., France and Italy").
    fn tour_stops(&mut self) {
        // Only the stops of someone already travelling.
        if self.travellers.is_empty() {
            return;
        }
        let body = self.doc.body_start_token();
        let mut hosts = std::mem::take(&mut self.hosts);
        for (si, s) in self.doc.text.sentences().iter().enumerate() {
            if s.tokens.start < body {
                continue;
            }
            let r = s.tokens.clone();
            // The subject: the first mention of the sentence.
            let Some(mi) = r.clone().find_map(|j| self.doc.mentions.index_covering(j)) else {
                continue;
            };
            let Some(e) = self.person_entity(mi) else { continue };
            if !self.travellers.contains(&e) {
                continue;
            }
            let vc = self.doc.mentions.entities[e].country;
            let subject_end = self.doc.mentions.list[mi].tokens.end;
            // Stops follow "in": a sentence with none after its subject has
            // no clause end to look for.
            let Some(first_in) = self.find_first_byte(
                subject_end..r.end.saturating_sub(1),
                false,
                |b| b == b'i',
                |k| self.tok(k) == "in",
            ) else {
                continue;
            };
            // Only the subject's own clause: not "..., where investments by
            // Baku in Pakistan", not "during GATT talks in Geneva" after a comma.
            // Each stop word starts with one of these bytes (0xE2 opens the dash).
            let clause_end = self
                .find_first_byte(
                    subject_end..r.end,
                    false,
                    |b| matches!(b, b',' | b';' | b'w' | b't' | b'b' | 0xE2),
                    |k| {
                        matches!(
                            self.tok(k),
                            "," | ";" | "where" | "which" | "who" | "that" | "by" | "—"
                        )
                    },
                )
                .unwrap_or(r.end);
            let mut j = first_in;
            while j + 1 < clause_end {
                if self.edge_byte(j, false) == b'i'
                    && self.tok(j) == "in"
                    && !with_ascii_lower(self.tok(j.saturating_sub(1)), |w| {
                        lexicon("stop_context").contains(w)
                    })
                {
                    self.hosts_after(&r, j + 1, vc, &mut hosts);
                    if let Some(first) = hosts.first() {
                        // Only a place right after "in" (or "in the").
                        let tight = first.2 <= j + 4;
                        if tight {
                            self.window = j..r.end;
                            // The tense is the subject's verb's, just after it.
                            let verb = subject_end.min(r.end.saturating_sub(1));
                            for &(host, city, _) in &hosts {
                                if Some(host) != vc {
                                    self.add(si, r.clone(), e, host, city, verb);
                                }
                            }
                            j = hosts.last().map_or(j + 1, |h| h.2);
                            continue;
                        }
                    }
                }
                j += 1;
            }
        }
        self.hosts = hosts;
    }

    /// "Lee's chief of staff is visiting Poland ... Kang traveled to
    /// Poland": an unnamed visitor and a named one going to the same
    /// country are one person; the named one stays.
    fn merge_unnamed(&mut self) {
        // Most documents name every visitor: nothing to merge.
        if self.out.iter().all(|v| v.visit.visitor.name.is_some()) {
            return;
        }
        // Same rank too: "the foreign minister" is not the leader he travels with.
        let ents = &self.doc.mentions.entities;
        let same_rank = |a: usize, b: usize| {
            ents[a].rank.is_none() || ents[b].rank.is_none() || ents[a].rank == ents[b].rank
        };
        // Named visits by host, so each unnamed one looks at few candidates.
        let mut named: crate::gazetteer::FastMap<Option<&str>, Vec<usize>> =
            crate::gazetteer::FastMap::default();
        for (i, v) in self.out.iter().enumerate() {
            if v.visit.visitor.name.is_some() {
                named.entry(v.visit.host.as_deref()).or_default().push(i);
            }
        }
        // First the pairs, then the merges: (unnamed, named twin).
        let pairs: Vec<(usize, usize)> = self
            .out
            .iter()
            .enumerate()
            .filter(|(_, v)| v.visit.visitor.name.is_none())
            .filter_map(|(i, v)| {
                let c = named.get(&v.visit.host.as_deref())?;
                c.iter()
                    .copied()
                    .find(|&o| same_rank(v.entity, self.out[o].entity))
                    .map(|o| (i, o))
            })
            .collect();
        if pairs.is_empty() {
            return;
        }
        let mut gone = vec![false; self.out.len()];
        for (i, o) in pairs {
            gone[i] = true;
            // The unnamed visit goes: what the named twin keeps is moved.
            let g = &mut self.out[i].visit;
            let (evidence, start, end) = (std::mem::take(&mut g.evidence), g.start, g.end);
            let announced_by = g.announced_by.take();
            let o = &mut self.out[o].visit;
            for s in evidence {
                if !o.evidence.contains(&s) {
                    o.evidence.push(s);
                }
            }
            o.start = o.start.or(start);
            o.end = o.end.or(end);
            o.announced_by = o.announced_by.take().or(announced_by);
        }
        let mut k = 0;
        self.out.retain(|_| {
            k += 1;
            !gone[k - 1]
        });
    }

    fn used_as_verb(&self, t: usize) -> bool {
        if t == 0 {
            return false;
        }
        with_ascii_lower(self.tok(t - 1), |prev| {
            matches!(
                prev,
                "will"
                    | "to"
                    | "would"
                    | "shall"
                    | "may"
                    | "might"
                    | "could"
                    | "can"
                    | "did"
                    | "also"
                    | "'ll"
                    | "not"
                    | "later"
                    | "first"
                    | "then"
                    | "again"
                    | "never"
            )
        }) || self.doc.mentions.covering(t - 1).is_some_and(|m| {
            matches!(
                m.kind,
                MentionKind::Name | MentionKind::Title | MentionKind::Pronoun(_)
            )
        })
    }

    /// The person mention that is the subject before `t` in the sentence.
    fn visitor_before(&self, r: &Range<usize>, t: usize) -> Option<usize> {
        // What the last search found beside its visitor is not this one's.
        self.co_visitors.replace(Vec::new());
        self.companion.set(None);
        let mut j = t;
        let mut best = None;
        while j > r.start {
            j -= 1;
            let Some(mi) = self.doc.mentions.index_covering(j) else {
                continue;
            };
            let m = &self.doc.mentions.list[mi];
            j = m.tokens.start;
            // A lone capitalized word nothing marks as a person is passed over.
            let doubtful = |e: usize| !self.doc.mentions.entities[e].salient;
            if let Some(e) = self.person_entity(mi).filter(|&e| !doubtful(e)) {
                best = Some(e);
                // Stop at the nearest person that is not the object of a
                // preposition ("met X", "with X").
                let prev = if m.tokens.start > r.start {
                    self.tok(m.tokens.start - 1)
                } else {
                    ""
                };
                // "Funaro and central bank president Gros visited": the
                // first named travels, the second goes with him.
                // An apposition is one person: look before its first part
                // ("Kushner and Jason Greenblatt, the US peace envoy, met").
                let first_part = self.doc.mentions.list[mi.saturating_sub(3)..mi]
                    .iter()
                    .filter(|p| p.entity == m.entity && p.tokens.start >= r.start)
                    .map(|p| p.tokens.start)
                    .min()
                    .unwrap_or(m.tokens.start);
                let before = self.coordinated_before(r, first_part);
                if let Some(&first) = before.first() {
                    // Travelling together: officials of one country are one
                    // party; heads of different countries each visit.
                    let fc = self.doc.mentions.entities[first].country;
                    let mut co = Vec::new();
                    for &o in before[1..].iter().chain(std::iter::once(&e)) {
                        let oc = self.doc.mentions.entities[o].country;
                        if fc.is_some() && oc.is_some() && fc != oc {
                            co.push(o);
                        } else {
                            self.companion.set(Some(o));
                        }
                    }
                    self.co_visitors.replace(co);
                    return Some(first);
                }
                if !matches!(prev, "with" | "by" | "met" | "meets" | "and") {
                    // "Obama becomes the first US President to visit Burma":
                    // an unnamed title after a named subject is a predicate.
                    if self.doc.mentions.entities[e].name.is_none() {
                        // Mentions are in text order: the scan stops at the
                        // sentence's start, whatever the length of the text.
                        let named = self.doc.mentions.list[..mi]
                            .iter()
                            .rev()
                            .take_while(|p| p.tokens.start >= r.start)
                            .find(|p| {
                                p.kind == MentionKind::Name
                                    && self
                                        .doc
                                        .mentions
                                        .entities
                                        .get(p.entity)
                                        .is_some_and(|x| x.kind == SpeakerKind::Person)
                            });
                        let copula = named.is_some_and(|p| {
                            (p.tokens.end..m.tokens.start).any(|k| {
                                matches!(self.tok(k), "becomes" | "became" | "become" | "is" | "was" | "as")
                            })
                        });
                        if let Some(p) = named.filter(|_| copula) {
                            return Some(p.entity);
                        }
                    }
                    return Some(e);
                }
            }
        }
        best
    }

    /// The person named before "and" in "X and [modifiers] Y".
    /// "Syrian President X, Saudi King Y and Qatari Emir Z visit": the
    /// people coordinated before `start`, first named first.
    fn coordinated_before(&self, r: &Range<usize>, start: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut j = start;
        let mut skipped = 0;
        while j > r.start && skipped < 4 && out.len() < 8 {
            j -= 1;
            match self.tok(j) {
                w @ ("and" | ",") => {
                    // ", and" (the serial comma)
                    if w == "and" && j > r.start && self.tok(j - 1) == "," {
                        j -= 1;
                    }
                    let Some(mi) = j.checked_sub(1).and_then(|p| self.doc.mentions.index_covering(p)) else {
                        if self.tok(j) == "," {
                            continue;
                        }
                        break;
                    };
                    let Some(e) = self.person_entity(mi) else { break };
                    out.push(e);
                    j = self.doc.mentions.list[mi].tokens.start;
                    skipped = 0;
                }
                w if w.starts_with(char::is_lowercase) => skipped += 1,
                _ => break,
            }
        }
        out.reverse();
        out
    }

    fn person_entity(&self, mi: usize) -> Option<usize> {
        let m = &self.doc.mentions.list[mi];
        let e = match m.kind {
            MentionKind::Pronoun(Pronoun::Masculine | Pronoun::Feminine) => self.resolve_pronoun(mi)?,
            // "they" after "X and Y": the pair, led by X.
            MentionKind::Pronoun(Pronoun::Plural) => {
                // Among the last visits found: a pair is spoken of soon after.
                self.out
                    .iter()
                    .rev()
                    .take(32)
                    .find(|v| !v.companions.is_empty())?
                    .entity
            }
            MentionKind::Name | MentionKind::Title => m.entity,
            _ => return None,
        };
        let ent = &self.doc.mentions.entities[e];
        (ent.kind == SpeakerKind::Person).then_some(e)
    }

    /// The person a "he" or "she" stands for: the subject of its own
    /// sentence when one precedes it ("Museveni is likely to meet Moi when
    /// he pays a visit"), else the nearest salient person before.
    fn resolve_pronoun(&self, mi: usize) -> Option<usize> {
        let list = &self.doc.mentions.list;
        let person = |m: &crate::extract::mentions::Mention| {
            let e = self.doc.mentions.entities.get(m.entity)?;
            (matches!(m.kind, MentionKind::Name | MentionKind::Title)
                && e.kind == SpeakerKind::Person
                && e.salient)
                .then_some(m.entity)
        };
        let si = self.doc.text.sentence_of(list[mi].tokens.start);
        let first_here = list[..mi]
            .iter()
            .rev()
            .take_while(|m| self.doc.text.sentence_of(m.tokens.start) == si)
            .last();
        if let Some(e) = first_here.and_then(person) {
            return Some(e);
        }
        let lo = mi.saturating_sub(60);
        list[lo..mi].iter().rev().find_map(person)
    }

    /// Places after token `t`: "to Pakistan", "in Tokyo", "the country",
    /// "here", and coordinated lists ("to Iraq, Kuwait and Qatar"), one
    /// entry per place.
    /// `out` is cleared first.
    fn hosts_after(
        &self,
        r: &Range<usize>,
        t: usize,
        visitor_country: Option<&str>,
        out: &mut Vec<Host<'a>>,
    ) {
        out.clear();
        let Some(first) = self.host_after(r, t, visitor_country) else {
            return;
        };
        let next = first.2;
        out.push(first);
        self.list_after(r, next, out);
    }

    /// The places that continue a list after token `next`: ", Kuwait,
    /// Qatar and Egypt", "as well as Sri Lanka"; appended to `out`.
    fn list_after(&self, r: &Range<usize>, mut next: usize, out: &mut Vec<Host<'a>>) {
        loop {
            // A stop's own dates may stand before the next one: "Chile from
            // May 2 to 4 and Argentina from May 5 to 7".
            let mut j = self.past_dates(next, r.end);
            while j < r.end {
                let w = self.tok(j);
                if matches!(w, "," | "and" | "&") {
                    j += 1;
                } else if w == "as" && self.tok(j + 1) == "well" && self.tok(j + 2) == "as" {
                    j += 3;
                } else {
                    break;
                }
            }
            if j == next || j >= r.end {
                break;
            }
            let mut k = j;
            if self.tok(k).eq_ignore_ascii_case("the") {
                k += 1;
            }
            match self.place_at(k) {
                Some(h) => {
                    next = h.2;
                    out.push(h);
                }
                None => break,
            }
        }
    }

    /// The token after "from May 2 to 4" / "on Monday" at `j`, or `j`.
    fn past_dates(&self, j: usize, end: usize) -> usize {
        let toks = self.doc.text.tokens();
        let mut k = j;
        if matches!(self.tok(k), "from" | "on" | "between") {
            k += 1;
        }
        let Some(t) = toks.get(k) else { return j };
        let Some(d) = self
            .doc
            .dates_in(crate::Span::new(t.span().start, usize::MAX))
            .first()
        else {
            return j;
        };
        if d.span.start != t.span().start {
            return j;
        }
        let after = toks.partition_point(|x| x.span().start < d.span.end);
        if after <= end {
            after
        } else {
            j
        }
    }

    fn place_at(&self, j: usize) -> Option<Host<'a>> {
        let (m, iso) = self.doc.matches.find_at(j, |m| {
            m.entry.place().filter(|_| !matches!(m.entry, Entry::Demonym(_)))
        })?;
        let city = matches!(m.entry, Entry::Capital(_) | Entry::City(_))
            .then(|| self.doc.text.slice_tokens(m.tokens()));
        Some((iso, city, m.end()))
    }

    /// A place, or a seat of government standing for its country ("to the
    /// White House", "at the Kremlin").
    fn place_or_seat_at(&self, j: usize) -> Option<Host<'a>> {
        let j = if self.tok(j).eq_ignore_ascii_case("the") {
            j + 1
        } else {
            j
        };
        self.place_at(j).or_else(|| {
            let (m, iso) = self.doc.matches.find_at(j, |m| match m.entry {
                Entry::Office(o) => self.doc.gazetteer.offices()[o as usize].country,
                _ => None,
            })?;
            Some((iso, None, m.end()))
        })
    }

    /// The first place after token `t`.
    fn host_after(&self, r: &Range<usize>, t: usize, visitor_country: Option<&str>) -> Option<Host<'a>> {
        let mut j = t;
        let lim = (t + 7).min(r.end);
        while j < lim {
            let w = self.tok(j);
            // "due back in Brasilia": going home is no visit.
            if w == "back" || w == "home" {
                return None;
            }
            if let Some(h) = self.place_at(j) {
                return Some(h);
            }
            if w == "here" {
                return self.dateline.map(|(iso, city)| (iso, Some(city), j + 1));
            }
            if w.eq_ignore_ascii_case("country") && j > 0 && self.tok(j - 1).eq_ignore_ascii_case("the") {
                return self.recent_country(j, visitor_country).map(|c| (c, None, j + 1));
            }
            // Only words that can stand between a verb and its place:
            // "to the neighbouring country of", "in the Indian capital".
            let filler = w.chars().next().is_some_and(char::is_uppercase)
                || with_ascii_lower(w, |w| {
                    matches!(
                        w,
                        "the"
                            | "neighbouring"
                            | "neighboring"
                            | "capital"
                            | "city"
                            | "port"
                            | "of"
                            | "island"
                            | "nation"
                            | "state"
                            | "southern"
                            | "northern"
                            | "eastern"
                            | "western"
                            | "central"
                            | "kingdom"
                            | "emirate"
                            | ","
                            | "to"
                            | "in"
                            | "visit"
                            | "for"
                            | "a"
                            | "talks"
                            | "including"
                            | "on"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                    )
                });
            if !filler
                || self
                    .doc
                    .mentions
                    .covering(j)
                    .is_some_and(|m| m.kind == MentionKind::Name)
            {
                return None;
            }
            j += 1;
        }
        None
    }

    fn recent_country(&self, before: usize, not: Option<&str>) -> Option<&'static str> {
        let all = self.doc.matches.all();
        let idx = all.partition_point(|m| m.start() < before);
        all[..idx].iter().rev().take(300).find_map(|m| match m.entry {
            Entry::Country(c) | Entry::Capital(c) | Entry::City(c) if Some(c.as_str()) != not => {
                Some(c.as_str())
            }
            _ => None,
        })
    }

    fn verb_trigger(&mut self, si: usize, r: Range<usize>, t: usize, tend: usize) -> bool {
        let object_visitor = self.doc.matches.at(t).iter().any(|m| match m.entry {
            Entry::Trigger(k) => self.doc.gazetteer.triggers()[k as usize].object_visitor,
            _ => false,
        });
        if object_visitor {
            // "taken Herrington to Iraq, Kuwait and Qatar"
            let Some(m) = self.doc.mentions.covering(tend) else {
                return false;
            };
            let (mi_end, mi) = (m.tokens.end, self.doc.mentions.index_covering(tend));
            let Some(e) = mi.and_then(|mi| self.person_entity(mi)) else {
                return false;
            };
            if self.tok(mi_end) != "to" {
                return false;
            }
            self.travellers.insert(e);
            let vc = self.doc.mentions.entities[e].country;
            let mut any = false;
            let mut hosts = std::mem::take(&mut self.hosts);
            self.hosts_after(&r, mi_end + 1, vc, &mut hosts);
            for &(host, city, _) in &hosts {
                any |= self.add(si, r.clone(), e, host, city, t);
            }
            self.hosts = hosts;
            return any;
        }
        // "visiting U.S. Under-Secretary X told ...": the visitor follows,
        // the place is where the report is filed.
        if self.tok(t).eq_ignore_ascii_case("visiting") {
            let follower = self
                .doc
                .mentions
                .index_covering(tend)
                .filter(|&mi| self.doc.mentions.list[mi].tokens.start == tend);
            if let (Some(e), Some((host, city))) =
                (follower.and_then(|mi| self.person_entity(mi)), self.dateline)
            {
                self.travellers.insert(e);
                return self.add(si, r, e, host, Some(city), t);
            }
        }
        let Some(e) = self.visitor_before(&r, t) else {
            return false;
        };
        self.travellers.insert(e);
        let vc = self.doc.mentions.entities[e].country;
        let mut hosts = std::mem::take(&mut self.hosts);
        self.hosts_after(&r, tend, vc, &mut hosts);
        // "visited slums in the Kenyan capital Nairobi", "attended the OPEC
        // meeting in Vienna": past the object.
        let w = self.tok(t);
        if hosts.is_empty() && (starts_with_ignore_case(w, "visit") || starts_with_ignore_case(w, "attend")) {
            let lim = (tend + 7).min(r.end);
            if let Some(i) =
                (tend..lim).find(|&j| self.tok(j) == "in" && !matches!(self.tok(j - 1), "," | ";"))
            {
                self.hosts_after(&r, i + 1, vc, &mut hosts);
            }
        }
        // "arrived last night": where the dateline says.
        if hosts.is_empty() && starts_with_ignore_case(self.tok(t), "arriv") {
            if let Some((iso, city)) = self.dateline {
                hosts.push((iso, Some(city), tend));
            }
        }
        let mut any = false;
        let co = self.co_visitors.take();
        // Stops with dates of their own read them from their own stretch.
        let dated_stops = hosts.len() > 1 && self.past_dates(hosts[0].2, r.end) > hosts[0].2;
        let window = self.window.clone();
        for (n, &(host, city, end)) in hosts.iter().enumerate() {
            let mut at = t;
            if dated_stops {
                let next_end = hosts.get(n + 1).map_or(window.end, |h| h.2);
                let lo = if n == 0 {
                    window.start
                } else {
                    end.saturating_sub(1)
                };
                self.window = lo..next_end.min(window.end).max(lo);
                if n > 0 {
                    at = end.saturating_sub(1);
                }
            }
            for &v in std::iter::once(&e).chain(&co) {
                any |= self.add(si, r.clone(), v, host, city, at);
            }
        }
        self.window = window;
        self.hosts = hosts;
        any
    }

    fn noun_trigger(&mut self, si: usize, r: Range<usize>, t: usize, tend: usize) -> bool {
        // Visitor: "Raisi's visit", "his visit", "visit by X", else the subject.
        let mut e = None;
        let mut k = t;
        // Skip modifiers: "upcoming", "two-day", "state", "first".
        while k > r.start {
            let p = self.tok(k - 1);
            let modifier = p.ends_with("-day")
                || p.ends_with("-long")
                || with_ascii_lower(p, |p| {
                    matches!(
                        p,
                        "upcoming"
                            | "planned"
                            | "recent"
                            | "first"
                            | "official"
                            | "state"
                            | "working"
                            | "historic"
                            | "landmark"
                            | "current"
                            | "forthcoming"
                            | "last"
                            | "latest"
                            | "scheduled"
                            | "proposed"
                            | "three-nation"
                            | "two-nation"
                            | "four-nation"
                            | "high-profile"
                    )
                });
            if !modifier {
                break;
            }
            k -= 1;
        }
        if k > r.start {
            let p = self.doc.text.tokens()[k - 1];
            if p.kind == crate::text::TokenKind::Possessive && k >= 2 {
                e = self
                    .doc
                    .mentions
                    .index_covering(k - 2)
                    .and_then(|mi| self.person_entity(mi));
            } else if matches!(self.tok(k - 1), "his" | "her") {
                e = self
                    .doc
                    .mentions
                    .index_covering(k - 1)
                    .and_then(|mi| self.person_entity(mi));
            }
        }
        // "a visit here this week by Ecuador's Deputy Energy Minister".
        if e.is_none() {
            let by = (tend..(tend + 6).min(r.end)).find(|&j| self.tok(j) == "by");
            e = by
                .and_then(|b| self.doc.mentions.index_covering(b + 1))
                .and_then(|mi| self.person_entity(mi));
        }
        if e.is_none() && self.tok(tend) == "of" {
            e = self
                .doc
                .mentions
                .index_covering(tend + 1)
                .and_then(|mi| self.person_entity(mi));
        }
        if e.is_none() {
            e = self.visitor_before(&r, k);
        }
        let Some(e) = e else { return false };
        self.travellers.insert(e);
        let vc = self.doc.mentions.entities[e].country;
        // Host: "visit to X", "visit of X to Y", "a visit here"; a weak
        // noun only when owned ("his talks") and with the place right after
        // it ("talks in Washington").
        let near = self.doc.matches.at(t).iter().any(|m| match m.entry {
            Entry::Trigger(k) => self.doc.gazetteer.triggers()[k as usize].near,
            _ => false,
        });
        let owned = k > r.start
            && (self.doc.text.tokens()[k - 1].kind == crate::text::TokenKind::Possessive
                || matches!(self.tok(k - 1), "his" | "her" | "their"));
        if near && !owned {
            return false;
        }
        if near {
            let Some((host, city, _)) = (self.tok(tend) == "in")
                .then(|| self.place_or_seat_at(tend + 1))
                .flatten()
            else {
                return false;
            };
            return self.add(si, r, e, host, city, t);
        }
        let mut j = tend;
        let lim = (tend + 12).min(r.end);
        let mut host = None;
        while j < lim {
            let w = self.tok(j);
            // "a tour which includes Bolivia and Guatemala"
            let includes = matches!(w, "includes" | "including" | "include" | "included");
            if matches!(w, "to" | "in" | "here") || includes {
                let from = if w == "here" { j } else { j + 1 };
                host = self.host_after(&r, from, vc);
                if host.is_some() {
                    break;
                }
            }
            if matches!(w, "." | ";") {
                break;
            }
            j += 1;
        }
        // "on a visit" with the place named before the trigger: "arrived in
        // Tokyo on a four-day visit" is caught by the verb; "in Tokyo on a
        // visit" is caught here.
        if host.is_none() {
            let mut j = k;
            let lo = r.start.max(k.saturating_sub(10));
            while j > lo {
                j -= 1;
                // "According to the US media, Kushner's tour": no destination.
                if j > 0 && self.tok(j - 1).eq_ignore_ascii_case("according") {
                    continue;
                }
                if matches!(self.tok(j), "in" | "to") {
                    host = self.host_after(&r, j + 1, vc);
                    if host.is_some() {
                        break;
                    }
                }
            }
        }
        let Some((host, city, end)) = host else {
            return false;
        };
        // A tour's other stops: "a trip to the United States, France and Italy".
        let mut any = self.add(si, r.clone(), e, host, city, t);
        let mut more = std::mem::take(&mut self.hosts);
        more.clear();
        self.list_after(&r, end, &mut more);
        for &(host, city, _) in &more {
            any |= self.add(si, r.clone(), e, host, city, t);
        }
        self.hosts = more;
        any
    }

    fn host_trigger(&mut self, si: usize, r: Range<usize>, t: usize, tend: usize) -> bool {
        // "X hosted/welcomed/received Y": Y visits X's country. X is a
        // country or capital ("Ghana hosts ..."), or a person or office of
        // one; the dateline's country stands in when X has none.
        let place_subject = (r.start..t).rev().take(3).find_map(|j| {
            self.doc.matches.find_at(j, |m| match m.entry {
                Entry::Country(c) | Entry::Capital(c) => Some(c.as_str()),
                _ => None,
            })
        });
        let host = match place_subject {
            Some((m, iso)) if m.end() == t || self.tok(m.end()) == "has" => Some(iso),
            _ => self
                .subject_mention(&r, t)
                .and_then(|hmi| self.doc.mentions.entities.get(self.doc.mentions.list[hmi].entity))
                .and_then(|e| e.country),
        };
        // "he was received by President X": the subject visits X's country.
        let passive = self.tok(tend) == "by"
            || t > r.start
                && matches!(
                    self.tok(t - 1),
                    "was" | "were" | "is" | "are" | "be" | "been" | "being"
                );
        if passive {
            let Some(e) = self.visitor_before(&r, t) else {
                return false;
            };
            let agent = (tend..(tend + 3).min(r.end)).find_map(|j| self.doc.mentions.covering(j));
            let host = agent
                .and_then(|m| self.doc.mentions.entities.get(m.entity))
                .and_then(|a| a.country)
                .or_else(|| self.dateline.as_ref().map(|d| d.0));
            let Some(host) = host else { return false };
            let city = self.dateline.as_ref().filter(|d| d.0 == host).map(|d| d.1);
            return self.add(si, r, e, host, city, t);
        }
        // Receiving a guest on a given day is a one-day visit unless a
        // length is stated.
        // "... at the start of a state visit" says the visit is longer.
        self.one_day_default = !(tend..r.end).any(|k| {
            self.doc.matches.at(k).iter().any(|m| match m.entry {
                Entry::Trigger(x) => self.doc.gazetteer.triggers()[x as usize].kind == TriggerKind::Noun,
                _ => false,
            })
        });
        let Some(vmi) = (tend..(tend + 3).min(r.end)).find_map(|j| self.doc.mentions.index_covering(j))
        else {
            return false;
        };
        let Some(e) = self.person_entity(vmi) else {
            return false;
        };
        // "welcomed X to Britain": the place after the visitor wins.
        let after = self.doc.mentions.list[vmi].tokens.end;
        // Past an apposition: "welcoming the Prime Minister of Iraq, X, to ...".
        let to_place = (after..(after + 8).min(r.end))
            .find(|&k| self.tok(k) == "to")
            .and_then(|k| self.place_or_seat_at(k + 1));
        let (host, city) = match to_place {
            Some((iso, city, _)) => (iso, city),
            None => {
                let Some(host) = host.or_else(|| self.dateline.as_ref().map(|d| d.0)) else {
                    return false;
                };
                (host, self.dateline.as_ref().filter(|d| d.0 == host).map(|d| d.1))
            }
        };
        self.add(si, r, e, host, city, t)
    }

    fn subject_mention(&self, r: &Range<usize>, t: usize) -> Option<usize> {
        (r.start..t)
            .rev()
            .find_map(|j| self.doc.mentions.index_covering(j))
    }

    fn add(
        &mut self,
        si: usize,
        r: Range<usize>,
        e: usize,
        host: &'static str,
        city: Option<&str>,
        t: usize,
    ) -> bool {
        let ent = &self.doc.mentions.entities[e];
        // Travel at home is no visit; a visitor needs a title or a country.
        if ent.country == Some(host) {
            return false;
        }
        // A visitor holds an office: a title or a country; business people
        // ("the chief executive") travel on no state business.
        if ent.title.is_none() && ent.country.is_none() || ent.role == Some(crate::model::Role::Business) {
            return false;
        }
        let facts = match &self.facts {
            Some((fr, f)) if *fr == r => *f,
            _ => {
                let f = self.sentence_facts(&r);
                self.facts = Some((r.clone(), f));
                f
            }
        };
        if facts.negative || self.hypothetical(&r, t, facts.conditional) || facts.private {
            return false;
        }
        // Diplomats posted abroad do not visit their host country.
        let resident = ent.title.as_deref().is_some_and(|t| {
            [
                "ambassador",
                "high commissioner",
                "consul",
                "charge d'affaires",
                "chargé",
            ]
            .iter()
            .any(|r| contains_ignore_case(t, r))
        });
        if resident {
            return false;
        }
        let companion = self.companion.take().filter(|&c| c != e);
        let reading = self.reading(&r, t);
        let mut tense = reading.tense;
        let headline_present = tense == Tense::Present;
        let phase = reading.phase;
        // "arrived in Tokyo", "began a visit": news reports a beginning
        // while the visit goes on.
        let w = self.tok(t);
        let arrival = starts_with_ignore_case(w, "arriv") || starts_with_ignore_case(w, "land");
        // A datelined report of an act done in person ("met") is filed while
        // the visit goes on.
        if tense == Tense::Past && (arrival || self.presence)
            || tense != Tense::Future && phase == Phase::Begin
        {
            tense = Tense::Progressive;
        }
        if tense != Tense::Future && phase == Phase::End {
            tense = Tense::Past;
        }
        let (mut start, mut end, days) = reading.dates;
        // "X arrives in Canberra for a three-day visit": it starts today.
        let any_date = reading.any_date;
        if any_date && tense == Tense::Present {
            // "departs for Fiji next week": the date, not the verb, tells.
            tense = Tense::Unknown;
        }
        // The headline present fixes the day when the verb marks a start
        // ("arrives", "begins a visit") or the length is stated ("makes a
        // 5-hour visit"); "wraps up a visit" ends it that day.
        // Only in the lead: further down, "when he pays a visit" is no news
        // of the day.
        let lead = self.lead == Some(si);
        if headline_present && lead && !any_date && start.is_none() {
            if arrival || phase == Phase::Begin || days.is_some() && phase != Phase::End {
                start = self.doc.published;
                end = match (start, days) {
                    (Some(s), Some(n)) => s.checked_add_signed(Duration::days(i64::from(n.max(1)) - 1)),
                    _ => end,
                };
            } else if phase == Phase::End {
                end = self.doc.published;
            }
        }
        // "ended a three-day visit on Friday": the date is the last day.
        if phase == Phase::End && start.is_some() && start == end.or(start) {
            let last = start;
            let first = match (last, days) {
                (Some(l), Some(n)) if n >= 1 => l.checked_sub_signed(Duration::days(i64::from(n) - 1)),
                _ => None,
            };
            (start, end) = (first, last);
        } else if phase == Phase::End && start.is_some() && end.is_some() && days.is_some() {
            // dates() added the duration forward from what is the end day.
            let n = i64::from(days.unwrap_or(1).max(1)) - 1;
            end = start;
            start = start.and_then(|s| s.checked_sub_signed(Duration::days(n)));
        }
        let kind = facts.kind;
        let status = if facts.cancel {
            VisitStatus::Cancelled
        } else if facts.postpone {
            VisitStatus::Postponed
        } else {
            self.status(start, end, tense, phase, Some(host))
        };
        let evidence = self.doc.text.sentences()[si].span;
        let known = self
            .by_visitor_host
            .get(&(e, host))
            .copied()
            .filter(|&i| i < self.out.len());
        if let Some(i) = known {
            // Who invited and who announced are copies of a record's
            // strings: read only for a visit that has none yet.
            let invited_by = self.out[i]
                .visit
                .invited_by
                .is_none()
                .then(|| self.invited_by(&r, facts.invite_end))
                .flatten();
            let announced_by = self.out[i]
                .visit
                .announced_by
                .is_none()
                .then(|| self.announced_by(t, e))
                .flatten();
            let v = &mut self.out[i];
            // Sentences come mostly in order; keep them sorted and unique.
            if let Err(at) = v.sentences.binary_search(&si) {
                v.sentences.insert(at, si);
                v.visit.evidence.insert(at, evidence);
            }
            if let (Some(s), None, Some(n)) = (v.visit.start, v.visit.end, days) {
                // The length stated in another sentence: "a 24-hour official visit".
                v.visit.end = s.checked_add_signed(Duration::days(i64::from(n.max(1)) - 1));
            }
            if v.visit.start.is_none() && start.is_some() {
                v.visit.start = start;
                v.visit.end = end;
                if !matches!(v.visit.status, VisitStatus::Cancelled | VisitStatus::Postponed) {
                    v.visit.status = status;
                }
            }
            if v.visit.kind == VisitKind::Unspecified {
                v.visit.kind = kind;
            }
            if matches!(status, VisitStatus::Cancelled | VisitStatus::Postponed) {
                v.visit.status = status;
            }
            if v.visit.city.is_none() {
                v.visit.city = city.map(str::to_string);
            }
            v.visit.invited_by = v.visit.invited_by.take().or(invited_by);
            v.visit.announced_by = v.visit.announced_by.take().or(announced_by);
            return true;
        }
        let invited_by = self.invited_by(&r, facts.invite_end);
        let announced_by = self.announced_by(t, e);
        let ent = &self.doc.mentions.entities[e];
        let visit = StateVisit {
            visitor: Person::new(
                ent.name.clone(),
                ent.title.clone(),
                ent.country.map(str::to_string),
            ),
            host: Some(host.to_string()),
            city: city.map(str::to_string),
            kind,
            status,
            start,
            end,
            invited_by,
            announced_by,
            evidence: vec![evidence],
        };
        self.by_visitor_host.insert((e, host), self.out.len());
        self.out.push(FoundVisit {
            visit,
            entity: e,
            sentences: vec![si],
            companions: companion.into_iter().collect(),
        });
        true
    }

    /// What the trigger at `t` reads from its sentence `r` and window, kept
    /// for the next visit read from the same trigger and window: "visited
    /// Iraq, Kuwait and Qatar" reads it once for three hosts.
    fn reading(&mut self, r: &Range<usize>, t: usize) -> Reading {
        let key = (r.clone(), t, self.window.clone(), self.one_day_default);
        if let Some((k, x)) = &self.last_reading {
            if *k == key {
                return *x;
            }
        }
        let x = Reading {
            tense: self.tense(r, t),
            phase: self.phase(r, t),
            dates: self.dates(t),
            any_date: !self
                .doc
                .dates_in(self.doc.text.span_of(self.window.clone()))
                .is_empty(),
        };
        self.last_reading = Some((key, x));
        x
    }

    /// The speaker of the statement whose content holds the trigger at `t`,
    /// when another than the visitor `e`.
    fn announced_by(&self, t: usize, e: usize) -> Option<Speaker> {
        // Statements are in text order, so only those starting at most the
        // longest statement's length before the trigger can hold it.
        let lo = self
            .statements
            .partition_point(|f| f.tokens.start + self.longest_statement <= t);
        let hi = self.statements.partition_point(|f| f.tokens.start <= t);
        self.statements[lo..hi.max(lo)]
            .iter()
            .find(|f| t < f.tokens.end && f.entity.is_some_and(|s| s != e))
            .and_then(|f| f.statement.speaker.clone())
    }

    /// "may visit Venezuela if ...", "could travel to X unless ...".
    fn hypothetical(&self, r: &Range<usize>, t: usize, conditional: bool) -> bool {
        // "a possible visit to Canada".
        let possible = (r.start.max(t.saturating_sub(3))..t).any(|j| {
            is_any(
                self.tok(j),
                &["possible", "possibly", "potential", "probably", "perhaps"],
            )
        });
        if possible {
            return true;
        }
        let modal = (r.start.max(t.saturating_sub(4))..t)
            .any(|j| is_any(self.tok(j), &["may", "might", "could", "would"]));
        modal && conditional
    }

    /// "flew to Dubai to visit his ailing mother": a family visit.
    /// `w` is token `j`, `prev1` and `prev2` the two before it.
    fn private_at(&self, r: &Range<usize>, j: usize, w: &str, prev1: &str, prev2: &str) -> bool {
        let family = |w: &str| with_ascii_lower(w, |w| lexicon("family").contains(w));
        matches!(w, "his" | "her" | "their")
            && starts_with_ignore_case(prev1, "visit")
            && (j + 1..(j + 3).min(r.end)).any(|k| family(self.tok(k)))
            || j >= 2 && starts_with_ignore_case(prev2, "visit") && family(w)
    }

    /// Whether a phase verb ("began", "concluded") governs the trigger at `t`.
    fn phase(&self, r: &Range<usize>, t: usize) -> Phase {
        // Before the trigger ("began a visit"), or anywhere in its window
        // ("welcomed X at the start of a visit").
        let lo = r.start.max(t.saturating_sub(5));
        let phase_at = |j: usize| {
            self.doc.matches.at(j).iter().find_map(|m| match m.entry {
                Entry::Trigger(k) => {
                    Some(self.doc.gazetteer.triggers()[k as usize].phase).filter(|p| *p != Phase::Any)
                }
                _ => None,
            })
        };
        if let Some(p) = (lo..=t).rev().find_map(phase_at) {
            return p;
        }
        // After the trigger only a beginning: "after having completed a
        // trip" later in the sentence ends another visit.
        (t + 1..self.window.end.min(r.end))
            .find_map(phase_at)
            .filter(|p| *p == Phase::Begin)
            .unwrap_or(Phase::Any)
    }

    fn sentence_facts(&self, r: &Range<usize>) -> SentenceFacts {
        let mut f = SentenceFacts {
            negative: false,
            cancel: false,
            postpone: false,
            conditional: false,
            private: false,
            kind: VisitKind::Unspecified,
            invite_end: None,
        };
        // The sentence's own matches, in token order: far fewer than tokens.
        let all = self.doc.matches.all();
        let from = all.partition_point(|m| m.start() < r.start);
        for m in all[from..].iter().take_while(|m| m.start() < r.end) {
            let Entry::Trigger(k) = m.entry else { continue };
            match self.doc.gazetteer.triggers()[k as usize].kind {
                TriggerKind::Negative => f.negative = true,
                TriggerKind::Cancel => f.cancel = true,
                TriggerKind::Postpone => f.postpone = true,
                TriggerKind::Invite => {
                    f.invite_end.get_or_insert(m.end());
                }
                _ => {}
            }
        }
        // Every word looked for is "if", "unless", "his", "her", "their",
        // "visit" or "visits", or follows a "visit" by one word: first
        // letter (lower-cased) and length rule out most words at once,
        // read from the token without slicing it.
        let toks = self.doc.text.tokens();
        let src = self.doc.text.as_str().as_bytes();
        let shape = |j: usize| {
            toks.get(j).map_or((0, 0), |t| {
                let first = if t.end() > t.start() {
                    src.get(t.start()).map_or(0, |b| b | 0x20)
                } else {
                    0
                };
                (first, t.end() - t.start())
            })
        };
        let before = |j: usize, n: usize| j.checked_sub(n);
        let mut first2 = before(r.start, 2).map_or(0, |p| shape(p).0);
        let mut first1 = before(r.start, 1).map_or(0, |p| shape(p).0);
        for j in r.clone() {
            let (first, len) = shape(j);
            let sought = matches!(
                (first, len),
                (b'i', 2) | (b'u', 6) | (b'h', 3) | (b't', 5) | (b'v', 5 | 6)
            );
            if sought || first2 == b'v' {
                let w = self.tok(j);
                let prev1 = before(j, 1).map_or("", |p| self.tok(p));
                let prev2 = before(j, 2).map_or("", |p| self.tok(p));
                f.conditional |= is_any(w, &["if", "unless"]);
                f.private |= self.private_at(r, j, w, prev1, prev2);
                if f.kind == VisitKind::Unspecified && j > r.start {
                    f.kind = visit_kind(prev1, w);
                }
            }
            (first2, first1) = (first1, first);
        }
        if f.kind == VisitKind::Unspecified && r.end > r.start {
            f.kind = visit_kind(self.tok(r.end - 1), self.tok(r.end));
        }
        f
    }

    /// Who invited the visitor: the person named right after the cue.
    fn invited_by(&self, r: &Range<usize>, invite_end: Option<usize>) -> Option<Person> {
        let end = invite_end?;
        let mi = (end..(end + 3).min(r.end)).find_map(|k| self.doc.mentions.index_covering(k))?;
        let e = self.doc.mentions.list[mi].entity;
        self.doc.mentions.entities.get(e).map(|e| e.person())
    }

    fn tense(&self, r: &Range<usize>, t: usize) -> Tense {
        let lo = r.start.max(t.saturating_sub(6));
        for j in (lo..t.min(r.end)).rev() {
            let w = self.tok(j);
            let tense = if j + 1 == t && w.eq_ignore_ascii_case("to")
                || is_any(
                    w,
                    &[
                        "will",
                        "shall",
                        "'ll",
                        "would",
                        "due",
                        "set",
                        "scheduled",
                        "expected",
                        "plans",
                        "planned",
                        "upcoming",
                        "forthcoming",
                    ],
                ) {
                Some(Tense::Future)
            } else if is_any(w, &["is", "are", "am"]) && self.tok(t).ends_with("ing") {
                Some(Tense::Progressive)
            } else if is_any(w, &["was", "were", "had", "has", "have", "recent", "last"]) {
                Some(Tense::Past)
            } else {
                None
            };
            if let Some(tense) = tense {
                return tense;
            }
        }
        with_ascii_lower(self.tok(t), |w| self.trigger_tense(r, t, lo, w))
    }

    /// The tense the trigger `w` (lower case) gives when no auxiliary
    /// before it tells.
    fn trigger_tense(&self, r: &Range<usize>, t: usize, lo: usize, w: &str) -> Tense {
        // "is expected here on Friday", "is due in Tokyo".
        if matches!(w, "expected" | "due") {
            return Tense::Future;
        }
        if w.ends_with("ed") || matches!(w, "flew" | "went" | "left" | "made" | "paid" | "began" | "held") {
            return Tense::Past;
        }
        if w.ends_with("ing") {
            return Tense::Progressive;
        }
        // Headline present: "X arrives in Ottawa", "X makes a visit to Iraq"
        // report what happens on the day of publication.
        let present = |s: &str| s.len() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us");
        let verb_here = self.doc.matches.at(t).iter().any(|m| match m.entry {
            Entry::Trigger(k) => self.doc.gazetteer.triggers()[k as usize].kind == TriggerKind::Verb,
            _ => false,
        }) || self.used_as_verb(t);
        // "X, Y and Z visit Lebanon": the bare form after its subjects.
        let bare_after_subject = t > 0
            && self
                .doc
                .mentions
                .covering(t - 1)
                .is_some_and(|m| m.kind == MentionKind::Name)
            && matches!(
                w,
                "visit" | "tour" | "arrive" | "travel" | "fly" | "head" | "begin" | "attend"
            );
        // "when he visits Washington later this month": a time clause in
        // the present speaks of the future.
        let subordinate = (r.start.max(t.saturating_sub(6))..t)
            .any(|j| is_any(self.tok(j), &["when", "once", "if", "until", "before", "after"]));
        let present_tense = if subordinate {
            Tense::Future
        } else {
            Tense::Present
        };
        if verb_here && (present(w) || bare_after_subject) {
            return present_tense;
        }
        // Every governing verb ends in "s": most words are passed on it.
        let governing = (lo..t).rev().take(4).any(|j| {
            self.edge_byte(j, true) | 0x20 == b's'
                && with_ascii_lower(self.tok(j), |g| {
                    matches!(
                        g,
                        "makes"
                            | "pays"
                            | "begins"
                            | "starts"
                            | "embarks"
                            | "undertakes"
                            | "opens"
                            | "arrives"
                            | "heads"
                            | "leaves"
                            | "ends"
                            | "concludes"
                            | "commences"
                            | "wraps"
                            | "kicks"
                    )
                })
        });
        if governing {
            return present_tense;
        }
        // "on a visit to", "during his visit": the main verb of the sentence.
        // Each verb looked for starts with one of these letters: most words
        // are passed on their first byte.
        let mut tense = None;
        self.find_first_byte(
            r.clone(),
            false,
            |b| matches!(b | 0x20, b'w' | b's' | b'i' | b'a' | b'h' | b'm' | b'v'),
            |j| {
                tense = main_verb_tense(self.tok(j));
                tense.is_some()
            },
        );
        tense.unwrap_or(Tense::Unknown)
    }

    /// Start, end and stated length in days, read from the trigger's
    /// window: the day-grain date nearest after the trigger (else before
    /// it), and a duration ("a four-day visit") that fixes the end.
    fn dates(&self, t: usize) -> (Option<NaiveDate>, Option<NaiveDate>, Option<u32>) {
        let w = self.doc.text.span_of(self.window.clone());
        let toks = self.doc.text.tokens();
        let tstart = toks.get(t).map_or(0, |x| x.span().start);
        let dates = self.doc.dates_in(w);
        // "is in Rome today" says where, not since when; a range still
        // does ("would be in Rome from June 3 to 6").
        let be = is_any(self.tok(t), &["is", "was", "are", "were", "be", "will"]);
        // A date before the trigger counts only within its clause ("X on
        // Wednesday arrived", not "on Sunday, after a week-long trip").
        // A noun trigger takes its dates after it ("a visit to X on
        // Monday"); before it they belong to another verb ("returned home
        // on Sunday after a visit").
        let noun = self.doc.matches.at(t).iter().any(|m| match m.entry {
            Entry::Trigger(k) => self.doc.gazetteer.triggers()[k as usize].kind == TriggerKind::Noun,
            _ => false,
        }) && !self.used_as_verb(t);
        // "the Kremlin said on Friday", "announced on Monday that": the
        // day of the saying, not of the visit.
        let said_on = |d: &&crate::temporal::DateMention| {
            let first = toks.partition_point(|x| x.span().start < d.span.start);
            (first.saturating_sub(3)..first).any(|j| {
                self.doc
                    .matches
                    .at(j)
                    .iter()
                    .any(|m| matches!(m.entry, Entry::Verb(_)) && m.end() >= first.saturating_sub(1))
            })
        };
        // "held talks on Sunday ... during a stopover in Brasilia": what
        // happens during the visit dates it.
        let during =
            t > 0 && matches!(self.tok(t.saturating_sub(2)), "during") | matches!(self.tok(t - 1), "during");
        let same_clause = |d: &&crate::temporal::DateMention| {
            if noun && !during && d.span.start < tstart || said_on(d) {
                return false;
            }
            // A date after the trigger is in its clause: no look back.
            if d.span.start >= tstart {
                return true;
            }
            // "On March 30 and 31, X will be in New Delhi": a date that
            // opens the sentence sets the time of its main clause.
            let s = &self.doc.text.sentences()[self.doc.text.sentence_of(t)];
            let fronted = toks
                .get(s.tokens.start)
                .is_some_and(|f| d.span.start <= f.span().start + 4)
                && !self.doc.text.tokens()[s.tokens.clone()]
                    .iter()
                    .take_while(|x| x.span().start < d.span.start)
                    .any(|x| {
                        x.kind == crate::text::TokenKind::Word
                            && x.span()
                                .slice(self.doc.text.as_str())
                                .starts_with(char::is_uppercase)
                            && !matches!(
                                x.span().slice(self.doc.text.as_str()),
                                "On" | "In" | "From" | "Between"
                            )
                    });
            fronted
                || !self.window.clone().any(|j| {
                    toks[j].span().start > d.span.start && toks[j].span().start < tstart && self.tok(j) == ","
                })
        };
        let pick = dates
            .iter()
            .filter(|d| d.grain == Grain::Day && (!be || d.end > d.start))
            .filter(same_clause)
            .min_by_key(|d| {
                if d.span.start >= tstart {
                    d.span.start - tstart
                } else {
                    (tstart - d.span.start) * 2
                }
            });
        // "a surprise 5-hour visit", "a 24-hour official visit": hours make
        // one day, or the days they run into.
        let mut hours = None;
        self.find_first_byte(
            self.window.clone(),
            true,
            |b| matches!(b, b'r' | b'R'),
            |j| {
                hours = self.hours_at(j);
                hours.is_some()
            },
        );
        // A length after a comma belongs to the clause it stands in: "fly to
        // Tokyo on Sunday, after a week-long trip to ..." (but "leave for
        // Beijing on Sunday on a four-day visit" is one trip).
        let own_end = self
            .find_first_byte(t..self.window.end, false, |b| b == b',', |j| self.tok(j) == ",")
            .and_then(|j| toks.get(j))
            .map_or(w.end, |x| x.span().start);
        let durations = &self.doc.durations;
        let days = durations[durations.partition_point(|x| x.span.start < w.start)..]
            .iter()
            .take_while(|x| x.span.start < own_end)
            .find(|x| w.contains(x.span))
            .map(|x| x.days)
            .filter(|&n| n > 0)
            .or(hours);
        let Some(d) = pick else { return (None, None, days) };
        let mut end = if d.end > d.start { Some(d.end) } else { None };
        if end.is_none() {
            end = match days {
                Some(n) if n >= 1 => d.start.checked_add_signed(Duration::days(i64::from(n) - 1)),
                _ if self.one_day(&self.window) || self.one_day_default => Some(d.start),
                _ => None,
            };
        }
        (Some(d.start), end, days)
    }

    /// The days a stated length in hours at token `j` runs into ("a
    /// 5-hour visit": one).
    fn hours_at(&self, j: usize) -> Option<u32> {
        let w = self.tok(j);
        let cut = w.len().checked_sub(5)?;
        if !w.as_bytes()[cut..].eq_ignore_ascii_case(b"-hour") {
            return None;
        }
        let n = w.get(..cut)?;
        let n: u32 = n.parse().ok().or_else(|| {
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve",
            ]
            .iter()
            .position(|x| x.eq_ignore_ascii_case(n))
            .map(|i| i as u32 + 1)
        })?;
        Some(if n < 24 { 1 } else { n / 24 + 1 })
    }

    fn one_day(&self, r: &Range<usize>) -> bool {
        self.find_first_byte(
            r.clone(),
            false,
            |b| matches!(b | 0x20, b'o' | b'd' | b's'),
            |j| is_any(self.tok(j), &["one-day", "day-long", "stopover", "stop-over"]),
        )
        .is_some()
    }

    fn status(
        &self,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
        tense: Tense,
        phase: Phase,
        host: Option<&str>,
    ) -> VisitStatus {
        if phase == Phase::End && tense == Tense::Past {
            return VisitStatus::Completed;
        }
        if let Some(p) = self.doc.published {
            match (start, end) {
                (Some(s), _) if s > p => return VisitStatus::Planned,
                (_, Some(e)) if e < p => return VisitStatus::Completed,
                (Some(_), Some(_)) => return VisitStatus::Ongoing,
                // Only a first day in the past: how it stands depends on the
                // verb ("arrived on Monday" goes on, "visited on Monday" is over).
                (Some(_), None) => {}
                (None, _) => {
                    // "next week", "in 2016": coarser dates still tell;
                    // "this week" leaves it to the verb.
                    let w = self.doc.text.span_of(self.window.clone());
                    if let Some(d) = self.doc.dates_in(w).first() {
                        return if d.start > p {
                            VisitStatus::Planned
                        } else if d.end < p {
                            VisitStatus::Completed
                        } else {
                            match tense {
                                Tense::Past => VisitStatus::Completed,
                                Tense::Future => VisitStatus::Planned,
                                _ => VisitStatus::Ongoing,
                            }
                        };
                    }
                }
            }
        }
        // A report filed from the host country on a visit with no end in
        // sight ("WASHINGTON - X said his buying trip ..."): the visitor
        // is still there.
        let from_host = start.is_none() && self.dateline.as_ref().is_some_and(|d| Some(d.0) == host);
        match tense {
            Tense::Future => VisitStatus::Planned,
            Tense::Progressive | Tense::Present => VisitStatus::Ongoing,
            Tense::Past | Tense::Unknown if from_host => VisitStatus::Ongoing,
            Tense::Past | Tense::Unknown => VisitStatus::Completed,
        }
    }
}

/// The first (`last` false) or last byte of token `t` of `src` (0 when empty).
fn token_edge(t: &crate::text::Token, src: &[u8], last: bool) -> u8 {
    if t.end() <= t.start() {
        return 0;
    }
    let at = if last { t.end() - 1 } else { t.start() };
    src.get(at).copied().unwrap_or(0)
}

/// `s` starts with `prefix` (ASCII, lower case) in any case.
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `s` contains `needle` (lower case) in any ASCII case.
fn contains_ignore_case(s: &str, needle: &str) -> bool {
    s.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// `w` is one of `words` (lower case) in any ASCII case: no copy, and most
/// words fail on their length.
fn is_any(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// The tense an auxiliary or a common verb gives its sentence.
fn main_verb_tense(w: &str) -> Option<Tense> {
    if is_any(w, &["will", "shall"]) {
        Some(Tense::Future)
    } else if is_any(w, &["is", "are"]) {
        Some(Tense::Progressive)
    } else if is_any(
        w,
        &["was", "were", "had", "said", "arrived", "met", "held", "visited"],
    ) {
        Some(Tense::Past)
    } else {
        None
    }
}

/// "a state visit", "official visits": the kind `w` names before `next`.
fn visit_kind(w: &str, next: &str) -> VisitKind {
    if next.eq_ignore_ascii_case("visit") || next.eq_ignore_ascii_case("visits") {
        for (word, kind) in [
            ("state", VisitKind::State),
            ("official", VisitKind::Official),
            ("working", VisitKind::Working),
        ] {
            if w.eq_ignore_ascii_case(word) {
                return kind;
            }
        }
    }
    VisitKind::Unspecified
}
