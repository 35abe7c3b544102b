//! Statements: direct quotes, partial quotes and indirect speech, each with
//! its speaker resolved across the document.
//!
//! Quotations are paired once over the whole document (a quotation may run
//! over several paragraphs); attributions are read from the tokens and
//! mentions around each quotation, and indirect speech from the reporting
//! verbs found by the gazetteer outside quotations.

use crate::gazetteer::FastSet;
use std::ops::Range;
use std::sync::OnceLock;

use crate::extract::mentions::{MentionKind, Pronoun};
use crate::extract::Doc;
use crate::gazetteer::{tsv_rows, Entry, Frames};
use crate::model::{Mode, Speaker, SpeakerKind, Statement};
use crate::text::{with_ascii_lower, QuoteDir, TokenKind};
use crate::Span;

// Words that make a clause finite: auxiliaries, modals and common
// irregular past forms.
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "am", "be", "been", "will", "would", "could", "should", "can", "may",
    "might", "must", "shall", "had", "has", "have", "did", "does", "do", "won't", "wouldn't", "can't",
    "couldn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't",
    "hadn't", "made", "took", "gave", "saw", "knew", "thought", "felt", "left", "met", "told", "said",
    "went", "came", "got", "needs", "wants", "remains", "seems", "plans", "hopes", "expects", "intends",
];

/// The length of the longest word of [`FINITE`]: a longer word is none.
const FINITE_MAX_LEN: usize = 8;

/// The words of [`FINITE`], and for each length the first letters they
/// start with: most words of a clause are ruled out by their length and
/// first letter, without a lower-cased copy or a lookup.
struct FiniteWords {
    words: FastSet<&'static str>,
    firsts: [u128; FINITE_MAX_LEN + 1],
}

// Looked up for every word of a clause: a set, not a scan of the list.
fn finite_words() -> &'static FiniteWords {
    static T: OnceLock<FiniteWords> = OnceLock::new();
    T.get_or_init(|| {
        debug_assert!(FINITE
            .iter()
            .all(|w| (2..=FINITE_MAX_LEN).contains(&w.len()) && w.as_bytes()[0] < 128));
        let mut firsts = [0u128; FINITE_MAX_LEN + 1];
        for w in FINITE {
            firsts[w.len()] |= 1 << w.as_bytes()[0];
        }
        FiniteWords {
            words: FINITE.iter().copied().collect(),
            firsts,
        }
    })
}

/// `w` is one of [`FINITE`] in any ASCII case.
fn is_finite_word(w: &str) -> bool {
    let t = finite_words();
    let Some(&mask) = t.firsts.get(w.len()) else {
        return false;
    };
    let first = w.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
    first < 128 && mask >> first & 1 == 1 && with_ascii_lower(w, |w| t.words.contains(w))
}

/// The first byte of token `t` of `src` (0 when empty).
fn lead_byte(t: &crate::text::Token, src: &[u8]) -> u8 {
    if t.end() > t.start() {
        src.get(t.start()).copied().unwrap_or(0)
    } else {
        0
    }
}

/// A statement with the annotations later passes need.
#[derive(Clone, Debug)]
pub struct Found {
    /// The record.
    pub statement: Statement,
    /// The entity that said it.
    pub entity: Option<usize>,
    /// Tokens of the content (first part to last part).
    pub tokens: Range<usize>,
}

/// A paired quotation: the tokens between its marks, possibly over several
/// paragraphs, and the marks themselves.
#[derive(Clone, Debug)]
struct Quotation {
    open: usize,
    /// The closing mark, or `None` when the paragraph ended first.
    close: Option<usize>,
    /// Content tokens of the first part (one part per paragraph it runs
    /// over, or per sentence reopened).
    first: Range<usize>,
    /// The parts after the first: nearly always none, and then no list
    /// is allocated.
    more: Vec<Range<usize>>,
}

impl Quotation {
    // One part to start with; more when the quotation runs on.
    fn starting(open: usize) -> Quotation {
        Quotation {
            open,
            close: None,
            first: open + 1..open + 1,
            more: Vec::new(),
        }
    }
    fn parts(&self) -> impl Iterator<Item = &Range<usize>> {
        std::iter::once(&self.first).chain(&self.more)
    }
    fn last_part(&self) -> &Range<usize> {
        self.more.last().unwrap_or(&self.first)
    }
    fn last_part_mut(&mut self) -> &mut Range<usize> {
        self.more.last_mut().unwrap_or(&mut self.first)
    }
    fn content(&self) -> Range<usize> {
        self.first.start..self.last_part().end
    }
    fn last(&self) -> usize {
        self.close.unwrap_or_else(|| self.content().end.saturating_sub(1))
    }
}

fn quotations(doc: &Doc<'_>) -> Vec<Quotation> {
    let toks = doc.text.tokens();
    let mut out: Vec<Quotation> = Vec::new();
    let body = doc.body_start_token();
    // Whether any single mark stands in the body: without one, no single
    // quotation is looked for.
    let mut singles = false;
    for p in doc.text.paragraphs() {
        let Some(first_s) = doc.text.sentences().get(p.sentences.start) else {
            continue;
        };
        let last_s = &doc.text.sentences()[p.sentences.end - 1];
        let range = first_s.tokens.start..last_s.tokens.end;
        if range.end <= body {
            continue;
        }
        // A paragraph that opens with a quotation mark continues a quotation
        // left open by the previous paragraph.
        let mut open: Option<Quotation> = None;
        if let Some(prev) = out.last_mut() {
            if prev.close.is_none()
                && prev.last_part().end == range.start
                && starts_with_open(doc, range.start)
            {
                let w = mark_width(doc, range.start);
                open = out.pop().map(|mut q| {
                    q.more.push(range.start + w..range.start + w);
                    q
                });
            }
        }
        let mut i = range.start;
        if open.is_some() {
            let w = mark_width(doc, range.start);
            singles |= w == 2;
            i += w;
        }
        while i < range.end {
            // Most tokens are no quotation mark, double or single: on to
            // the next one that is.
            match toks[i..range.end]
                .iter()
                .position(|t| matches!(t.kind, TokenKind::Quote(_) | TokenKind::SingleQuote(_)))
            {
                Some(n) => i += n,
                None => break,
            }
            let (dir, width) = match toks[i].kind {
                TokenKind::Quote(d) => (d, 1),
                _ => {
                    singles = true;
                    match paired_singles(doc, i) {
                        Some(d) => (d, 2),
                        None => {
                            i += 1;
                            continue;
                        }
                    }
                }
            };
            // The last token of the mark: content starts after it.
            let mark_end = i + width - 1;
            match (&mut open, dir) {
                (None, QuoteDir::Open | QuoteDir::Either) => {
                    open = Some(Quotation::starting(mark_end));
                }
                (Some(q), QuoteDir::Close | QuoteDir::Either) => {
                    q.last_part_mut().end = i;
                    q.close = Some(mark_end);
                    out.extend(open.take());
                }
                (Some(q), QuoteDir::Open) if reopens_after_sentence(doc, i) => {
                    // 'He said: "A. "B.' — each quoted sentence reopened
                    // without a close: one quotation in several parts.
                    q.last_part_mut().end = i;
                    q.more.push(mark_end + 1..mark_end + 1);
                }
                (Some(q), QuoteDir::Open) => {
                    // Two opening marks in a row: the first was never closed.
                    q.last_part_mut().end = i;
                    out.extend(open.take());
                    open = Some(Quotation::starting(mark_end));
                }
                (None, QuoteDir::Close) => {}
            }
            i += width;
        }
        if let Some(mut q) = open.take() {
            q.last_part_mut().end = range.end;
            out.push(q);
        }
    }
    out.retain(|q| q.parts().any(|r| r.end > r.start));
    // A paired single mark never closed is an apostrophe ("''Tis"), not a
    // quotation running on.
    out.retain(|q| {
        q.close.is_some() || q.open == 0 || paired_singles(doc, q.open - 1) != Some(QuoteDir::Open)
    });
    // Single quotation marks (British usage), where no double marks are used.
    if out.is_empty() && singles {
        single_quotations(doc, &mut out);
    }
    out
}

fn single_quotations(doc: &Doc<'_>, out: &mut Vec<Quotation>) {
    let toks = doc.text.tokens();
    for s in doc.text.sentences() {
        if s.tokens.end <= doc.body_start_token() {
            continue;
        }
        let mut open = None;
        for i in s.tokens.clone() {
            match toks[i].kind {
                TokenKind::SingleQuote(QuoteDir::Open) | TokenKind::SingleQuote(QuoteDir::Either)
                    if open.is_none() && toks[i].space_before() || i == s.tokens.start =>
                {
                    if matches!(toks[i].kind, TokenKind::SingleQuote(_)) {
                        open = Some(i);
                    }
                }
                TokenKind::SingleQuote(QuoteDir::Close) | TokenKind::SingleQuote(QuoteDir::Either) => {
                    if let Some(o) = open.take() {
                        let next_word = toks
                            .get(i + 1)
                            .is_some_and(|t| t.is_wordlike() && !t.space_before());
                        if !next_word && i > o + 2 {
                            let mut q = Quotation::starting(o);
                            q.first.end = i;
                            q.close = Some(i);
                            out.push(q);
                        } else if next_word {
                            open = Some(o);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Whether the opening mark at `i` follows the end of a sentence (".", "?",
/// "!") inside a quotation still open: the quoted speech goes on.
fn reopens_after_sentence(doc: &Doc<'_>, i: usize) -> bool {
    let toks = doc.text.tokens();
    i > 0 && toks.get(i).is_some_and(|t| t.space_before()) && matches!(doc.text.tok(i - 1), "." | "?" | "!")
}

// "WALLACE" -> "Wallace", "MC CAIN" -> "Mc Cain".
fn name_case(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let mut c = w.chars();
            c.next().map_or_else(String::new, |f| {
                f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn starts_with_open(doc: &Doc<'_>, i: usize) -> bool {
    matches!(
        doc.text.tokens().get(i).map(|t| t.kind),
        Some(TokenKind::Quote(QuoteDir::Open | QuoteDir::Either))
    ) || paired_singles(doc, i) == Some(QuoteDir::Open)
}

/// Two single marks typed for one double mark (''Like this,'' as some wire
/// copy writes quotations): its direction, from the spaces around the pair.
fn paired_singles(doc: &Doc<'_>, i: usize) -> Option<QuoteDir> {
    let toks = doc.text.tokens();
    let (a, b) = (toks.get(i)?, toks.get(i + 1)?);
    if !matches!(a.kind, TokenKind::SingleQuote(_))
        || !matches!(b.kind, TokenKind::SingleQuote(_))
        || b.space_before()
    {
        return None;
    }
    let after = toks.get(i + 2);
    if after.is_some_and(|t| matches!(t.kind, TokenKind::SingleQuote(_)) && !t.space_before()) {
        return None;
    }
    let opens = (a.space_before() || i == 0) && after.is_some_and(|t| t.is_wordlike() && !t.space_before());
    if opens {
        Some(QuoteDir::Open)
    } else if !a.space_before() {
        Some(QuoteDir::Close)
    } else {
        None
    }
}

/// How many tokens the quotation mark at `i` takes: two for a paired
/// single mark, else one.
fn mark_width(doc: &Doc<'_>, i: usize) -> usize {
    if paired_singles(doc, i).is_some() {
        2
    } else {
        1
    }
}

fn transcript_stops() -> &'static FastSet<&'static str> {
    static T: OnceLock<FastSet<&'static str>> = OnceLock::new();
    T.get_or_init(|| {
        tsv_rows(include_str!("../data/transcript_labels.tsv"))
            .filter_map(|f| f.first().copied())
            .collect()
    })
}

/// The speaker label of a transcript line ("WALLACE: Let's start ...",
/// possibly inside an opening quotation mark): the label's tokens and the
/// colon. One to three upper-case words, not a place (a dateline "KABUL:")
/// and not an editorial label ("UPDATE:").
fn transcript_label(doc: &Doc<'_>, start: usize, end: usize) -> Option<(Range<usize>, usize)> {
    let toks = doc.text.tokens();
    let first = if starts_with_open(doc, start) {
        start + 1
    } else {
        start
    };
    let mut j = first;
    while j < end && j < first + 3 && toks[j].kind == TokenKind::Word {
        let w = doc.text.tok(j);
        let upper =
            w.chars().any(char::is_alphabetic) && w.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
        if !upper || w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return None;
        }
        j += 1;
    }
    if j == first || j >= end || doc.text.tok(j) != ":" {
        return None;
    }
    let label = doc.text.slice_tokens(first..j);
    if (first..j).any(|k| transcript_stops().contains(doc.text.tok(k)))
        || doc.gazetteer.country_code(label).is_some()
        || !doc.dates_in(doc.text.span_of(first..j)).is_empty()
    {
        return None;
    }
    Some((first..j, j))
}

struct Ctx<'a, 'd> {
    doc: &'a Doc<'d>,
    in_quote: Vec<bool>,
    /// First tokens of transcript lines, in order: a quotation opening
    /// there is the line itself, read by `transcript_lines`.
    transcript_starts: Vec<usize>,
    out: Vec<Found>,
    last_speaker: Option<usize>,
    /// The content spans of the quotation being read: one buffer for all.
    parts: Vec<Span>,
}

/// Finds every statement of the document, in text order.
pub fn extract(doc: &Doc<'_>) -> Vec<Found> {
    let qs = quotations(doc);
    let mut in_quote = vec![false; doc.text.tokens().len()];
    for q in &qs {
        for r in q.parts() {
            for t in r.clone() {
                in_quote[t] = true;
            }
        }
    }
    let mut cx = Ctx {
        doc,
        in_quote,
        transcript_starts: Vec::new(),
        out: Vec::new(),
        last_speaker: None,
        parts: Vec::new(),
    };
    let transcripts = cx.transcript_lines();
    cx.transcript_starts = transcripts.iter().map(|f| f.tokens.start).collect();
    let mut qi = 0;
    // Walk quotations and sentences together so that "the statement added"
    // and "he said" resolve against what came before, in text order.
    let indirect = cx.indirect_all();
    // Sized once: a document dense with statements holds them twice over
    // while a doubling vector moves.
    cx.out
        .reserve_exact(qs.len() + indirect.len() + transcripts.len());
    let mut indirect = indirect.into_iter().peekable();
    loop {
        let take_quote = match (qs.get(qi), indirect.peek()) {
            (Some(q), Some(s)) => q.open <= s.clause.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if take_quote {
            let join = cx.quote(&qs, qi);
            qi += join;
        } else if let Some(c) = indirect.next() {
            let f = cx.indirect(c);
            cx.push(f);
        }
    }
    cx.out.extend(transcripts);
    // Nearly always in order already; a stable sort would first take a
    // buffer half the size of all the statements.
    if !cx.out.is_sorted_by_key(|f| f.tokens.start) {
        cx.out.sort_by_key(|f| f.tokens.start);
    }
    cx.out
}

/// An indirect statement found, before it is made one: its reporting
/// verb, the mention of its speaker (resolved in text order, with the
/// statements before it) and its clause. Small, so that the list of them
/// moves little as it grows.
#[derive(Clone, Debug)]
struct Indirect {
    verb: Range<usize>,
    speaker: usize,
    clause: Range<usize>,
}

impl Indirect {
    fn new(v: usize, vend: usize, speaker: usize, clause: Range<usize>) -> Indirect {
        Indirect {
            verb: v..vend,
            speaker,
            clause,
        }
    }
}

#[derive(Clone, Copy)]
struct Attribution {
    speaker: Option<usize>,
    cue: Option<usize>,
    cue_end: usize,
}

impl Ctx<'_, '_> {
    fn tok(&self, i: usize) -> &str {
        self.doc.text.tok(i)
    }

    /// The first byte of token `i` (0 when empty): scans for a few words
    /// pass over most tokens on it without slicing.
    fn first_byte(&self, i: usize) -> u8 {
        self.doc
            .text
            .tokens()
            .get(i)
            .map_or(0, |t| lead_byte(t, self.doc.text.as_str().as_bytes()))
    }

    /// The first token in `j..end` whose first byte `pick` accepts, else
    /// `end`: a scan over the token table itself, its length and the text
    /// read once rather than once a token.
    fn next_lead(&self, j: usize, end: usize, pick: impl Fn(u8) -> bool) -> usize {
        let src = self.doc.text.as_str().as_bytes();
        let toks = self.doc.text.tokens();
        toks.get(j..end.min(toks.len()))
            .and_then(|ts| ts.iter().position(|t| pick(lead_byte(t, src))))
            .map_or(end, |n| j + n)
    }

    fn verb_at(&self, i: usize) -> Option<(usize, Frames)> {
        // Inside a quotation or a name ("Secretary of State") no verb reports.
        if self.in_quote.get(i).copied().unwrap_or(true) || self.doc.mentions.covering(i).is_some() {
            return None;
        }
        self.doc
            .matches
            .find_at(i, |m| match m.entry {
                Entry::Verb(v) => Some((m.end(), self.doc.gazetteer.verbs()[v as usize].frames)),
                _ => None,
            })
            .map(|(_, x)| x)
    }

    /// Resolves the mention at `i` (if any) to an entity.
    fn speaker_of_mention(&self, mi: usize) -> Option<usize> {
        let m = &self.doc.mentions.list[mi];
        match m.kind {
            MentionKind::Pronoun(p) => self.resolve_pronoun(mi, p),
            MentionKind::Document => self.last_speaker(),
            MentionKind::Title if m.entity != usize::MAX => Some(self.named_for_title(m.entity)),
            _ => (m.entity != usize::MAX).then_some(m.entity),
        }
    }

    /// "the chancellor said" where no named person carried that title: the
    /// named person who spoke last ("Mr Brown"), when they carry no other
    /// title, among the last few statements; else the unnamed title holder.
    fn named_for_title(&self, e: usize) -> usize {
        let ents = &self.doc.mentions.entities;
        if ents[e].name.is_some() || ents[e].kind != SpeakerKind::Person {
            return e;
        }
        self.out
            .iter()
            .rev()
            .take(4)
            .filter_map(|f| f.entity)
            .find(|&o| {
                let p = &ents[o];
                p.kind == SpeakerKind::Person
                    && p.name.is_some()
                    && p.salient
                    && (p.title.is_none() || p.title_key.is_some() && p.title_key == ents[e].title_key)
            })
            .unwrap_or(e)
    }

    /// The speaker of the last attributed statement, kept as statements
    /// are added so that asking costs nothing however many there are.
    fn last_speaker(&self) -> Option<usize> {
        self.last_speaker
    }

    fn push(&mut self, f: Found) {
        if f.entity.is_some() {
            self.last_speaker = f.entity;
        }
        self.out.push(f);
    }

    /// The antecedent of a pronoun: among the mentions of the last few
    /// sentences that fit it (a salient person for he/she, a group or
    /// organisation for they/it), the nearest subject of a sentence, else the
    /// nearest one.
    fn resolve_pronoun(&self, mi: usize, p: Pronoun) -> Option<usize> {
        use crate::extract::mentions::Gender;
        let ents = &self.doc.mentions.entities;
        let list = &self.doc.mentions.list;
        let here = self.doc.text.sentence_of(list[mi].tokens.start);
        let lo = mi.saturating_sub(60);
        // "he told reporters" after statements by a man: the same man.
        // Statements by organisations or groups in between do not break
        // the chain; the last three statements are looked at.
        if matches!(p, Pronoun::Masculine | Pronoun::Feminine) {
            let last_person = self
                .out
                .iter()
                .rev()
                .take(3)
                .find(|f| f.entity.is_some_and(|e| ents[e].kind == SpeakerKind::Person));
            if let Some(f) = last_person {
                let near = here.saturating_sub(self.doc.text.sentence_of(f.tokens.start)) <= 3;
                if let Some(e) = f.entity.filter(|_| near) {
                    let ent = &ents[e];
                    let gender_ok = match p {
                        Pronoun::Masculine => ent.gender != Some(Gender::Female),
                        _ => ent.gender != Some(Gender::Male),
                    };
                    if ent.kind == SpeakerKind::Person && ent.salient && gender_ok {
                        return Some(e);
                    }
                }
            }
        }
        let mut nearest = None;
        for (k, m) in list[lo..mi].iter().enumerate().rev() {
            let k = lo + k;
            if m.entity == usize::MAX || self.in_quote.get(m.tokens.start).copied().unwrap_or(false) {
                continue;
            }
            let sent = self.doc.text.sentence_of(m.tokens.start);
            if here.saturating_sub(sent) > 4 {
                break;
            }
            let e = &ents[m.entity];
            let fits = match p {
                Pronoun::Masculine => {
                    e.kind == SpeakerKind::Person && e.salient && e.gender != Some(Gender::Female)
                }
                Pronoun::Feminine => {
                    e.kind == SpeakerKind::Person && e.salient && e.gender != Some(Gender::Male)
                }
                Pronoun::Plural => {
                    matches!(
                        e.kind,
                        SpeakerKind::Group | SpeakerKind::Organization | SpeakerKind::Government
                    )
                }
                Pronoun::Neuter => matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Government),
            };
            if !fits {
                continue;
            }
            nearest.get_or_insert(m.entity);
            let first_in_sentence = self
                .doc
                .mentions
                .list
                .get(k.wrapping_sub(1))
                .is_none_or(|prev| self.doc.text.sentence_of(prev.tokens.start) != sent);
            if first_in_sentence && sent != here {
                return Some(m.entity);
            }
        }
        // "he said" after statements by a person: the last person who
        // spoke ("they" and "it": the last group or organisation).
        nearest.or_else(|| {
            let person = matches!(p, Pronoun::Masculine | Pronoun::Feminine);
            self.out
                .iter()
                .rev()
                .take(20)
                .filter_map(|f| f.entity)
                .find(|&e| (ents[e].kind == SpeakerKind::Person) == person)
        })
    }

    /// The speaker mention nearest before token `i` in `lo..i`, outside quotations.
    fn mention_before(&self, lo: usize, i: usize) -> Option<usize> {
        let mut j = i;
        while j > lo {
            j -= 1;
            if self.in_quote[j] {
                continue;
            }
            if let Some(mi) = self.doc.mentions.index_covering(j) {
                return Some(mi);
            }
        }
        None
    }

    /// The first speaker mention in `i..hi`, outside quotations.
    fn mention_after(&self, i: usize, hi: usize) -> Option<usize> {
        (i..hi)
            .filter(|&j| !self.in_quote[j])
            .find_map(|j| self.doc.mentions.index_covering(j))
    }

    fn subject_before(&self, sent_start: usize, verb: usize) -> Option<usize> {
        // "Weizsaecker, in a speech on the first day of his visit, said":
        // the subject stands before the parenthetical.
        if verb > sent_start && self.tok(verb - 1) == "," {
            // "Roger X, who will be chairman of Y Co, which had sales of
            // ..., told": the mention opening the sentence before its first
            // comma is the subject.
            if let Some(mi) = self.doc.mentions.index_covering(sent_start) {
                let m = &self.doc.mentions.list[mi];
                if self.tok(m.tokens.end) == "," && !self.in_quote[sent_start] && m.tokens.end < verb {
                    return Some(mi);
                }
            }
            let open = (sent_start..verb - 1).rev().find(|&j| self.tok(j) == ",");
            // "A spokesperson for Buhari, Mallam Garba Shehu, said": a name
            // standing alone between the commas is the speaker.
            if let Some(c) = open.filter(|&c| !self.in_quote[c]) {
                if let Some(mi) = self.doc.mentions.index_covering(verb.saturating_sub(2)) {
                    let m = &self.doc.mentions.list[mi];
                    if m.kind == MentionKind::Name && m.tokens.start == c + 1 && m.tokens.end == verb - 1 {
                        return Some(mi);
                    }
                }
            }
            // A comma inside a quotation opens no parenthetical.
            if let Some(c) = open.filter(|&c| !self.in_quote[c] && !self.in_quote[c.saturating_sub(1)]) {
                if let Some(mi) = self.doc.mentions.index_covering(c.wrapping_sub(1)) {
                    return Some(mi);
                }
            }
        }
        // The subject is the nearest mention before the verb, skipping
        // adverbs, auxiliaries and dates ("further", "has", "on Sunday").
        if let Some(mi) = self.participle_subject(sent_start, verb) {
            let m = &self.doc.mentions.list[mi];
            if m.entity != usize::MAX || matches!(m.kind, MentionKind::Pronoun(_)) {
                return Some(mi);
            }
        }
        self.mention_before(sent_start, verb)
            .filter(|&mi| {
                let m = &self.doc.mentions.list[mi];
                verb.saturating_sub(m.tokens.end) <= 6
            })
            .map(|mi| self.name_before_title(mi))
    }

    /// "Dr. Sarhang Hama, Vice President of the University said": an
    /// unnamed title in apposition after a name gives way to the name.
    fn name_before_title(&self, mi: usize) -> usize {
        let list = &self.doc.mentions.list;
        let m = &list[mi];
        let unnamed = m.kind == MentionKind::Title
            && self
                .doc
                .mentions
                .entities
                .get(m.entity)
                .is_some_and(|e| e.name.is_none());
        let c = m.tokens.start;
        if !unnamed || c < 2 || self.tok(c - 1) != "," {
            return mi;
        }
        match self.doc.mentions.index_covering(c - 2) {
            Some(ni) if list[ni].kind == MentionKind::Name && !self.in_quote[c - 2] => ni,
            _ => mi,
        }
    }

    fn participle_subject(&self, sent_start: usize, verb: usize) -> Option<usize> {
        // "Trump attacked Clinton for her support of ..., saying, ...": a
        // participle after a comma takes the subject of the sentence.
        if verb > sent_start && self.tok(verb - 1) == "," && self.tok(verb).ends_with("ing") {
            // "During a speech in Ohio, Senator X attacked ...": the subject
            // follows an opening prepositional phrase.
            let opener = with_ascii_lower(self.tok(sent_start), |w| {
                matches!(
                    w,
                    "during"
                        | "after"
                        | "before"
                        | "in"
                        | "at"
                        | "on"
                        | "with"
                        | "following"
                        | "speaking"
                        | "while"
                )
            });
            let from = if opener {
                (sent_start..verb)
                    .find(|&j| self.tok(j) == ",")
                    .map_or(sent_start, |c| c + 1)
            } else {
                sent_start
            };
            let first = (from..verb).filter(|&j| !self.in_quote[j]).find_map(|j| {
                let mi = self.doc.mentions.index_covering(j)?;
                let possessive =
                    with_ascii_lower(self.tok(j), |w| matches!(w, "his" | "her" | "its" | "their"));
                (self.doc.mentions.list[mi].tokens.start == j && !possessive).then_some(mi)
            });
            if let Some(mi) = first {
                let end = self.doc.mentions.list[mi].tokens.end;
                // "Uzbekistan's Ambassador, Alisher Tukhtayev, had announced":
                // the name in apposition.
                if self.tok(end) == "," {
                    if let Some(ni) = self.doc.mentions.index_covering(end + 1) {
                        if self.doc.mentions.list[ni].kind == MentionKind::Name {
                            return Some(ni);
                        }
                    }
                }
                if end < verb {
                    return Some(mi);
                }
            }
        }
        None
    }

    /// The first person, organisation or group named in a sentence outside
    /// quotations: the subject a partial quote is attributed to.
    fn sentence_subject(&self, si: usize) -> Option<usize> {
        let s = &self.doc.text.sentences()[si];
        // A possessive ("After his war rhetoric, Trump ...") is no subject.
        s.tokens.clone().filter(|&j| !self.in_quote[j]).find_map(|j| {
            let mi = self.doc.mentions.index_covering(j)?;
            let m = &self.doc.mentions.list[mi];
            let possessive = matches!(
                self.tok(j),
                "his" | "her" | "its" | "their" | "His" | "Her" | "Its" | "Their"
            );
            (m.tokens.start == j && !possessive).then_some(mi)
        })
    }

    /// "..." and discussed it with Shultz today, Clark said.": an
    /// attribution closing the sentence the quotation stands in.
    fn attribution_at_end(&self, close: usize) -> Option<Attribution> {
        let si = self.doc.text.sentence_of(close);
        let s = &self.doc.text.sentences()[si];
        let mut end = s.tokens.end;
        while end > close + 1 && !self.doc.text.tokens()[end - 1].is_wordlike() {
            end -= 1;
        }
        // [mention] [verb] or [verb] [mention], after a comma: the first
        // comma that leads into one ('"..." in talks, said X, speaker of
        // the house, before the meeting'), within a bounded window.
        let hi = end.min(close + 24);
        (close + 1..hi)
            .filter(|&j| self.tok(j) == "," && !self.in_quote[j])
            .find_map(|j| self.attribution_after(j.saturating_sub(1)))
    }

    /// An attribution right after a quotation: `, he said`, `, said X`,
    /// `" the statement added.`
    fn attribution_after(&self, close: usize) -> Option<Attribution> {
        let toks = self.doc.text.tokens();
        let si = self.doc.text.sentence_of(close);
        let s_end = self.doc.text.sentences()[si].tokens.end;
        let mut j = close + 1;
        if j < s_end && matches!(self.tok(j), "," | "—" | "–" | "-") {
            j += 1;
        }
        // '"Hello"--said Mr. X': a dash typed as two hyphens.
        if j < s_end && self.tok(j) == "-" && self.tok(j - 1) == "-" {
            j += 1;
        }
        // A quotation that ends its sentence may take its attribution only
        // from the next sentence of its paragraph, and only in the form
        // '"..." Baker said.': never across a paragraph break, and never
        // from a verb that reports no quotation ("They call him ...").
        let crossing = j >= s_end;
        if crossing {
            let sents = self.doc.text.sentences();
            let para = |k: usize| sents.get(self.doc.text.sentence_of(k)).map(|s| s.paragraph);
            if j >= toks.len() || para(j) != para(close) {
                return None;
            }
        }
        let hi = (j + 20).min(s_end).min(toks.len());
        // verb first: ", said Mr Khan"
        if let Some((vend, _)) = self.verb_at(j).filter(|_| !crossing) {
            let sp = self.mention_after(vend, hi);
            return Some(Attribution {
                speaker: sp,
                cue: Some(j),
                cue_end: vend,
            });
        }
        // speaker first: ", the statement added", ", Mr Khan told reporters"
        let Some(mi) = self.doc.mentions.index_covering(j) else {
            let (sp, k, vend) = self.speaker_run(j, hi)?;
            return Some(Attribution {
                speaker: Some(sp),
                cue: Some(k),
                cue_end: vend,
            });
        };
        // A dash and a name need no verb: '"..." — Trade Minister X'.
        if j > close + 1 && matches!(self.tok(j - 1), "—" | "–" | "-") {
            return Some(Attribution {
                speaker: Some(mi),
                cue: None,
                cue_end: self.doc.mentions.list[mi].tokens.end,
            });
        }
        let m = &self.doc.mentions.list[mi];
        let mut k = self.skip_appositive(m.tokens.end, hi);
        // "Mr. Morgan of the Sierra Club said": an affiliation after a
        // person's name leaves the person the speaker.
        if matches!(m.kind, MentionKind::Name | MentionKind::Title) && self.tok(k) == "of" {
            let mut a = k + 1;
            if self.tok(a).eq_ignore_ascii_case("the") {
                a += 1;
            }
            let start = a;
            while a < hi.min(start + 6) && self.tok(a).starts_with(char::is_uppercase) {
                a += 1;
            }
            if a > start && self.verb_at(a).is_some() {
                k = a;
            }
        }
        while k < hi
            && matches!(
                self.tok(k),
                "has" | "had" | "have" | "also" | "later" | "further" | "then" | "was" | "is" | "were"
            )
        {
            k += 1;
        }
        if let Some((vend, frames)) = self.verb_at(k) {
            if crossing && !(frames.that || frames.to) {
                return None;
            }
            return Some(Attribution {
                speaker: Some(mi),
                cue: Some(k),
                cue_end: vend,
            });
        }
        let (sp, k, vend) = self.speaker_run(j, hi)?;
        Some(Attribution {
            speaker: Some(sp),
            cue: Some(k),
            cue_end: vend,
        })
    }

    /// After a speaker, an appositive between commas ("Maurice Mann,
    /// chairman of PSE, said"): the token after it, or `k` when there is none.
    fn skip_appositive(&self, k: usize, hi: usize) -> usize {
        if k >= hi || self.tok(k) != "," {
            return k;
        }
        // Two appositives may follow ("Scott Pruitt, the attorney general
        // of Oklahoma, one of the states suing, said").
        let lim = hi.min(k + 20);
        (k + 1..lim)
            .find(|&c| self.tok(c) == "," && self.verb_at(c + 1).is_some())
            .map_or(k, |c| c + 1)
    }

    /// The speaker-first attribution where words stand between the first
    /// mention and the verb: "Trump lawyer Marc Kasowitz said", "Rep. X
    /// (D-Md.) said". Only names, capitalized words and brackets may stand
    /// between; the speaker is the last mention before the verb.
    fn speaker_run(&self, j: usize, hi: usize) -> Option<(usize, usize, usize)> {
        let toks = self.doc.text.tokens();
        // Ten words at most before the verb; abbreviation dots and what
        // stands in brackets do not count ("Rep. Elijah E. Cummings (D-Md.)").
        let mut words = 0;
        // The last mention outside brackets, standing right before the verb
        // (brackets aside): "(D-Md.)" names no speaker, and lower-case
        // modifiers ("campaign lawyer") may only precede the name.
        let mut last = None;
        let mut adjacent = false;
        let mut depth = 0usize;
        for k in j..hi {
            if let Some((vend, _)) = self.verb_at(k) {
                return last.filter(|_| adjacent).map(|mi| (mi, k, vend));
            }
            let t = self.tok(k);
            if depth == 0 && !matches!(t, "." | "(" | ")") {
                words += 1;
                if words > 10 {
                    return None;
                }
            }
            // "the spokesman for the ministry, Arvind Rao, said": a name in
            // apposition between commas.
            if t == "," && depth == 0 {
                return self.apposed_name(k, hi);
            }
            match t {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => {}
            }
            let mention = self.doc.mentions.index_covering(k);
            if depth == 0 && !matches!(t, "(" | ")") {
                if let Some(mi) = mention {
                    last = Some(mi);
                    adjacent = true;
                } else {
                    adjacent = false;
                }
            }
            let kind = toks.get(k).map(|t| t.kind);
            let word = kind == Some(TokenKind::Word);
            let ok = mention.is_some()
                || depth > 0
                || matches!(t, "(" | ")" | "-" | "." | "'s" | "’s")
                || kind == Some(TokenKind::Possessive)
                || word && !matches!(t, "and" | "but" | "or" | "which" | "who" | "that");
            if !ok {
                return None;
            }
        }
        None
    }

    /// ", NAME, said": the name after the comma at `c` and the verb after it.
    fn apposed_name(&self, c: usize, hi: usize) -> Option<(usize, usize, usize)> {
        let mi = self.doc.mentions.index_covering(c + 1)?;
        let m = &self.doc.mentions.list[mi];
        if m.kind != MentionKind::Name || m.tokens.start != c + 1 || self.tok(m.tokens.end) != "," {
            return None;
        }
        let k = m.tokens.end + 1;
        let (vend, _) = self.verb_at(k).filter(|_| k < hi)?;
        Some((mi, k, vend))
    }

    /// An attribution before a quotation in the same sentence: `X said:`,
    /// `X said that`, `X told reporters:`.
    fn attribution_before(&self, open: usize) -> Option<(Attribution, bool)> {
        let si = self.doc.text.sentence_of(open);
        let s = &self.doc.text.sentences()[si];
        let lo = s.tokens.start;
        let mut j = open;
        let mut clause_frame = false;
        let mut verb = None;
        while j > lo {
            j -= 1;
            if self.in_quote[j] {
                break;
            }
            if let Some((vend, frames)) = self.verb_at(j) {
                if vend <= open {
                    verb = Some((j, vend, frames));
                    break;
                }
            }
        }
        let (vi, vend, frames) = verb?;
        // Between verb and quote: "that", a colon, an object ("reporters"), a date.
        // Only the last word between them is read: no list of them.
        let last_between = (vend < open).then(|| self.tok(open - 1));
        let colon = last_between.is_some_and(|t| t == ":" || t == ",");
        let that = last_between.is_some_and(|t| t.eq_ignore_ascii_case("that"));
        if (frames.that || frames.prep) && (colon || that || last_between.is_none()) {
            clause_frame = true;
        }
        let sp = self.subject_before(lo, vi).or_else(|| {
            // "According to X, ..." and inverted "said X:" forms.
            // Only right after the verb ("said Mr Khan:"), not a name
            // inside the reported clause.
            self.mention_after(vend, open.min(vend + 2))
        });
        Some((
            Attribution {
                speaker: sp,
                cue: Some(vi),
                cue_end: vend,
            },
            clause_frame,
        ))
    }

    fn statement(
        &self,
        content_parts: &[Span],
        mode: Mode,
        speaker: Option<usize>,
        cue: Option<(usize, usize)>,
        tokens: Range<usize>,
    ) -> Found {
        let src = self.doc.text.as_str();
        // Nearly always one part: no list of parts to join.
        let content = match content_parts {
            [one] => one.slice(src).trim().to_string(),
            _ => content_parts
                .iter()
                .map(|s| s.slice(src).trim())
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
        };
        let span = Span::new(
            content_parts.first().map_or(0, |s| s.start),
            content_parts.last().map_or(0, |s| s.end),
        );
        let cue_s = cue.map(|(a, b)| self.doc.text.slice_tokens(a..b).to_string());
        let date = cue.and_then(|(_, b)| self.date_near(b));
        Found {
            statement: Statement {
                speaker: speaker.map(|e| self.doc.mentions.entities[e].speaker()),
                content,
                mode,
                cue: cue_s,
                date,
                span,
            },
            entity: speaker,
            tokens,
        }
    }

    fn date_near(&self, after_cue: usize) -> Option<chrono::NaiveDate> {
        let toks = self.doc.text.tokens();
        let t = toks.get(after_cue)?;
        let lim = toks.get((after_cue + 4).min(toks.len() - 1))?.span().end;
        let d = self.doc.dates_in(Span::new(t.span().start, lim)).first()?;
        (d.start == d.end).then_some(d.start)
    }

    /// "A Long Road to Damascus": every word but the small ones
    /// capitalized, as titles of books, films and plans are written.
    fn title_case(&self, r: Range<usize>) -> bool {
        let toks = self.doc.text.tokens();
        let mut words = 0;
        for j in r {
            if toks[j].kind != TokenKind::Word {
                continue;
            }
            let w = self.tok(j);
            words += 1;
            let small = matches!(
                w,
                "of" | "to" | "the" | "a" | "an" | "and" | "in" | "on" | "for" | "at" | "by" | "or"
            );
            if !small && !w.starts_with(char::is_uppercase) {
                return false;
            }
        }
        words >= 2
    }

    /// Appends the spans of the non-empty parts of `q` to `out`.
    fn part_spans(&self, q: &Quotation, out: &mut Vec<Span>) {
        out.extend(
            q.parts()
                .filter(|r| r.end > r.start)
                .map(|r| self.doc.text.span_of(r.clone())),
        );
    }

    /// Transcript lines ("PENCE: Well, the question ..."): the words after
    /// the label, said by the labelled speaker. No quotation marks surround
    /// the utterance itself, so the mode is `indirect` with the colon as cue.
    /// `tokens` starts at the paragraph's first token.
    fn transcript_lines(&self) -> Vec<Found> {
        let toks = self.doc.text.tokens();
        let body = self.doc.body_start_token();
        let mut out = Vec::new();
        for p in self.doc.text.paragraphs() {
            let (Some(a), Some(b)) = (
                self.doc.text.sentences().get(p.sentences.start),
                self.doc.text.sentences().get(p.sentences.end.saturating_sub(1)),
            ) else {
                continue;
            };
            let (start, mut end) = (a.tokens.start, b.tokens.end);
            if start < body {
                continue;
            }
            let Some((label, colon)) = transcript_label(self.doc, start, end) else {
                continue;
            };
            while end > colon + 1 && toks[end - 1].is_quote() {
                end -= 1;
            }
            if (colon + 1..end).filter(|&j| toks[j].is_wordlike()).count() < 2 {
                continue;
            }
            let span = self.doc.text.span_of(colon + 1..end);
            let mut f = self.statement(
                &[span],
                Mode::Indirect,
                None,
                Some((colon, colon + 1)),
                start..end,
            );
            let name = self.doc.text.slice_tokens(label);
            f.entity = self.entity_by_last_name(name);
            f.statement.speaker = Some(match f.entity {
                Some(e) => self.doc.mentions.entities[e].speaker(),
                None => Speaker::new(Some(name_case(name)), None, None, SpeakerKind::Person),
            });
            out.push(f);
        }
        out
    }

    /// The person entity whose name ends in `word` (any case): "Chris
    /// Wallace" for a transcript label "WALLACE".
    fn entity_by_last_name(&self, word: &str) -> Option<usize> {
        self.doc.mentions.entities.iter().position(|e| {
            e.kind == SpeakerKind::Person
                && e.name
                    .as_deref()
                    .and_then(|n| n.split_whitespace().last())
                    .is_some_and(|l| l.eq_ignore_ascii_case(word))
        })
    }

    /// Handles quotation `qi` (and the one after it when an attribution
    /// interrupts them); returns how many quotations were consumed.
    fn quote(&mut self, qs: &[Quotation], qi: usize) -> usize {
        let q = &qs[qi];
        if self.transcript_starts.binary_search(&q.open).is_ok() {
            return 1;
        }
        let content = q.content();
        let words = content
            .clone()
            .filter(|&t| self.doc.text.tokens()[t].is_wordlike())
            .count();
        let si = self.doc.text.sentence_of(q.open);
        let sent = &self.doc.text.sentences()[si];
        // A paired single mark ('' ) starts one token earlier.
        let paired = q.open > 0 && paired_singles(self.doc, q.open - 1) == Some(QuoteDir::Open);
        let at_start = q.open == sent.tokens.start
            || paired && q.open - 1 == sent.tokens.start
            || self
                .in_quote
                .get(q.open.wrapping_sub(1))
                .copied()
                .unwrap_or(false);
        let before = if at_start {
            None
        } else {
            self.attribution_before(q.open)
        };
        let after = q.close.and_then(|c| self.attribution_after(c));
        let last = q.last();
        // Does the quotation run to the end of its sentence (or is it
        // followed only by its attribution)?
        let last_sent = &self.doc.text.sentences()[self.doc.text.sentence_of(last)];
        let tail_only_punct =
            (last + 1..last_sent.tokens.end).all(|k| !self.doc.text.tokens()[k].is_wordlike());
        let whole = at_start
            || before.is_some_and(|(_, clause)| clause) && tail_only_punct
            || before.is_none() && tail_only_punct;
        let mode = if whole && (after.is_some() || tail_only_punct || at_start) {
            Mode::Direct
        } else {
            Mode::Partial
        };
        if mode == Mode::Partial && (words < 3 || self.title_case(content.clone())) {
            return 1;
        }
        let mut consumed = 1;
        // 'He said "X", adding that ...': an attribution after the quote
        // without a speaker gives way to the one before it.
        let before_named = before.map(|b| b.0).filter(|b| b.speaker.is_some());
        let mut attribution = match after {
            Some(a) if a.speaker.is_none() && before_named.is_some() => before_named,
            _ => after.or(before.map(|b| b.0)),
        };
        // "We agree," he said, "and we will act."
        if let (Some(a), Some(next)) = (after, qs.get(qi + 1)) {
            let same_sentence = self.doc.text.sentence_of(next.open)
                == self.doc.text.sentence_of(a.cue_end.saturating_sub(1));
            let gap_ok = (a.cue_end..next.open).all(|k| {
                !self.doc.text.tokens()[k].is_wordlike()
                    || self.doc.mentions.covering(k).is_some()
                    || !self.doc.dates_in(self.doc.text.tokens()[k].span()).is_empty()
                    || matches!(
                        self.tok(k),
                        "in" | "a" | "statement" | "on" | "and" | "to" | "reporters"
                    )
            });
            // "X," Tester said, referring to the excuse, "Y.": any gap
            // within the sentence, when a comma leads into the second part.
            // '"X," he said, but "Y."': a conjunction may lead in too.
            let comma_led = next.open > 0
                && (matches!(self.tok(next.open - 1), "," | "—" | "–")
                    || matches!(self.tok(next.open - 1), "but" | "and" | "then")
                        && next.open > 1
                        && self.tok(next.open - 2) == ",");
            let near = (a.cue_end..next.open).len() <= 8 && gap_ok
                || comma_led
                    && (a.cue_end..next.open).len() <= 24
                    // ", adding later, "...": a second verb of saying opens
                    // a second statement ("the flood reports" is a noun).
                    && !(a.cue_end..next.open).any(|k| {
                        self.verb_at(k).is_some() && matches!(self.tok(k.saturating_sub(1)), "," | "and" | "then")
                    });
            if same_sentence && near && next.open > a.cue_end.saturating_sub(1) {
                consumed = 2;
                attribution = Some(a);
            }
        }
        if attribution.is_none() {
            attribution = q.close.and_then(|c| self.attribution_at_end(c));
        }
        // Unattributed inside a sentence, a quoted word or two is a scare
        // quote, and a quote in title case a title ("... To Use The Words
        // 'Islamic Terrorist.'"). A quotation opening its sentence ("Where?")
        // is an utterance.
        let utterance = at_start && tail_only_punct;
        if attribution.is_none()
            && consumed == 1
            && !utterance
            && (words < 3 || self.title_case(content.clone()))
        {
            return 1;
        }
        // A fragment inside a reported clause ("Moon, who said he hoped the
        // leaders had agreed to act "in a peaceful manner"") is the
        // reporter's subject's, whatever verb stands nearer.
        let reported = if mode == Mode::Partial {
            self.out
                .iter()
                .rev()
                .take(3)
                .find(|f| f.statement.mode == Mode::Indirect && f.tokens.contains(&q.open))
                .and_then(|f| f.entity)
        } else {
            None
        };
        let speaker = match attribution.and_then(|a| a.speaker) {
            _ if reported.is_some() => reported,
            Some(mi) => self.speaker_of_mention(mi),
            // 'The Tory leader went on: "..."': a colon after the writer's
            // words hands the quotation to the sentence's subject.
            None if mode == Mode::Direct && q.open > 0 && self.tok(q.open - 1) == ":" && !at_start => self
                .sentence_subject(si)
                .and_then(|mi| self.speaker_of_mention(mi))
                .or_else(|| self.last_speaker()),
            // A quotation standing alone continues the last speaker.
            None if mode == Mode::Direct => self.last_speaker(),
            None => self
                .sentence_subject(si)
                .and_then(|mi| self.speaker_of_mention(mi)),
        };
        let cue = attribution.and_then(|a| a.cue.map(|c| (c, a.cue_end)));
        let last_q = &qs[qi + consumed - 1];
        let mut parts = std::mem::take(&mut self.parts);
        parts.clear();
        for q in &qs[qi..qi + consumed] {
            self.part_spans(q, &mut parts);
        }
        let f = self.statement(&parts, mode, speaker, cue, content.start..last_q.content().end);
        self.parts = parts;
        if !f.statement.content.is_empty() {
            self.push(f);
        }
        consumed
    }

    /// Candidate indirect statements: a reporting verb outside quotations
    /// followed by a clause that is not itself a quotation.
    fn indirect_all(&self) -> Vec<Indirect> {
        let mut out = Vec::new();
        let body = self.doc.body_start_token();
        let mut next_match = 0;
        for s in self.doc.text.sentences() {
            if s.tokens.start < body {
                continue;
            }
            self.indirect_in(s.tokens.clone(), &mut next_match, &mut out);
        }
        out
    }

    /// Every indirect statement of one sentence. A sentence may hold
    /// several ("X acknowledged A, but said B"): each reporting verb is
    /// tried in turn, and a clause ends where a coordinated verb of saying
    /// begins.
    /// `next_match` is the first match not before the sentence: sentences
    /// come in order, and the matches before it were passed.
    fn indirect_in(&self, r: Range<usize>, next_match: &mut usize, out: &mut Vec<Indirect>) {
        let toks = self.doc.text.tokens();
        // Sentence end without its final punctuation.
        let mut end = r.end;
        while end > r.start && !toks[end - 1].is_wordlike() && !toks[end - 1].is_quote() {
            end -= 1;
        }
        let mut v = r.start;
        let mut last_subject: Option<usize> = None;
        // The end of the last clause found: inside it, only a nested report
        // with its own named subject right before the verb counts ("X said
        // Mr Blunkett had complained he had inherited a mess").
        let mut inside_until = r.start;
        // The verbs are read from the sentence's matches, in token order
        // (longest first at each token): far fewer than its tokens.
        let all = self.doc.matches.all();
        let mut from = *next_match;
        while all.get(from).is_some_and(|m| m.start() < r.start) {
            from += 1;
        }
        *next_match = from;
        for m in all[from..].iter().take_while(|m| m.start() < end) {
            if m.start() < v || !matches!(m.entry, Entry::Verb(_)) {
                continue;
            }
            v = m.start();
            let Some((vend, frames)) = self.verb_at(v) else {
                continue;
            };
            let nested = v < inside_until;
            let found = if nested {
                // Checked before the statement is made: most are dropped.
                self.forward(r.clone(), v, vend, frames, end, None)
                    .filter(|&(sp, _)| self.subject_adjacent(sp, v))
                    .map(|(sp, c)| Indirect::new(v, vend, sp, c))
            } else if frames.prep {
                self.according(r.clone(), v, vend, end)
            } else {
                self.forward(r.clone(), v, vend, frames, end, last_subject)
                    .map(|(sp, c)| Indirect::new(v, vend, sp, c))
                    .or_else(|| self.trailing(r.clone(), v, vend, end))
            };
            match found {
                Some(f) => {
                    if !nested {
                        last_subject = Some(f.speaker);
                    }
                    inside_until = inside_until.max(f.clause.end);
                    v = vend;
                    out.push(f);
                }
                None => v = vend,
            }
        }
    }

    /// The indirect statement `c`, its speaker resolved against the
    /// statements before it.
    fn indirect(&self, c: Indirect) -> Found {
        let span = self.doc.text.span_of(c.clause.clone());
        let mut f = self.statement(
            &[span],
            Mode::Indirect,
            None,
            Some((c.verb.start, c.verb.end)),
            c.clause,
        );
        f.entity = self.speaker_of_mention(c.speaker);
        f.statement.speaker = f.entity.map(|e| self.doc.mentions.entities[e].speaker());
        f
    }

    /// "X said (that) Y", "X told reporters Y", "X urged Y to Z",
    /// "X described Y as Z": the subject's mention and the reported clause,
    /// which [`Self::indirect`] makes a statement of.
    fn forward(
        &self,
        r: Range<usize>,
        v: usize,
        vend: usize,
        frames: Frames,
        end: usize,
        coordinated_subject: Option<usize>,
    ) -> Option<(usize, Range<usize>)> {
        let toks = self.doc.text.tokens();
        let mut k = vend;
        let lemma = self.lemma_at(v);
        if matches!(lemma, "tell" | "inform" | "assure" | "brief" | "remind") {
            k = self.skip_object(k, end);
        }
        // "said also a first shipment will leave": an adverb before the clause.
        while k < end && matches!(self.tok(k), "also" | "further" | "again" | "too" | "today") {
            k += 1;
        }
        // A date or place between verb and clause: "confirmed on Sunday that".
        // Not past another verb of saying (", adding that": its own clause).
        let that = (k..end.min(k + 6))
            .map(|j| (j, self.tok(j)))
            .take_while(|&(j, w)| !(w == "," && self.verb_at(j + 1).is_some()))
            .find(|(_, w)| w.eq_ignore_ascii_case("that"))
            .map(|(j, _)| j);
        // "urged X to Y" and "described X as Y" need their particle.
        let has = |w: &str, n: usize| (k..end.min(k + n)).any(|j| self.tok(j) == w);
        let cstart = match that {
            Some(j) => j + 1,
            None if frames.to && has("to", 6) || frames.as_ && has("as", 12) => k,
            None if frames.that && self.starts_clause(k, end) => k,
            None => return None,
        };
        if cstart >= end
            || self.in_quote[cstart]
            || !self.quoted_subject(cstart, end)
                && (starts_with_open(self.doc, cstart) || !self.doc.text.tokens()[cstart].is_wordlike())
        {
            // A clause quoted whole is a direct quote, read elsewhere.
            return None;
        }
        let cend = self.clause_end(cstart, end);
        // 'adding later, "NATO is ..."': the clause is the quotation.
        if (cstart + 1..cend.min(cstart + 4))
            .any(|j| starts_with_open(self.doc, j) && matches!(self.tok(j - 1), "," | ":"))
        {
            return None;
        }
        // Three words make a clause: the count stops there.
        let words = (cstart..cend).filter(|&j| toks[j].is_wordlike()).take(3).count();
        if words < 3 {
            return None;
        }
        // The subject: before the verb, or the subject of the verb this one
        // is coordinated with ("... but said ...").
        let coordinated = v > r.start && matches!(self.tok(v - 1), "and" | "but" | "," | "adding" | "also");
        let sp = self
            .subject_before(r.start, v)
            .filter(|&mi| {
                !coordinated || coordinated_subject.is_none() || self.mention_is_subject(mi, r.start)
            })
            .or(if coordinated { coordinated_subject } else { None })
            .or_else(|| self.mention_after(vend, cstart.min(vend + 5)))?;
        Some((sp, cstart..cend))
    }

    /// 'He said that "Germany and most European countries" have supported
    /// ...': a quotation opening the clause as its subject, with the clause
    /// going on after it (two words or more outside the marks).
    fn quoted_subject(&self, cstart: usize, end: usize) -> bool {
        if !starts_with_open(self.doc, cstart) {
            return false;
        }
        let toks = self.doc.text.tokens();
        let mut j = cstart + 1;
        while j < end && (self.in_quote[j] || !toks[j].is_quote()) {
            j += 1;
        }
        // Its verb follows ("have supported"); a quoted object ('pledged
        // "every assistance" to the families') is no clause.
        let stop = (j + 1..end)
            .find(|&k| self.in_quote[k] || toks[k].is_quote())
            .unwrap_or(end);
        (j + 1..stop).filter(|&k| toks[k].is_wordlike()).count() >= 2
            && self.has_finite(j + 1..stop.min(j + 4))
    }

    /// Whether mention `mi` is a name or title standing right before the
    /// verb at `v` (an auxiliary between: "Mr Blunkett had complained").
    fn subject_adjacent(&self, mi: usize, v: usize) -> bool {
        let m = &self.doc.mentions.list[mi];
        matches!(m.kind, MentionKind::Name | MentionKind::Title)
            && m.tokens.end <= v
            && (m.tokens.end..v).all(|k| matches!(self.tok(k), "had" | "has" | "have" | "also"))
    }

    fn mention_is_subject(&self, mi: usize, sentence_start: usize) -> bool {
        let m = &self.doc.mentions.list[mi];
        m.tokens.start == sentence_start || self.tok(m.tokens.start - 1) == ","
    }

    /// Whether a bare clause (no "that") starts at `k`: a subject-like word
    /// followed within a few words by a finite verb. "stressed the
    /// importance of ties" has none and is no statement.
    fn starts_clause(&self, k: usize, end: usize) -> bool {
        let Some(t) = self.doc.text.tokens().get(k) else {
            return false;
        };
        if !t.is_wordlike() {
            return false;
        }
        let opener = with_ascii_lower(self.tok(k), |w| {
            matches!(
                w,
                "in" | "on"
                    | "at"
                    | "by"
                    | "for"
                    | "to"
                    | "with"
                    | "after"
                    | "before"
                    | "during"
                    | "so"
                    | "nothing"
                    | "something"
                    | "yes"
                    | "no"
                    | "goodbye"
                    | "hello"
                    | "sorry"
                    | "thanks"
                    | "as"
                    | "of"
                    | "from"
            )
        });
        if opener {
            return false;
        }
        // "saying Tokyo maintains a policy": a named subject and a verb in
        // -s right after it.
        if let Some(m) = self.doc.mentions.covering(k).filter(|m| m.tokens.start == k) {
            let v = self.tok(m.tokens.end);
            if v.len() > 3
                && v.ends_with('s')
                && !v.ends_with("ss")
                && v.starts_with(|c: char| c.is_ascii_lowercase())
                && self.doc.mentions.covering(m.tokens.end).is_none()
            {
                return true;
            }
        }
        // The finite verb belongs to the clause only before a subordinate
        // clause or a comma opens ("stressed the pledge, when he met ...").
        let lim = end.min(k + 12);
        let stop = (k + 1..lim)
            .find(|&j| {
                matches!(self.first_byte(j), b',' | b'w' | b'b' | b'i' | b's' | b'u')
                    && matches!(
                        self.tok(j),
                        "," | "when"
                            | "while"
                            | "because"
                            | "if"
                            | "who"
                            | "which"
                            | "where"
                            | "since"
                            | "until"
                    )
            })
            .unwrap_or(lim);
        self.has_finite(k + 1..stop)
    }

    /// Whether a finite verb stands in `r`: an auxiliary, a modal, a common
    /// past form, or a word in -ed not after an article.
    fn has_finite(&self, r: Range<usize>) -> bool {
        let t = finite_words();
        let src = self.doc.text.as_str().as_bytes();
        r.into_iter().any(|j| {
            // Length and first and last bytes rule out most words before
            // the word is sliced.
            let Some(b) = self
                .doc
                .text
                .tokens()
                .get(j)
                .and_then(|x| src.get(x.start()..x.end()))
            else {
                return false;
            };
            let first = b.first().map_or(0, u8::to_ascii_lowercase);
            let may_be_finite = t
                .firsts
                .get(b.len())
                .is_some_and(|&mask| first < 128 && mask >> first & 1 == 1);
            may_be_finite && is_finite_word(self.tok(j))
                || (b.len() > 4
                    && b[b.len() - 2..].eq_ignore_ascii_case(b"ed")
                    && j > 0
                    && !matches!(self.tok(j - 1), "the" | "a" | "an"))
        })
    }

    /// A clause runs to the sentence end, or to a coordinated verb of
    /// saying (", adding that", "and said"), or to an opening quote that
    /// starts a direct quotation.
    fn clause_end(&self, cstart: usize, end: usize) -> usize {
        let mut j = cstart + 1;
        // Whether the word before `j` is a colon, kept rather than read again.
        let mut after_colon = self.tok(cstart) == ":";
        while j < end {
            // Every word looked for starts with one of these bytes (0xE2
            // opens the dashes), or follows a colon: most words are passed
            // on their first byte, unread.
            if !after_colon {
                j = self.next_lead(j, end, |b| {
                    matches!(b, b',' | b'a' | b'b' | b';' | b'-' | 0xE2 | b':')
                });
                if j >= end {
                    break;
                }
            }
            let w = self.tok(j);
            if matches!(w, "," | "and" | "but" | ";" | "-" | "—" | "–") {
                let mut k = j + 1;
                // "... - though he acknowledged ...": another verb of saying.
                while k < end
                    && matches!(
                        self.tok(k),
                        "and" | "but" | "he" | "she" | "they" | "also" | "later" | "though" | "although"
                    )
                {
                    k += 1;
                }
                if self.verb_at(k).is_some() && k > j {
                    return j;
                }
                if w == ";" {
                    return j;
                }
            }
            // 'Ambassador X wrote: "..."' is another statement.
            if w == ":" || after_colon && starts_with_open(self.doc, j) {
                return j;
            }
            if w == "adding" {
                return if self.tok(j - 1) == "," { j - 1 } else { j };
            }
            after_colon = w == ":";
            j += 1;
        }
        end
    }

    // The hearer of "told reporters", "told the BBC's Today programme",
    // "told him": a mention, or a few words naming an audience.
    fn skip_object(&self, k: usize, end: usize) -> usize {
        // "told BBC Radio 4's Today programme": a named outlet.
        let toks = self.doc.text.tokens();
        let mut n = self
            .doc
            .mentions
            .covering(k)
            .map_or(k, |m| m.tokens.end.clamp(k, end));
        while n < end
            && n < k + 6
            && (self.tok(n).starts_with(char::is_uppercase)
                || toks[n].kind == TokenKind::Number
                || toks[n].kind == TokenKind::Possessive)
        {
            n += 1;
        }
        if n > k
            && n < end
            && matches!(
                self.tok(n),
                "programme"
                    | "program"
                    | "show"
                    | "newspaper"
                    | "radio"
                    | "television"
                    | "channel"
                    | "magazine"
                    | "website"
            )
        {
            return n + 1;
        }
        if let Some(m) = self.doc.mentions.covering(k) {
            if m.kind != MentionKind::Document {
                return m.tokens.end.min(end);
            }
        }
        let mut j = k;
        while j < end && j < k + 6 {
            let audience = with_ascii_lower(self.tok(j), |w| {
                matches!(
                w,
                "reporters" | "journalists" | "newsmen" | "news"
                    | "conference"
                    | "press"
                    | "parliament"
                    | "lawmakers"
                    | "mps"
                    | "state"
                    | "media"
                    | "television"
                    | "radio"
                    | "agency"
                    | "newspaper"
                    | "briefing"
                    | "him"
                    | "her"
                    | "them"
                    | "us"
                    | "me"
                    | "an"
                    | "interview"
                    | "audience"
                    | "crowd"
                    | "delegates"
                    | "supporters"
                    | "'s"
                ) || self.doc.text.tokens()[j].kind == TokenKind::Possessive
                // "the BBC", "a news conference", not "the sanctions would ..."
                || matches!(w, "the" | "a" | "an")
                    && (self.doc.mentions.covering(j + 1).is_some()
                        || matches!(self.tok(j + 1), "news" | "press" | "reporters" | "journalists" | "briefing" | "conference"))
            });
            if !audience {
                break;
            }
            j += 1;
        }
        j
    }

    fn lemma_at(&self, v: usize) -> &'static str {
        self.doc
            .matches
            .find_at(v, |m| match m.entry {
                Entry::Verb(i) => Some(self.doc.gazetteer.verbs()[i as usize].lemma),
                _ => None,
            })
            .map_or("", |(_, l)| l)
    }

    fn trailing(&self, r: Range<usize>, v: usize, vend: usize, end: usize) -> Option<Indirect> {
        let toks = self.doc.text.tokens();
        // speaker after the verb: ", said X."
        let (comma, sp) = if v > r.start && self.tok(v - 1) == "," {
            // ", said the minister.": the speaker right after the verb, not
            // a name inside a clause (", saying Tokyo maintains ...").
            let sp = self.mention_after(vend, end.min(vend + 2))?;
            let after = self.doc.mentions.list[sp].tokens.end;
            let tail_ok = after >= end
                || !toks[after].is_wordlike()
                || matches!(
                    self.tok(after),
                    "on" | "in" | "at" | "after" | "during" | "late" | "earlier" | "today"
                );
            if !tail_ok {
                return None;
            }
            (v - 1, sp)
        } else {
            let mi = self.mention_before(r.start, v)?;
            let m = &self.doc.mentions.list[mi];
            let mut c = m.tokens.start;
            // ", Western diplomats said": a modifier or two may precede.
            let mut back = 0;
            // Not a verb of saying (", saying Tokyo maintains").
            while back < 2
                && c > r.start + 1
                && self.tok(c - 1) != ","
                && toks[c - 1].kind == TokenKind::Word
                && self.verb_at(c - 1).is_none()
            {
                c -= 1;
                back += 1;
            }
            if c <= r.start || self.tok(c - 1) != "," {
                return None;
            }
            c -= 1;
            // Only auxiliaries and a place between speaker and verb ("the
            // Foreign Office in Islamabad said").
            if (m.tokens.end..v).any(|k| {
                let w = self.tok(k);
                !matches!(
                    w,
                    "has" | "had" | "have" | "also" | "later" | "further" | "in" | "at" | "of"
                ) && !w.starts_with(char::is_uppercase)
            }) {
                return None;
            }
            (c, mi)
        };
        // The rest after the attribution must be short (a date, "in a
        // statement") and no quotation ('X wrote: "..."').
        // ", he said, adding that ...": the rest ends where the next verb of
        // saying takes over.
        let rest_end = (vend..end)
            .find(|&k| self.first_byte(k) == b',' && self.tok(k) == "," && self.verb_at(k + 1).is_some())
            .unwrap_or(end);
        if (vend..rest_end)
            .filter(|&k| toks[k].is_wordlike())
            .take(9)
            .count()
            > 8
            || (vend..rest_end).any(|k| self.in_quote[k] || self.tok(k) == ":")
        {
            return None;
        }
        let cstart = r.start;
        if self.in_quote[cstart]
            || starts_with_open(self.doc, cstart)
            || self.in_quote[comma.saturating_sub(1)]
        {
            return None;
        }
        let words = (cstart..comma).filter(|&j| toks[j].is_wordlike()).take(3).count();
        if words < 3 || !self.has_finite(cstart..comma) {
            return None;
        }
        Some(Indirect::new(v, vend, sp, cstart..comma))
    }

    fn according(&self, r: Range<usize>, v: usize, vend: usize, end: usize) -> Option<Indirect> {
        let toks = self.doc.text.tokens();
        let hi = (vend + 8).min(end);
        let mut sp = self.mention_after(vend, hi)?;
        // "according to a statement issued by the Foreign Office": the
        // issuer named after the document.
        if self.doc.mentions.list[sp].kind == MentionKind::Document {
            let after = self.doc.mentions.list[sp].tokens.end;
            let by = (after..hi.min(after + 3)).find(|&k| matches!(self.tok(k), "by" | "from" | "of"));
            if let Some(issuer) = by.and_then(|k| self.mention_after(k + 1, (k + 4).min(end))) {
                sp = issuer;
            }
        }
        let (cstart, cend) = if v == r.start || (v == r.start + 1 && !toks[r.start].is_wordlike()) {
            // "According to X, Y."
            let comma = (vend..end).find(|&k| self.tok(k) == ",")?;
            (comma + 1, end)
        } else if self.tok(v - 1) == "," {
            (r.start, v - 1)
        } else {
            return None;
        };
        // "In a letter to the Council, Ambassador X wrote: ...": the clause
        // has its own verb of saying and its own speaker.
        if cstart >= cend || self.in_quote[cstart] || (cstart..cend).any(|j| self.verb_at(j).is_some()) {
            return None;
        }
        // Three words make a clause: the count stops there.
        let words = (cstart..cend).filter(|&j| toks[j].is_wordlike()).take(3).count();
        if words < 3 {
            return None;
        }
        Some(Indirect::new(v, vend, sp, cstart..cend))
    }
}
