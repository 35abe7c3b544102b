//! The extractors and the [`Extractor`] that runs them.
//!
//! Extraction is a pipeline of passes over one annotated document ([`Doc`]):
//! segmentation ([`crate::text`]), dictionary matching
//! ([`crate::gazetteer`]), dates ([`crate::temporal`]), then mentions,
//! statements, visits and delegations, each a function from the annotations
//! before it to new annotations. No pass re-tokenizes.

pub mod delegations;
pub mod mentions;
pub mod statements;
pub mod visits;

use chrono::NaiveDate;

use crate::gazetteer::{Gazetteer, Matches};
use crate::model::{Extraction, Span};
use crate::temporal::{self, DateMention, DateOptions, DurationMention};
use crate::text::Text;

/// A document to read: its text and, optionally, its publication date.
///
/// The publication date anchors relative dates ("on Sunday") and decides
/// whether a visit is planned, ongoing or completed.
#[derive(Clone, Debug)]
pub struct Document<'t> {
    text: &'t str,
    published: Option<NaiveDate>,
}

impl<'t> Document<'t> {
    /// A document with no known publication date.
    pub fn new(text: &'t str) -> Document<'t> {
        Document {
            text,
            published: None,
        }
    }

    /// Sets the publication date.
    pub fn published(mut self, date: NaiveDate) -> Document<'t> {
        self.published = Some(date);
        self
    }

    /// Sets the publication date from a `YYYY-MM-DD` string.
    ///
    /// ```
    /// use attache::Document;
    /// assert!(Document::new("").published_str("2024-13-45").is_err());
    /// ```
    pub fn published_str(self, date: &str) -> Result<Document<'t>, crate::Error> {
        Ok(self.published(temporal::parse_date(date)?))
    }

    /// The text.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The publication date, if set.
    pub fn publication_date(&self) -> Option<NaiveDate> {
        self.published
    }
}

impl<'t> From<&'t str> for Document<'t> {
    fn from(text: &'t str) -> Document<'t> {
        Document::new(text)
    }
}

/// The longest text [`Extractor::extract`] reads as one piece unless
/// [`ExtractorBuilder::piece_len`] says otherwise: 1 MiB, some fifty news
/// articles.
pub const PIECE_LEN: usize = 1 << 20;

/// Options for an [`Extractor`].
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    day_first: bool,
    piece_len: usize,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder {
            day_first: false,
            piece_len: PIECE_LEN,
        }
    }
}

impl ExtractorBuilder {
    /// Reads numeric dates like `4/5/2024` day first (British usage).
    pub fn day_first(mut self, yes: bool) -> ExtractorBuilder {
        self.day_first = yes;
        self
    }

    /// The longest text read as one piece, in bytes (default [`PIECE_LEN`],
    /// at most [`MAX_TEXT`](crate::text::MAX_TEXT)).
    ///
    /// A longer text is read in pieces cut at paragraph breaks (at line
    /// breaks, or anywhere, in a piece without one), so that the working
    /// tables of one piece are all that is held besides the records: memory
    /// grows with the records, not with the tables of the whole text. What
    /// links across a cut is not followed: a pronoun speaker, a visit's
    /// later evidence, a headline or dateline (the first piece's dateline
    /// holds for all). Raise it to read a long text whole.
    ///
    /// ```
    /// use attache::{Document, Extractor};
    ///
    /// let text = "\"We agree,\" Ana Ruiz said.\n\n\"So do we,\" Otto Brandt said.\n\n";
    /// let whole = Extractor::new().extract(&Document::new(text));
    /// let cut = Extractor::builder().piece_len(30).build().extract(&Document::new(text));
    /// assert_eq!(whole.statements, cut.statements);
    /// ```
    pub fn piece_len(mut self, bytes: usize) -> ExtractorBuilder {
        self.piece_len = bytes.clamp(1, crate::text::MAX_TEXT);
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        Extractor {
            gazetteer: Gazetteer::builtin(),
            day_first: self.day_first,
            piece_len: self.piece_len,
        }
    }
}

/// Reads documents and returns visits, delegations and statements.
///
/// Cheap to create and to share across threads (`Send + Sync`): the built-in
/// tables are parsed once per process.
///
/// ```
/// use attache::{Document, Extractor};
///
/// let ex = Extractor::new();
/// let doc = Document::new("\"We will act,\" the minister said.");
/// let out = ex.extract(&doc);
/// assert_eq!(out.statements.len(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: &'static Gazetteer,
    day_first: bool,
    piece_len: usize,
}

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// An extractor with the built-in tables and default options.
    pub fn new() -> Extractor {
        ExtractorBuilder::default().build()
    }

    /// Options for an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The tables this extractor uses.
    pub fn gazetteer(&self) -> &'static Gazetteer {
        self.gazetteer
    }

    /// Reads one document. Never fails and never panics: text with nothing
    /// of interest gives an empty [`Extraction`].
    ///
    /// A text longer than [`ExtractorBuilder::piece_len`] (default 1 MiB) is
    /// read in pieces cut at paragraph breaks, each on its own; the records
    /// of all pieces come back together with spans into the whole text.
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        self.extract_in_pieces(doc, self.piece_len)
    }

    fn extract_in_pieces(&self, doc: &Document<'_>, limit: usize) -> Extraction {
        if doc.text.len() <= limit {
            return self.extract_piece(doc, None).0;
        }
        let mut all = Extraction::default();
        let mut carry = None;
        let mut a = 0;
        while a < doc.text.len() {
            let b = piece_end(doc.text, a, limit);
            let piece = Document {
                text: &doc.text[a..b],
                published: doc.published,
            };
            let (mut out, first) = self.extract_piece(&piece, carry.as_ref());
            carry.get_or_insert(first);
            let shift = |s: &mut Span| *s = Span::new(s.start + a, s.end + a);
            for v in &mut out.visits {
                v.evidence.iter_mut().for_each(shift);
            }
            for d in &mut out.delegations {
                d.visit = d.visit.map(|i| i + all.visits.len());
                d.members.iter_mut().for_each(|m| shift(&mut m.span));
            }
            for st in &mut out.statements {
                shift(&mut st.span);
            }
            all.visits.append(&mut out.visits);
            all.delegations.append(&mut out.delegations);
            all.statements.append(&mut out.statements);
            a = b;
        }
        all
    }

    /// The records of `doc`, read as a piece after the one `carry` comes
    /// from when it is given, and what a next piece takes from this one.
    fn extract_piece(&self, doc: &Document<'_>, carry: Option<&Carry>) -> (Extraction, Carry) {
        let d = Doc::with_carry(self, doc, carry);
        let statements = statements::extract(&d);
        let visits = visits::extract_found(&d, &statements);
        let delegations = delegations::extract(&d, &visits);
        d.records(statements, visits, delegations)
    }

    /// Reads every document of `docs` and returns their extractions in the
    /// order of `docs`; each equals [`Extractor::extract`] on its document.
    ///
    /// Short documents are read a group at a time, each pass over the whole
    /// group before the next pass starts: the code of one pass then stays
    /// in the processor's cache rather than being fetched again for every
    /// document (it halves instruction cache misses on news, a few percent
    /// of the time). With the cargo feature `parallel` the groups are read
    /// on rayon's pool (to bound its threads, call this inside
    /// `rayon::ThreadPool::install`).
    ///
    /// ```
    /// use attache::{Document, Extractor};
    ///
    /// let docs = vec![
    ///     Document::new("\"We will act,\" the minister said."),
    ///     Document::new("Nothing to see here."),
    /// ];
    /// let out = Extractor::new().extract_many(&docs);
    /// assert_eq!(out.len(), 2);
    /// assert_eq!(out[0].statements.len(), 1);
    /// ```
    pub fn extract_many(&self, docs: &[Document<'_>]) -> Vec<Extraction> {
        let groups = groups(docs, self.piece_len);
        crate::parallel::map_in_order(groups, |r| self.extract_group(&docs[r]))
            .into_iter()
            .flatten()
            .collect()
    }

    /// [`Extractor::extract`] of each document of `group`, pass by pass.
    fn extract_group(&self, group: &[Document<'_>]) -> Vec<Extraction> {
        if let [doc] = group {
            // (perhaps a long text, read in pieces)
            return vec![self.extract(doc)];
        }
        // The passes of `Doc::with_carry` and `extract_piece`, in the same
        // order, each over the whole group.
        let texts = group.iter().map(|d| Text::new(d.text));
        let annotated: Vec<(Text<'_>, Matches)> = texts
            .map(|t| {
                let m = self.gazetteer.annotate(&t);
                (t, m)
            })
            .collect();
        let dated: Vec<Dated> = group
            .iter()
            .zip(&annotated)
            .map(|(doc, (text, _))| Dated::new(self, doc, text, None))
            .collect();
        let mut ds: Vec<Doc<'_>> = group
            .iter()
            .zip(annotated)
            .zip(dated)
            .map(|((doc, (text, matches)), dated)| Doc::assemble(self, doc, text, matches, dated, false))
            .collect();
        for d in &mut ds {
            d.mentions = mentions::find(d);
        }
        let statements: Vec<_> = ds.iter().map(statements::extract).collect();
        let visits: Vec<_> = ds
            .iter()
            .zip(&statements)
            .map(|(d, s)| visits::extract_found(d, s))
            .collect();
        let delegations: Vec<_> = ds
            .iter()
            .zip(&visits)
            .map(|(d, v)| delegations::extract(d, v))
            .collect();
        ds.into_iter()
            .zip(statements)
            .zip(visits)
            .zip(delegations)
            .map(|(((d, s), v), g)| d.records(s, v, g).0)
            .collect()
    }
}

/// The most documents and bytes [`Extractor::extract_many`] reads as one
/// group. On news, groups of 32 halve the instruction cache misses and 64
/// gain almost nothing more (groups of 8: a third fewer); the byte bound
/// keeps the working tables a group holds at once (tens of bytes per byte
/// of text) to a few megabytes.
const GROUP_DOCS: usize = 32;
const GROUP_BYTES: usize = 64 << 10;

/// `docs` cut into consecutive groups for [`Extractor::extract_group`]: a
/// document longer than [`GROUP_BYTES`] or `piece_len` is a group of its own.
fn groups(docs: &[Document<'_>], piece_len: usize) -> Vec<std::ops::Range<usize>> {
    let alone = |d: &Document<'_>| d.text.len() > GROUP_BYTES.min(piece_len);
    let mut out = Vec::new();
    let (mut start, mut bytes) = (0, 0);
    for (i, d) in docs.iter().enumerate() {
        let full = i - start == GROUP_DOCS || bytes + d.text.len() > GROUP_BYTES;
        if i > start && (alone(d) || full) {
            out.push(start..i);
            (start, bytes) = (i, 0);
        }
        bytes += d.text.len();
        if alone(d) {
            out.push(i..i + 1);
            (start, bytes) = (i + 1, 0);
        }
    }
    if start < docs.len() {
        out.push(start..docs.len());
    }
    out
}

/// What the pieces after the first of a long text take from it: the place
/// and day of its wire dateline.
#[derive(Clone, Debug)]
struct Carry {
    dateline: Option<(&'static str, String)>,
    reference: Option<NaiveDate>,
}

/// The end of the piece of `text` starting at `a` and at most `limit` bytes
/// long: after the last paragraph break in it, else at its last line break,
/// else at the last character boundary (always past `a`).
fn piece_end(text: &str, a: usize, limit: usize) -> usize {
    let mut b = a.saturating_add(limit.max(4)).min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    if b == text.len() {
        return b;
    }
    let window = &text[a..b];
    let cut = window
        .rfind("\n\n")
        .map(|k| k + 2)
        .or_else(|| window.rfind('\n').map(|k| k + 1))
        .filter(|&k| k > 0)
        .map_or(b, |k| a + k);
    if cut > a {
        cut
    } else {
        // A char longer than the limit: take it whole.
        a + text[a..].chars().next().map_or(1, char::len_utf8)
    }
}

/// One document with every annotation the extractors share.
pub struct Doc<'t> {
    /// Paragraphs, sentences and tokens.
    pub text: Text<'t>,
    /// Dictionary matches.
    pub matches: Matches,
    /// Date expressions, by span.
    pub dates: Vec<DateMention>,
    /// Durations ("a four-day visit"), by span.
    pub durations: Vec<DurationMention>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// The country and city of the wire dateline, when there is one.
    pub dateline: Option<(&'static str, String)>,
    /// The tables.
    pub gazetteer: &'static Gazetteer,
    /// People, organisations and groups.
    pub mentions: mentions::Mentions,
    /// The day relative dates count from: the publication date, else the
    /// dateline's day.
    pub reference: Option<NaiveDate>,
    /// A piece after the first of a long text: it has no headline.
    continued: bool,
}

impl<'t> Doc<'t> {
    /// Runs the shared passes over `doc`.
    pub fn new(ex: &Extractor, doc: &Document<'t>) -> Doc<'t> {
        Doc::with_carry(ex, doc, None)
    }

    /// Runs the shared passes over `doc`, a piece after the first of a long
    /// text when `carry` (from the first) is given.
    fn with_carry(ex: &Extractor, doc: &Document<'t>, carry: Option<&Carry>) -> Doc<'t> {
        let text = Text::new(doc.text);
        let matches = ex.gazetteer.annotate(&text);
        let dated = Dated::new(ex, doc, &text, carry);
        let mut d = Doc::assemble(ex, doc, text, matches, dated, carry.is_some());
        d.mentions = mentions::find(&d);
        d
    }

    /// The document of the annotations before mentions.
    fn assemble(
        ex: &Extractor,
        doc: &Document<'t>,
        text: Text<'t>,
        matches: Matches,
        dated: Dated,
        continued: bool,
    ) -> Doc<'t> {
        Doc {
            text,
            matches,
            dates: dated.dates,
            durations: dated.durations,
            published: doc.published,
            dateline: dated.dateline,
            gazetteer: ex.gazetteer,
            mentions: mentions::Mentions::default(),
            reference: dated.reference,
            continued,
        }
    }

    /// The records the extractors found in this document, and what a next
    /// piece of its text takes from it.
    fn records(
        mut self,
        statements: Vec<statements::Found>,
        visits: Vec<visits::FoundVisit>,
        delegations: Vec<crate::model::Delegation>,
    ) -> (Extraction, Carry) {
        // (moved out, not copied: the tables are done with)
        let next = Carry {
            dateline: self.dateline.take(),
            reference: self.reference,
        };
        // The document's tables go before the records are moved out.
        drop(self);
        let out = Extraction {
            visits: visits.into_iter().map(|v| v.visit).collect(),
            delegations,
            statements: statements.into_iter().map(|s| s.statement).collect(),
        };
        (out, next)
    }

    /// First token after the headline, if there is one.
    pub fn body_start_token(&self) -> usize {
        if self.continued {
            0
        } else {
            body_start(&self.text)
        }
    }

    /// Date mentions whose span lies within `span`.
    pub fn dates_in(&self, span: crate::Span) -> &[DateMention] {
        let a = self.dates.partition_point(|d| d.span.start < span.start);
        let b = self.dates.partition_point(|d| d.span.start < span.end);
        &self.dates[a..b.max(a)]
    }
}

/// What the date pass finds in a document: its dateline, the day its
/// relative dates count from, its dates and durations.
struct Dated {
    dateline: Option<(&'static str, String)>,
    reference: Option<NaiveDate>,
    dates: Vec<DateMention>,
    durations: Vec<DurationMention>,
}

impl Dated {
    /// The date pass over `doc` (tokenized as `text`), a piece after the
    /// first of a long text when `carry` (from the first) is given.
    fn new(ex: &Extractor, doc: &Document<'_>, text: &Text<'_>, carry: Option<&Carry>) -> Dated {
        let opts = DateOptions::new()
            .reference(doc.published)
            .day_first(ex.day_first);
        let (dateline, reference) = match carry {
            Some(c) => (c.dateline.clone(), c.reference),
            None => {
                // The wire dateline ("BONN, March 3 -") gives the place of
                // the report and, without a publication date, its day.
                let body = text
                    .tokens()
                    .get(body_start(text))
                    .map_or(doc.text.len(), |t| t.span().start);
                let found = temporal::find_dateline(&doc.text[body..], &opts);
                let dateline = found.as_ref().and_then(|(_, city, _)| {
                    let city = city.as_deref()?;
                    let iso = ex.gazetteer.country_code(city)?;
                    Some((iso, title_case(city)))
                });
                let reference = doc
                    .published
                    .or_else(|| found.and_then(|(_, _, d)| d).map(|d| d.start));
                (dateline, reference)
            }
        };
        let opts = opts.reference(reference);
        let (dates, durations) = temporal::find_dates_and_durations(doc.text, &opts);
        Dated {
            dateline,
            reference,
            dates,
            durations,
        }
    }
}

fn body_start(text: &Text<'_>) -> usize {
    if text.has_headline() {
        text.paragraphs()
            .get(1)
            .and_then(|p| text.sentences().get(p.sentences.start))
            .map_or(0, |s| s.tokens.start)
    } else {
        0
    }
}

// "ISLAMABAD" -> "Islamabad", "NEW DELHI" -> "New Delhi".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || c == '-';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // The 4 GiB cut cannot be tried in a test; the same code with a small
    // limit can.
    #[test]
    fn long_texts_are_read_in_pieces_with_spans_into_the_whole() {
        let para = "\"We will keep talking,\" Foreign Minister Ana Ruiz said on Monday.\n\n\
                    Chancellor Otto Brandt will visit Chile from May 3 to 5, his office said.\n\n";
        let text = para.repeat(5);
        let ex = Extractor::new();
        let doc = Document::new(&text).published(NaiveDate::from_ymd_opt(2024, 4, 21).unwrap());
        let whole = ex.extract_in_pieces(&doc, usize::MAX);
        let pieces = ex.extract_in_pieces(&doc, para.len() + 7);
        assert!(!pieces.statements.is_empty() && !pieces.visits.is_empty());
        for st in &pieces.statements {
            assert!(text.is_char_boundary(st.span.start) && text.is_char_boundary(st.span.end));
            assert!(text[st.span.start..st.span.end].contains(st.content.as_str()));
        }
        let contents = |e: &Extraction| e.statements.iter().map(|s| s.content.clone()).collect::<Vec<_>>();
        assert_eq!(contents(&pieces), contents(&whole));
        for v in &pieces.visits {
            for sp in &v.evidence {
                assert!(text[sp.start..sp.end].contains("visit"));
            }
        }
        for d in &pieces.delegations {
            assert!(d.visit.is_none_or(|i| i < pieces.visits.len()));
        }
    }

    #[test]
    fn later_pieces_keep_the_first_pieces_dateline() {
        let first = "LIMA, May 2 (Reuters) - Talks on trade went on for a third day.\n\n";
        let filler = "The delegations met again in the afternoon.\n\n".repeat(4);
        let last = "Foreign Minister Ana Ruiz of Chile arrived here on Monday for talks.\n\n";
        let text = format!("{first}{filler}{last}");
        let ex = Extractor::builder().piece_len(first.len() + 10).build();
        let out = ex.extract(&Document::new(&text));
        let v = out
            .visits
            .iter()
            .find(|v| v.visitor.name.as_deref() == Some("Ana Ruiz"));
        let v = v.expect("the visit of the last piece");
        assert_eq!(v.host.as_deref(), Some("PE"));
        assert!(v.evidence.iter().all(|sp| sp.start >= text.len() - last.len()));
    }

    #[test]
    fn groups_cover_every_document_in_order_within_bounds() {
        let big = "x".repeat(GROUP_BYTES + 1);
        let mid = "y".repeat(GROUP_BYTES / 3);
        let mut texts: Vec<&str> = Vec::new();
        for i in 0..200 {
            texts.push(match i % 23 {
                0 => &big,
                5..=7 => &mid,
                _ => "short",
            });
        }
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t)).collect();
        for piece_len in [usize::MAX, 100, 3] {
            let gs = groups(&docs, piece_len);
            let mut next = 0;
            for g in &gs {
                assert_eq!(g.start, next, "groups are consecutive");
                assert!(!g.is_empty() && g.len() <= GROUP_DOCS);
                let bytes: usize = docs[g.clone()].iter().map(|d| d.text.len()).sum();
                let alone = docs[g.clone()]
                    .iter()
                    .any(|d| d.text.len() > GROUP_BYTES.min(piece_len));
                assert!(if alone { g.len() == 1 } else { bytes <= GROUP_BYTES });
                next = g.end;
            }
            assert_eq!(next, docs.len());
        }
    }

    #[test]
    fn pieces_cut_at_breaks_and_char_boundaries() {
        let t = "ab\n\ncd\nef";
        assert_eq!(piece_end(t, 0, 5), 4);
        assert_eq!(piece_end(t, 4, 5), 9);
        assert_eq!(piece_end(t, 4, 4), 7);
        let u = "ééééé";
        let b = piece_end(u, 0, 5);
        assert!(u.is_char_boundary(b) && b > 0);
        assert_eq!(piece_end("x", 0, 5), 1);
    }
}
