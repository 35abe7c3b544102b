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

/// Options for an [`Extractor`].
#[derive(Clone, Debug, Default)]
pub struct ExtractorBuilder {
    day_first: bool,
}

impl ExtractorBuilder {
    /// Reads numeric dates like `4/5/2024` day first (British usage).
    pub fn day_first(mut self, yes: bool) -> ExtractorBuilder {
        self.day_first = yes;
        self
    }

    /// Builds the extractor.
    pub fn build(self) -> Extractor {
        Extractor {
            gazetteer: Gazetteer::builtin(),
            day_first: self.day_first,
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
    /// A text longer than [`MAX_TEXT`](crate::text::MAX_TEXT) (4 GiB) is read
    /// in pieces cut at paragraph breaks, each on its own; the records of all
    /// pieces come back together with spans into the whole text.
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        self.extract_in_pieces(doc, crate::text::MAX_TEXT)
    }

    fn extract_in_pieces(&self, doc: &Document<'_>, limit: usize) -> Extraction {
        if doc.text.len() <= limit {
            return self.extract_one(doc);
        }
        let mut all = Extraction::default();
        let mut a = 0;
        while a < doc.text.len() {
            let b = piece_end(doc.text, a, limit);
            let piece = Document {
                text: &doc.text[a..b],
                published: doc.published,
            };
            let mut out = self.extract_one(&piece);
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

    fn extract_one(&self, doc: &Document<'_>) -> Extraction {
        let d = Doc::new(self, doc);
        let statements = statements::extract(&d);
        let visits = visits::extract_found(&d, &statements);
        let delegations = delegations::extract(&d, &visits);
        // The document's tables go before the records are moved out.
        drop(d);
        Extraction {
            visits: visits.into_iter().map(|v| v.visit).collect(),
            delegations,
            statements: statements.into_iter().map(|s| s.statement).collect(),
        }
    }
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
}

impl<'t> Doc<'t> {
    /// Runs the shared passes over `doc`.
    pub fn new(ex: &Extractor, doc: &Document<'t>) -> Doc<'t> {
        let text = Text::new(doc.text);
        let matches = ex.gazetteer.annotate(&text);
        let opts = DateOptions::new()
            .reference(doc.published)
            .day_first(ex.day_first);
        // The wire dateline ("BONN, March 3 -") gives the place of the report
        // and, without a publication date, its day.
        let body = text
            .tokens()
            .get(body_start(&text))
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
        let opts = opts.reference(reference);
        let (dates, durations) = temporal::find_dates_and_durations(doc.text, &opts);
        let mut d = Doc {
            text,
            matches,
            dates,
            durations,
            published: doc.published,
            dateline,
            gazetteer: ex.gazetteer,
            mentions: mentions::Mentions::default(),
        };
        d.mentions = mentions::find(&d);
        d
    }

    /// First token after the headline, if there is one.
    pub fn body_start_token(&self) -> usize {
        body_start(&self.text)
    }

    /// Date mentions whose span lies within `span`.
    pub fn dates_in(&self, span: crate::Span) -> &[DateMention] {
        let a = self.dates.partition_point(|d| d.span.start < span.start);
        let b = self.dates.partition_point(|d| d.span.start < span.end);
        &self.dates[a..b.max(a)]
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
