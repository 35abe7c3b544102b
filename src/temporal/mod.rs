//! Finding and resolving date expressions in English news text.
//!
//! [`find_dates`] scans a text once and returns every date expression with
//! its byte span, its first and last day (inclusive) and its grain.
//! Expressions relative to the publication day ("on Sunday", "next week",
//! "three days ago") need [`DateOptions::reference`]; yearless dates
//! ("April 22") take the reference's year, rolled forward or back by the
//! tense of their sentence, or without a reference the nearest explicit year
//! before them in the text. [`find_durations`] finds stated lengths
//! ("a four-day visit") and [`find_dateline`] the wire dateline that opens a
//! report ("TOKYO, March 3 -").
//!
//! The tense of a sentence is read from the nearest cue word around the
//! expression (will, would, 'll, is due to, to + verb ... against said, was,
//! had, -ed forms), within the sentence and a bounded window.
//!
//! Where news usage and Duckling's conventions disagree this module follows
//! news usage: a bare weekday in a past-tense sentence is the latest such day
//! on or before the reference (the reference day itself included);
//! "early/mid/late March" is the whole month; "N months ago" and
//! "N years ago/hence" are the month and the year; a yearless date with no
//! tense cue takes the reference's year. Without any cue a weekday is the
//! next one (on or after the reference), "next Tuesday" is the Tuesday of
//! next week, and "beginning/end of" a year, month or week are its first or
//! last months or days, as in Duckling.
//!
//! A time of day ("at 6pm GMT", "9:30 a.m. on Monday", "in 20 minutes") is
//! a `Day` mention of the day it falls on: the day named with it, else the
//! reference day; its span is the whole time expression. A bare number is
//! never a time: it needs a meridiem, "o'clock", a zone in capitals, or "at"
//! before a clock form that cannot be a quantity. Two days joined by "and"
//! ("June 3 and 4", "30 and 31 March") are one mention when they are at most
//! two days apart in one month.
//!
//! The word tables (months, weekdays, number words, units, tense cues,
//! seasons, clock words) are TSV files under `src/data/`, parsed once.

mod data;
mod resolve;
mod scan;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::{Error, Span};
use data::Unit;
use resolve::{resolve, Ctx, Expr, Rel, Tense};
use scan::{tokenize_marked, Grammar, Kind};

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Grain {
    /// One or more whole days.
    Day,
    /// A Monday-to-Sunday week (or several).
    Week,
    /// A calendar month (or several).
    Month,
    /// A calendar year (or several).
    Year,
}

impl Grain {
    /// The lowercase name used in JSON (`"day"`, `"week"`, ...).
    pub fn as_str(&self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Year => "year",
        }
    }
}

/// A date expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DateMention {
    /// Where the expression stands in the text (byte offsets).
    pub span: Span,
    /// First day covered.
    pub start: NaiveDate,
    /// Last day covered (inclusive).
    pub end: NaiveDate,
    /// How precise the expression is.
    pub grain: Grain,
    /// True when the reference date was needed to resolve it.
    pub relative: bool,
}

/// A stated duration ("a four-day visit", "three days").
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct DurationMention {
    /// Where the duration stands in the text (byte offsets).
    pub span: Span,
    /// Its length in days.
    pub days: u32,
}

/// Options for [`find_dates`] and [`find_dateline`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateOptions {
    reference: Option<NaiveDate>,
    day_first: bool,
}

impl DateOptions {
    /// No reference date, numeric dates read month first (US English).
    pub fn new() -> Self {
        DateOptions::default()
    }

    /// Sets the reference (publication) day that relative expressions and
    /// yearless dates are resolved against.
    pub fn reference(mut self, date: Option<NaiveDate>) -> Self {
        self.reference = date;
        self
    }

    /// Reads numeric dates such as `3/4/2024` day first (British English).
    pub fn day_first(mut self, yes: bool) -> Self {
        self.day_first = yes;
        self
    }

    /// The reference day, if any.
    pub fn get_reference(&self) -> Option<NaiveDate> {
        self.reference
    }

    /// Whether numeric dates are read day first.
    pub fn is_day_first(&self) -> bool {
        self.day_first
    }

    /// Options for a locale code such as `EN_US` or `EN_GB`: every locale
    /// other than `EN_US` (or none) reads numeric dates day first.
    pub fn locale(self, locale: Option<&str>) -> Self {
        let day_first = match locale {
            None => false,
            Some(l) => {
                let l = l.trim().to_ascii_uppercase().replace('-', "_");
                !(l.is_empty() || l == "EN_US" || l == "US" || l == "EN")
            }
        };
        self.day_first(day_first)
    }
}

/// Finds every date expression in `text`, sorted by span and non-overlapping
/// (the longest match wins).
///
/// ```
/// use attache::temporal::{find_dates, DateOptions, Grain};
/// use chrono::NaiveDate;
///
/// let reference = NaiveDate::from_ymd_opt(2024, 4, 19).unwrap();
/// let opts = DateOptions::new().reference(Some(reference));
/// let text = "The president will visit Japan from April 22 to 24 and arrived in Seoul on Monday.";
/// let found = find_dates(text, &opts);
/// assert_eq!(found.len(), 2);
/// assert_eq!(found[0].span.slice(text), "April 22 to 24");
/// assert_eq!(found[0].start, NaiveDate::from_ymd_opt(2024, 4, 22).unwrap());
/// assert_eq!(found[0].end, NaiveDate::from_ymd_opt(2024, 4, 24).unwrap());
/// assert_eq!(found[1].start, NaiveDate::from_ymd_opt(2024, 4, 15).unwrap());
/// assert_eq!(found[1].grain, Grain::Day);
/// ```
pub fn find_dates(text: &str, opts: &DateOptions) -> Vec<DateMention> {
    scan_text(text, Some(opts)).0
}

/// [`find_dates`] and [`find_durations`] of one text together: each piece
/// of the text is cut into tokens once for both.
pub(crate) fn find_dates_and_durations(
    text: &str,
    opts: &DateOptions,
) -> (Vec<DateMention>, Vec<DurationMention>) {
    scan_text(text, Some(opts))
}

/// The dates (when `opts` is given) and the durations of `text`.
// Kept out of line so that a profile shows the whole temporal pass as one entry.
#[inline(never)]
fn scan_text(text: &str, opts: Option<&DateOptions>) -> (Vec<DateMention>, Vec<DurationMention>) {
    let mut dates = Vec::new();
    let mut durations = Vec::new();
    let mut year_hint: Option<i32> = None;
    // A long text is read in pieces cut at paragraph breaks, which no date
    // expression or duration crosses: the token table of one piece is all
    // that is ever held, whatever the length of the text.
    let mut low = scan::Lowered::take_kept();
    let mut a = 0;
    while a < text.len() {
        let b = chunk_end(text, a, CHUNK, scan::MAX_PIECE);
        let (toks, opens) = tokenize_marked(&text[a..b], &mut low);
        if let Some(opts) = opts {
            find_in(&toks, opens, a, opts, &mut year_hint, &mut dates);
        }
        durations_in(&toks, opens, a, &mut durations);
        low.table = scan::Lowered::reuse(toks);
        a = b;
    }
    low.keep();
    (dates, durations)
}

/// Bytes read at once by [`find_dates`] before it looks for a paragraph break.
const CHUNK: usize = 1 << 16;

/// The end of the piece starting at `a`: the first paragraph break (a blank
/// line) after `a + size`, or the end of the text; but at most `max` bytes
/// after `a` (at least one character), where a paragraph that long is cut.
fn chunk_end(text: &str, a: usize, size: usize, max: usize) -> usize {
    let mut from = a.saturating_add(size).min(text.len());
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let end = match text[from..].find("\n\n") {
        Some(k) => from + k + 2,
        None => text.len(),
    };
    if end - a <= max {
        return end;
    }
    // the last character boundary within `max` bytes, past the first character
    let mut cut = a + max.max(1);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if cut > a {
        cut
    } else {
        text[a..].chars().next().map_or(end, |c| a + c.len_utf8())
    }
}

/// The dates of one piece of text, cut into `toks`, that starts at byte
/// `base`; `opens` are the tokens (in order) that a date may start at.
fn find_in(
    toks: &[scan::Tok<'_>],
    opens: &[usize],
    base: usize,
    opts: &DateOptions,
    year_hint: &mut Option<i32>,
    out: &mut Vec<DateMention>,
) {
    let g = Grammar::new(toks, opts.day_first);
    #[cfg(debug_assertions)]
    for k in (0..toks.len()).filter(|k| opens.binary_search(k).is_err()) {
        debug_assert!(g.at(k).is_empty(), "a candidate starts at {:?}", toks[k]);
    }
    // Most tokens start nothing and are never visited: the scan goes from
    // one token that may open a date to the next at or after `i`.
    // one list of candidates for all tokens
    let mut cands = Vec::new();
    let mut i = 0;
    for &j in opens {
        if j < i {
            continue;
        }
        i = j;
        // `at` would build and drop an empty list where nothing starts;
        // the others, checked once here, go straight to the rules
        if !g.may_start(i) {
            debug_assert!(g.at(i).is_empty());
            continue;
        }
        cands.clear();
        g.at_all_into(i, &mut cands);
        if cands.is_empty() {
            continue;
        }
        // longest first; among equals, the first rule
        cands.sort_by_key(|c| std::cmp::Reverse(c.0));
        // an impossible day ("February 30") is rejected whole, never read as less
        if let Some((end, x)) = cands.first() {
            if resolve::impossible(x) && *end > i {
                i = *end;
                continue;
            }
        }
        for (end, expr) in cands.drain(..) {
            if end <= i || end > toks.len() {
                continue;
            }
            let (end, expr) = extend(&g, i, end, expr);
            // the tense is read from up to sixty tokens around: only for
            // an expression whose resolution depends on it
            let reads = reads_tense(&expr, opts.reference.is_some());
            let tense = if reads { g.tense(i, end) } else { Tense::Unknown };
            let ctx = Ctx {
                reference: opts.reference,
                year_hint: *year_hint,
                tense,
            };
            #[cfg(debug_assertions)]
            if !reads {
                for tense in [Tense::Past, Tense::Future] {
                    let other = Ctx { tense, ..ctx };
                    debug_assert_eq!(resolve(&expr, &other), resolve(&expr, &ctx), "{expr:?}");
                }
            }
            if let Some(iv) = resolve(&expr, &ctx) {
                // leading "the", "at", "at the" stay out of the span, but
                // "at" belongs to a time of day ("at 6pm")
                let mut first = i;
                while first + 1 < end
                    && toks[first].kind() == Kind::Word
                    && (toks[first].low == "the"
                        || (toks[first].low == "at" && !matches!(expr, Expr::Clock(..))))
                {
                    first += 1;
                }
                let (s, mut e) = (toks[first].s(), toks[end - 1].e());
                // an abbreviation dot stays in ("Sept."), a sentence dot does not
                if toks[end - 1].kind() == Kind::Punct && toks[end - 1].ch() == '.' && end >= 2 {
                    let p = &toks[end - 2];
                    let abbr = p.kind() == Kind::Word
                        && (p.low.chars().count() == 1
                            || ((p.low.len() <= 4 || p.low == "thurs")
                                && !matches!(p.low, "may" | "june" | "july")
                                && (p.lex.is_month() || p.lex.is_weekday())));
                    if !abbr {
                        e = p.e();
                    }
                }
                if !iv.rel {
                    *year_hint = Some(iv.e.year());
                }
                out.push(DateMention {
                    span: Span::new(base + s, base + e),
                    start: iv.s,
                    end: iv.e,
                    grain: iv.g,
                    relative: iv.rel,
                });
                i = end;
                break;
            }
        }
    }
}

/// Whether [`resolve`] may give `x` a different interval in a past than in
/// a future sentence (with a reference day or not): only yearless days,
/// months and holidays, a bare weekday and a day of the month named alone
/// move with the tense, and all but a yearless day only around a reference.
fn reads_tense(x: &Expr, reference: bool) -> bool {
    match x {
        // (February 29 moves to a leap year in the tense's direction)
        Expr::Day { y, .. } => y.is_none(),
        Expr::Month { y, .. } | Expr::Holiday(_, y) | Expr::EasterWeek(y) => y.is_none() && reference,
        Expr::Weekday { rel, .. } => *rel == Rel::Plain && reference,
        Expr::DayOfMonth { month_off, .. } => month_off.is_none() && reference,
        Expr::WeekdayDay { .. } => reference,
        Expr::Ides(_) => true,
        Expr::Range(a, b) => reads_tense(a, reference) || reads_tense(b, reference),
        Expr::Clock(base)
        | Expr::Part(base, _)
        | Expr::NthOf { base, .. }
        | Expr::WeekOf(base)
        | Expr::For(base, _)
        | Expr::Shift(base, ..) => reads_tense(base, reference),
        Expr::Year(_)
        | Expr::WeekdayOf { .. }
        | Expr::Offset { .. }
        | Expr::Period { .. }
        | Expr::PeriodSpan { .. }
        | Expr::MonthRel { .. }
        | Expr::MonthYearOff { .. }
        | Expr::Season { .. }
        | Expr::SeasonShift(_)
        | Expr::NthWeekday { .. }
        | Expr::HintYear(_) => false,
    }
}

/// Suffixes that lengthen a match: "for 10 days", a range to a second date.
fn extend(g: &Grammar<'_>, start: usize, end: usize, expr: Expr) -> (usize, Expr) {
    let t = g.t;
    let word = |k: usize| -> &str { t.get(k).filter(|x| x.kind() == Kind::Word).map_or("", |x| x.low) };
    // "from 18th Dec for 10 days"
    if matches!(expr, Expr::Day { .. }) && word(end) == "for" {
        if let Some(n) = t.get(end + 1).filter(|x| x.kind() == Kind::Num && !x.ord()) {
            if matches!(word(end + 2), "days" | "day") {
                if let Some(v) = n.val().filter(|v| (1..=366).contains(v)) {
                    return (end + 3, Expr::For(Box::new(expr), v));
                }
            }
        }
    }
    // a time of day after a day: "Monday at 6pm", "March 3, 9:30 a.m. GMT",
    // "on 20 April, from 7pm to 9pm"
    if scan::is_day(&expr) {
        let mut k = end;
        if t.get(k).is_some_and(|x| x.kind() == Kind::Punct && x.ch() == ',') {
            k += 1;
        }
        if word(k) == "from" {
            k += 1;
        }
        if let Some(e) = g.clock_phrase(k) {
            return (e, expr);
        }
    }
    // a range between two expressions of the same kind
    let is_conn = match t.get(end) {
        Some(x) if x.kind() == Kind::Punct => matches!(x.ch(), '-' | '–' | '—'),
        Some(x) if x.kind() == Kind::Word => {
            matches!(x.low, "to" | "through" | "thru" | "until" | "till")
                || (x.low == "and" && start > 0 && word(start - 1) == "between")
        }
        _ => false,
    };
    if !is_conn || matches!(expr, Expr::Range(..)) {
        return (end, expr);
    }
    let mut next = g.at(end + 1);
    next.sort_by_key(|c| std::cmp::Reverse(c.0));
    for (e2, x2) in next {
        let same = matches!(
            (&expr, &x2),
            (Expr::Day { .. }, Expr::Day { .. })
                | (Expr::Month { .. }, Expr::Month { .. })
                | (Expr::Year(_), Expr::Year(_))
        );
        if same {
            // a year given only at the end applies to both ends
            let first = match (&expr, &x2) {
                (
                    Expr::Day { y: None, m, d, wd },
                    Expr::Day {
                        y: Some(y2), m: m2, ..
                    },
                ) => Expr::Day {
                    y: Some(if m > m2 { y2 - 1 } else { *y2 }),
                    m: *m,
                    d: *d,
                    wd: *wd,
                },
                (Expr::Month { y: None, m }, Expr::Month { y: Some(y2), m: m2 }) => Expr::Month {
                    y: Some(if m > m2 { y2 - 1 } else { *y2 }),
                    m: *m,
                },
                _ => expr.clone(),
            };
            return (e2, Expr::Range(Box::new(first), Box::new(x2)));
        }
    }
    (end, expr)
}

/// Finds stated durations: "a four-day visit", "a week-long tour", "two-day",
/// "three days", "10 days".
///
/// ```
/// use attache::temporal::find_durations;
/// let d = find_durations("He began a four-day visit on Monday.");
/// assert_eq!(d.len(), 1);
/// assert_eq!(d[0].days, 4);
/// ```
pub fn find_durations(text: &str) -> Vec<DurationMention> {
    scan_text(text, None).1
}

/// Words that are a length of their own, with their days.
const LENGTH_WORDS: &[(&str, u32)] = &[("weeklong", 7), ("fortnight", 14)];

/// The durations of one piece of text, cut into `t`, that starts at byte
/// `base`; `opens` are the tokens (in order) that a length may start at.
fn durations_in(t: &[scan::Tok<'_>], opens: &[usize], base: usize, out: &mut Vec<DurationMention>) {
    let word = |k: usize| -> &str { t.get(k).filter(|x| x.kind() == Kind::Word).map_or("", |x| x.low) };
    let dash = |k: usize| {
        t.get(k)
            .is_some_and(|x| x.kind() == Kind::Punct && matches!(x.ch(), '-' | '–'))
    };
    debug_assert!((0..t.len()).all(|k| opens.binary_search(&k).is_ok()
        || (t[k].kind() != Kind::Num
            && t[k].lex.number.is_none()
            && !LENGTH_WORDS.iter().any(|(w, _)| *w == word(k)))));
    let mut i = 0;
    for &j in opens {
        if j < i {
            continue;
        }
        i = j;
        // the number: digits or words ("four", "twenty-one"); "a"/"an" before "-long"
        let mut n: Option<(u32, usize, bool)> = None;
        if let Some(x) = t.get(i).filter(|x| x.kind() == Kind::Num && !x.ord()) {
            if let Some(v) = x.val() {
                n = Some((v, i + 1, false));
            }
        } else if let Some((v, false)) = t
            .get(i)
            .filter(|x| x.kind() == Kind::Word)
            .and_then(|x| x.lex.number)
        {
            let mut v = u32::from(v);
            let mut j = i + 1;
            if (20..=90).contains(&v) && v % 10 == 0 {
                let k = if dash(j) { j + 1 } else { j };
                if let Some((u, false)) = t
                    .get(k)
                    .filter(|x| x.kind() == Kind::Word)
                    .and_then(|x| x.lex.number)
                {
                    if (1..=9).contains(&u) && !matches!(word(k), "a" | "an") {
                        v += u32::from(u);
                        j = k + 1;
                    }
                }
            }
            n = Some((v, j, matches!(word(i), "a" | "an")));
        } else if let Some(&(_, days)) = LENGTH_WORDS.iter().find(|(w, _)| *w == word(i)) {
            out.push(DurationMention {
                span: Span::new(base + t[i].s(), base + t[i].e()),
                days,
            });
            continue;
        }
        let Some((v, j, article)) = n else {
            continue;
        };
        let k = if dash(j) { j + 1 } else { j };
        let unit = t
            .get(k)
            .filter(|x| x.kind() == Kind::Word)
            .and_then(|x| x.lex.unit);
        let Some(unit) = unit.filter(|u| matches!(u, Unit::Day | Unit::Week)) else {
            continue;
        };
        let mut end = k + 1;
        let long = dash(end) && word(end + 1) == "long" || word(end) == "long";
        if long {
            end += if word(end) == "long" { 1 } else { 2 };
        }
        let prev = if i > 0 { word(i - 1) } else { "" };
        let after = word(end);
        let relative_date = matches!(
            after,
            "ago" | "later" | "earlier" | "hence" | "before" | "after" | "from" | "back"
        ) || matches!(
            prev,
            "last" | "next" | "past" | "previous" | "coming" | "upcoming" | "in" | "every" | "per"
        ) || after == "upcoming";
        let ok_article = !article || long || prev == "for";
        let hyphen_or_plural = dash(j) || word(k).ends_with('s') || long || unit == Unit::Week || v == 1;
        if relative_date || !ok_article || !hyphen_or_plural || v == 0 || v > 3660 {
            continue;
        }
        let days = if unit == Unit::Week {
            v.saturating_mul(7)
        } else {
            v
        };
        out.push(DurationMention {
            span: Span::new(base + t[i].s(), base + t[end - 1].e()),
            days,
        });
        i = end;
    }
}

/// Finds a wire dateline at the start of `text` (or of its first paragraph):
/// `TOKYO, March 3 -`, `ISLAMABAD, Feb 12 (APP):`, `WASHINGTON (Reuters) -`.
///
/// Returns the span of the whole dateline including its separator, the city
/// as written, and the date when the dateline gives one and it can be
/// resolved (a yearless dateline day needs a reference date).
///
/// ```
/// use attache::temporal::{find_dateline, DateOptions};
/// use chrono::NaiveDate;
/// let opts = DateOptions::new().reference(NaiveDate::from_ymd_opt(2024, 3, 4));
/// let text = "TOKYO, March 3 - Japan said on Sunday ...";
/// let (span, city, date) = find_dateline(text, &opts).unwrap();
/// assert_eq!(span.slice(text), "TOKYO, March 3 -");
/// assert_eq!(city.as_deref(), Some("TOKYO"));
/// assert_eq!(date.unwrap().start, NaiveDate::from_ymd_opt(2024, 3, 3).unwrap());
/// ```
pub fn find_dateline(text: &str, opts: &DateOptions) -> Option<(Span, Option<String>, Option<DateMention>)> {
    // bounded: a dateline lives in the first few hundred bytes
    let mut cut = text.len().min(300);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    let mut low = scan::Lowered::take_kept();
    let (toks, may) = head_tokens(head, &mut low);
    let found = if may { dateline_in(head, &toks, opts) } else { None };
    low.table = scan::Lowered::reuse(toks);
    low.keep();
    found
}

/// The tokens of `head`, and whether they may open a dateline; when they
/// may not, perhaps only the first few.
fn head_tokens<'a>(head: &'a str, low: &'a mut scan::Lowered) -> (Vec<scan::Tok<'a>>, bool) {
    let mut cutter = scan::Cutter::new(head, low, head.len() / 4 + 4);
    // Most texts show by their third to fifth token that they open with no
    // dateline: the rest is cut only after a look at those.
    for n in [3, 5, QUICK] {
        cutter.more(n);
        if cutter.so_far().is_some_and(|t| !may_open_dateline(t)) {
            return (cutter.finish().0, false);
        }
    }
    cutter.more(usize::MAX);
    let (toks, _) = cutter.finish();
    // (asked again where a word beyond ASCII was not yet looked up above)
    let may = may_open_dateline(&toks[..toks.len().min(QUICK)]);
    (toks, may)
}

/// The dateline of [`find_dateline`] in `head`, cut into `toks`.
fn dateline_in(
    head: &str,
    toks: &[scan::Tok<'_>],
    opts: &DateOptions,
) -> Option<(Span, Option<String>, Option<DateMention>)> {
    let g = Grammar::new(toks, opts.day_first);
    let t = toks;
    let (city_end, all_upper) = dateline_city(t)?;
    let city = (t[0].s(), t[city_end].e());
    let mut k = city_end + 1;
    // optional ", STATE" is rare; then ",", then a date
    let mut date = None;
    if t.get(k).is_some_and(|x| x.kind() == Kind::Punct && x.ch() == ',') {
        k += 1;
        let mut c = g.at(k);
        c.sort_by_key(|x| std::cmp::Reverse(x.0));
        for (e, x) in c {
            if matches!(x, Expr::Day { .. } | Expr::Weekday { .. }) {
                let ctx = Ctx {
                    reference: opts.reference,
                    year_hint: None,
                    tense: Tense::Past,
                };
                let x = match x {
                    Expr::Weekday { wd, .. } => Expr::Weekday { wd, rel: Rel::Plain },
                    other => other,
                };
                let found = resolve(&x, &ctx).map(|iv| DateMention {
                    span: Span::new(t[k].s(), t[e - 1].e()),
                    start: iv.s,
                    end: iv.e,
                    grain: iv.g,
                    relative: iv.rel,
                });
                date = Some((e, found));
                break;
            }
        }
        match &date {
            Some((e, _)) => k = *e,
            None => return None,
        }
    } else if !all_upper {
        return None;
    }
    if !all_upper && date.is_none() {
        return None;
    }
    // optional "(Agency)"
    if t.get(k).is_some_and(|x| x.kind() == Kind::Punct && x.ch() == '(') {
        let close = (k + 1..t.len().min(k + 8)).find(|&j| t[j].kind() == Kind::Punct && t[j].ch() == ')')?;
        k = close + 1;
    }
    // separator
    let sep = t.get(k)?;
    if sep.kind() != Kind::Punct || !matches!(sep.ch(), '-' | '–' | '—' | ':' | '_') {
        return None;
    }
    let mut end = k;
    while t
        .get(end + 1)
        .is_some_and(|x| x.kind() == Kind::Punct && matches!(x.ch(), '-' | '–' | '—') && !x.sp())
    {
        end += 1;
    }
    let span = Span::new(t[0].s(), t[end].e());
    let city_text = head.get(city.0..city.1).map(str::to_string);
    Some((span, city_text, date.and_then(|(_, d)| d)))
}

/// Tokens read first by [`find_dateline`]: enough to tell most texts that
/// open with no dateline: the city ends by token 8 and two more tokens
/// settle it, so that eleven always decide as the whole text would (and
/// fewer decide the same way whenever they decide).
const QUICK: usize = 11;

/// The end (last token) of the city that opens a dateline in `t`, and
/// whether all its words are in capitals.
fn dateline_city(t: &[scan::Tok<'_>]) -> Option<(usize, bool)> {
    let mut i = 0;
    // city: up to five capitalised words
    let mut city_end = None;
    let mut all_upper = true;
    while i < t.len() && i < 8 {
        let x = &t[i];
        if x.kind() == Kind::Word && x.cap() {
            all_upper &= x.upper() || x.low.chars().count() == 1;
            city_end = Some(i);
            i += 1;
            // "N.Y.", "AL-QUDS", "ST. LOUIS"
            while i < t.len()
                && t[i].kind() == Kind::Punct
                && matches!(t[i].ch(), '.' | '-' | '\'')
                && !t[i].sp()
            {
                if t.get(i + 1)
                    .is_some_and(|n| n.kind() == Kind::Word && n.cap() && !n.sp())
                {
                    i += 1;
                } else if t[i].ch() == '.' {
                    city_end = Some(i);
                    i += 1;
                    break;
                } else {
                    break;
                }
            }
            continue;
        }
        break;
    }
    Some((city_end?, all_upper))
}

/// False when the first tokens `t` of a text (from [`scan::Cutter`])
/// show that it opens with no dateline: no city, or one followed by neither
/// a comma nor, after a city in capitals, "(" or a separator. The city
/// scan reads at most two tokens past the city, so its result on the first
/// tokens is the one on all of them when those two are there.
fn may_open_dateline(t: &[scan::Tok<'_>]) -> bool {
    // the first token is the one of the whole text
    let Some((city_end, all_upper)) = dateline_city(t) else {
        return false;
    };
    if city_end + 3 > t.len() {
        return true;
    }
    let x = &t[city_end + 1];
    x.kind() == Kind::Punct
        && (x.ch() == ',' || (all_upper && matches!(x.ch(), '(' | '-' | '–' | '—' | ':' | '_')))
}

/// Parses a strict `YYYY-MM-DD` date.
///
/// ```
/// use attache::temporal::parse_date;
/// assert!(parse_date("2024-04-22").is_ok());
/// assert!(parse_date("2024-13-45").is_err());
/// ```
pub fn parse_date(s: &str) -> Result<NaiveDate, Error> {
    let bad = |reason: &str| Error::BadDate {
        input: s.to_string(),
        reason: reason.to_string(),
    };
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad("not in the form YYYY-MM-DD"));
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        if part.bytes().all(|c| c.is_ascii_digit()) {
            part.parse().ok()
        } else {
            None
        }
    };
    let y = digits(0..4).ok_or_else(|| bad("the year is not four digits"))?;
    let m = digits(5..7).ok_or_else(|| bad("the month is not two digits"))?;
    let d = digits(8..10).ok_or_else(|| bad("the day is not two digits"))?;
    if !(1..=12).contains(&m) {
        return Err(bad(&format!("month {m} is not between 01 and 12")));
    }
    let y = i32::try_from(y).map_err(|_| bad("year out of range"))?;
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| bad(&format!("day {d} does not exist in {y}-{m:02}")))
}

#[cfg(test)]
mod tests {
    use super::chunk_end;

    /// A paragraph longer than a piece may be is cut within it, at a
    /// character boundary, and every piece holds at least one character.
    #[test]
    fn long_paragraph_is_cut() {
        let text = "ab\n\ncdéf\n\ng";
        assert_eq!(chunk_end(text, 0, 1, usize::MAX), 4);
        assert_eq!(chunk_end(text, 0, 1, 100), 4);
        assert_eq!(chunk_end(text, 4, 1, 3), 6);
        assert_eq!(chunk_end(text, 4, 1, 4), 8);
        assert_eq!(chunk_end(text, 6, 1, 1), 8);
        let mut a = 0;
        let mut n = 0;
        while a < text.len() {
            let b = chunk_end(text, a, 1, 1);
            assert!(b > a && text.is_char_boundary(b));
            a = b;
            n += 1;
        }
        assert_eq!(n, text.chars().count());
    }
}
