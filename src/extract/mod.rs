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
use crate::model::Extraction;
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
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        let d = Doc::new(self, doc);
        let statements = statements::extract(&d);
        let visits = visits::extract_found(&d, &statements);
        let delegations = delegations::extract(&d, &visits);
        Extraction {
            visits: visits.into_iter().map(|v| v.visit).collect(),
            delegations,
            statements: statements.into_iter().map(|s| s.statement).collect(),
        }
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
        let matches = Matches::new(ex.gazetteer.find(&text), text.tokens().len());
        let opts = DateOptions::new()
            .reference(doc.published)
            .day_first(ex.day_first);
        // The wire dateline ("BONN, March 3 -") gives the place of the report
        // and, without a publication date, its day.
        let body = text
            .tokens()
            .get(body_start(&text))
            .map_or(doc.text.len(), |t| t.span.start);
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
