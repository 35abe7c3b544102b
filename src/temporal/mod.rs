//! Finding and resolving date expressions. (Placeholder until the temporal
//! module lands: finds nothing.)

use chrono::NaiveDate;

use crate::{Error, Span};

/// Size of the period a date expression names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grain {
    /// A day.
    Day,
    /// A Monday-to-Sunday week.
    Week,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
}

/// A date expression found in text.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
#[non_exhaustive]
pub struct DateMention {
    /// Where it stands.
    pub span: Span,
    /// First day.
    pub start: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
    /// Size of the period.
    pub grain: Grain,
    /// Resolved against the reference date.
    pub relative: bool,
}

/// A duration ("a four-day visit").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DurationMention {
    /// Where it stands.
    pub span: Span,
    /// Number of days.
    pub days: u32,
}

/// Options for finding dates.
#[derive(Clone, Debug, Default)]
pub struct DateOptions {
    reference: Option<NaiveDate>,
    day_first: bool,
}

impl DateOptions {
    /// Default options: no reference date, month-first numeric dates.
    pub fn new() -> DateOptions {
        DateOptions::default()
    }
    /// Sets the reference (publication) date.
    pub fn reference(mut self, d: Option<NaiveDate>) -> DateOptions {
        self.reference = d;
        self
    }
    /// Reads numeric dates day first.
    pub fn day_first(mut self, yes: bool) -> DateOptions {
        self.day_first = yes;
        self
    }
}

/// Finds every date expression in `text`.
pub fn find_dates(_text: &str, _opts: &DateOptions) -> Vec<DateMention> {
    Vec::new()
}

/// Finds every duration in `text`.
pub fn find_durations(_text: &str) -> Vec<DurationMention> {
    Vec::new()
}

/// Parses a strict `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| Error::BadDate {
        input: s.to_string(),
        reason: e.to_string(),
    })
}
