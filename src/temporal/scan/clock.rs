//! Times of day: "at 6pm", "9:30 a.m. GMT", "at 1430", "6pm - 8pm",
//! "in 30 minutes". The dates contract has no grain finer than a day, so a
//! time is read as the day it falls on: a day named next to it ("at 6pm on
//! Monday", "Monday at 6pm") or else the reference day.
//!
//! A bare number is never a time in running text: it needs a meridiem
//! (am, p.m.), "o'clock", a time zone in capitals, or "at" before a clock
//! form (`at 14:30`, `at 1430` when the digits make a valid clock time and
//! nothing around reads as a quantity).

use super::{Cand, Grammar, Kind};
use crate::temporal::data::Unit;
use crate::temporal::resolve::Expr;

/// How firmly a number reads as a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Clk {
    /// A bare hour ("6"): only the first end of a range.
    Weak,
    /// "14:30" without a meridiem or zone.
    Colon,
    /// "1430" or "615" without a meridiem or zone.
    Compact,
    /// "noon", "midnight".
    Noon,
    /// With a meridiem, "o'clock" or a time zone.
    Strong,
}

impl Grammar<'_> {
    /// A meridiem at `k` ("pm", "a.m.", "a m"): the index after it.
    fn meridiem(&self, k: usize) -> Option<usize> {
        match self.w(k) {
            "am" | "pm" => Some(k + 1),
            "a" | "p" => {
                let mut j = k + 1;
                if self.p(j, '.') && self.glued(j) {
                    j += 1;
                }
                if self.w(j) != "m" || self.t[j].kind() != Kind::Word {
                    return None;
                }
                j += 1;
                if self.p(j, '.') && self.glued(j) {
                    j += 1;
                }
                Some(j)
            }
            _ => None,
        }
    }

    /// "o'clock" at `k`: the index after it.
    fn oclock(&self, k: usize) -> Option<usize> {
        if self.w(k) == "oclock" {
            return Some(k + 1);
        }
        (self.w(k) == "o" && (self.p(k + 1, '\'') || self.p(k + 1, '’')) && self.w(k + 2) == "clock")
            .then_some(k + 3)
    }

    /// A time zone at `k` ("GMT", "(PDT)", "UTC+8", "local time"): the index after it.
    fn zone(&self, k: usize) -> Option<usize> {
        if self.w(k) == "local" && self.w(k + 1) == "time" {
            return Some(k + 2);
        }
        let bare = |k: usize| -> Option<usize> {
            let t = self.t.get(k).filter(|t| t.kind() == Kind::Word)?;
            if !t.upper() || !self.tb.zones.contains(t.low) {
                return None;
            }
            let mut j = k + 1;
            // "UTC+8", "GMT+05:30"
            if (self.p(j, '+') || self.p(j, '-'))
                && self.glued(j)
                && self.glued(j + 1)
                && self.num(j + 1).is_some_and(|n| n.digits() <= 2)
            {
                j += 2;
                if self.p(j, ':') && self.glued(j) && self.num(j + 1).is_some_and(|n| n.digits() == 2) {
                    j += 2;
                }
            }
            Some(j)
        };
        if self.p(k, '(') {
            let j = bare(k + 1)?;
            return self.p(j, ')').then_some(j + 1);
        }
        bare(k)
    }

    /// A time of day at `k` without "at": (next, how firm).
    fn clock_at(&self, k: usize) -> Option<(usize, Clk)> {
        let t = self.t.get(k)?;
        let w = self.w(k);
        if matches!(w, "noon" | "midnight") {
            return Some((k + 1, Clk::Noon));
        }
        #[derive(PartialEq)]
        enum Form {
            Bare,
            Colon,
            Dot,
            Compact,
            Word,
        }
        let (h, j, form) = if t.kind() == Kind::Num {
            if t.ord() {
                return None;
            }
            let v = t.val()?;
            if t.digits() <= 2 {
                let sep = if self.p(k + 1, ':') {
                    Some(Form::Colon)
                } else if self.p(k + 1, '.') {
                    Some(Form::Dot)
                } else {
                    None
                };
                match sep {
                    Some(f) if self.glued(k + 1) && self.glued(k + 2) => {
                        let m = self.num(k + 2).filter(|m| m.digits() == 2 && !m.ord())?;
                        if m.val()? >= 60 || v > 24 {
                            return None;
                        }
                        let mut j = k + 3;
                        // seconds: "10:30:15"
                        if f == Form::Colon
                            && self.p(j, ':')
                            && self.glued(j)
                            && self.glued(j + 1)
                            && self
                                .num(j + 1)
                                .is_some_and(|s| s.digits() == 2 && s.val().is_some_and(|x| x < 60))
                        {
                            j += 2;
                        }
                        // "10:30.5", "1:30:2" are not times
                        if (self.p(j, '.') || self.p(j, ':') || self.p(j, ','))
                            && self.glued(j)
                            && self.num(j + 1).is_some()
                        {
                            return None;
                        }
                        (v, j, f)
                    }
                    _ => {
                        if v > 24 {
                            return None;
                        }
                        (v, k + 1, Form::Bare)
                    }
                }
            } else if t.digits() == 3 || t.digits() == 4 {
                let (h, m) = (v / 100, v % 100);
                if m >= 60 || h > 23 {
                    return None;
                }
                (h, k + 1, Form::Compact)
            } else {
                return None;
            }
        } else {
            let (v, ord, j) = self.number_at(k, false)?;
            if ord || !(1..=12).contains(&v) || self.t[k].kind() != Kind::Word {
                return None;
            }
            (v, j, Form::Word)
        };
        // with a meridiem: 1..=12 o'clock
        if let Some(e) = self.meridiem(j) {
            if !(1..=12).contains(&h) {
                return None;
            }
            return Some((self.zone(e).unwrap_or(e), Clk::Strong));
        }
        if form == Form::Dot {
            return None;
        }
        if matches!(form, Form::Bare | Form::Word) {
            if let Some(e) = self.oclock(j) {
                if !(1..=12).contains(&h) && form == Form::Word || h > 24 {
                    return None;
                }
                return Some((self.zone(e).unwrap_or(e), Clk::Strong));
            }
        }
        if let Some(e) = self.zone(j) {
            return Some((e, Clk::Strong));
        }
        match form {
            Form::Colon => Some((j, Clk::Colon)),
            Form::Compact => {
                // "1430 hours", "1430 hrs", "1430h"
                let e = if matches!(self.w(j), "hours" | "hrs" | "hr") || (self.w(j) == "h" && self.glued(j))
                {
                    j + 1
                } else {
                    j
                };
                Some((e, Clk::Compact))
            }
            _ => Some((j, Clk::Weak)),
        }
    }

    /// "at 930" is a time only when it cannot be a quantity ("closed at 930",
    /// "at 615-page", "at 2024 prices").
    fn compact_ok(&self, at: usize, k: usize, e: usize) -> bool {
        if at > 0 && self.tb.quantity.contains(self.w(at - 1)) {
            return false;
        }
        let hours = e > k + 1;
        if !hours
            && self
                .num(k)
                .is_some_and(|t| t.digits() == 4 && (1900..=2099).contains(&t.val().unwrap_or(0)))
        {
            return false;
        }
        match self.t.get(e) {
            None => true,
            Some(n) => match n.kind() {
                Kind::Num => false,
                Kind::Punct => {
                    if matches!(n.ch(), '-' | '–' | '/' | ':' | '%' | '\'' | '’') {
                        return false;
                    }
                    !(matches!(n.ch(), '.' | ',')
                        && self.glued(e)
                        && self.num(e + 1).is_some_and(|_| self.glued(e + 1)))
                }
                Kind::Word => !n.cap() && self.tb.clock_follow.contains(n.low) || n.lex.is_weekday(),
            },
        }
    }

    /// A time phrase at `i` ("at 6pm GMT", "6-8pm", "at 14:30", "between
    /// 10am and noon"): the index after it, without any day after it.
    pub(crate) fn clock_phrase(&self, i: usize) -> Option<usize> {
        let at = self.w(i) == "at";
        let k = if at { i + 1 } else { i };
        if at && self.glued(k) {
            return None;
        }
        // nothing glued before a bare time: "650-650-6500", "A4", "$6";
        // "a 3 a.m. call" is any such time, not one day's
        if !at && k > 0 && (self.glued(k) || self.is_w(k - 1, &["a", "an", "every", "each"])) {
            return None;
        }
        let (j, c) = self.clock_at(k)?;
        // a range: "6pm GMT - 8pm GMT", "6-8pm", "from 10am to noon"
        let conn = if self.is_dash(j) {
            Some(j + 1)
        } else {
            match self.w(j) {
                "to" | "until" | "till" => Some(j + 1),
                "and" if i > 0 && self.w(i - 1) == "between" => Some(j + 1),
                _ => None,
            }
        };
        if let Some(cn) = conn {
            if let Some((j2, c2)) = self.clock_at(cn) {
                let ok = match c2 {
                    Clk::Strong => true,
                    Clk::Colon => c == Clk::Strong || (at && c == Clk::Colon),
                    Clk::Noon => c == Clk::Strong,
                    _ => false,
                };
                if ok {
                    return Some(j2);
                }
            }
        }
        let ok = match c {
            Clk::Strong => true,
            Clk::Colon | Clk::Noon => at,
            Clk::Compact => at && self.compact_ok(i, k, j),
            Clk::Weak => false,
        };
        ok.then_some(j)
    }

    /// "in 30 minutes", "in 2'", "two hours ago": the reference day, or
    /// the day the offset reaches.
    fn clock_offset(&self, i: usize, out: &mut Vec<Cand>) {
        let lead = self.w(i) == "in";
        let k = if lead { i + 1 } else { i };
        let Some((n, false, j)) = self.number_at(k, true) else {
            return;
        };
        if n > 100_000 {
            return;
        }
        if !lead && matches!(self.w(k), "a" | "an") && self.w(j) != "hour" && self.w(j) != "minute" {
            return;
        }
        // without "in" only "... ago" is a time, whatever the unit: most
        // numbers go no further
        if !lead && self.w(j + 1) != "ago" {
            return;
        }
        let prime = self.num(k).is_some()
            && (self.p(j, '\'') || self.p(j, '′') || self.p(j, '’'))
            && self.glued(j)
            && self
                .t
                .get(j + 1)
                .is_none_or(|x| x.kind() == Kind::Punct && x.ch() != '"' && x.ch() != '\'');
        let (mins, e) = if prime {
            (1, j + 1)
        } else if let Some(&m) = self.tb.clock_units.get(self.w(j)) {
            (m, j + 1)
        } else {
            return;
        };
        let days = i64::from(n) * i64::from(mins) / 1440;
        if lead {
            // "in 90 minutes of play" is a length, not a time
            if self.w(e) == "of" || self.w(e) == "ago" {
                return;
            }
            out.push((
                e,
                Expr::Clock(Box::new(Expr::Offset {
                    n: days,
                    unit: Unit::Day,
                    exact: true,
                })),
            ));
        } else if self.w(e) == "ago" && !prime {
            out.push((
                e + 1,
                Expr::Clock(Box::new(Expr::Offset {
                    n: -days,
                    unit: Unit::Day,
                    exact: true,
                })),
            ));
        }
    }

    /// A time of day starting at `i`, with the day named after it if any.
    pub(super) fn clock(&self, i: usize, out: &mut Vec<Cand>) {
        self.clock_offset(i, out);
        let Some(end) = self.clock_phrase(i) else {
            return;
        };
        // "at 6pm on Monday", "6pm tomorrow", "9:30 a.m., March 3"
        let k = if self.p(end, ',') { end + 1 } else { end };
        let k = if self.w(k) == "on" { k + 1 } else { k };
        let mut inner = Vec::new();
        self.core(k, &mut inner);
        let day = inner.into_iter().filter(|(_, x)| is_day(x)).max_by_key(|c| c.0);
        match day {
            Some((e, x)) => out.push((e, Expr::Clock(Box::new(x)))),
            None => out.push((
                end,
                Expr::Clock(Box::new(Expr::Period {
                    unit: Unit::Day,
                    off: 0,
                })),
            )),
        }
    }
}

/// An expression of one day that a time of day can fall on.
pub(crate) fn is_day(x: &Expr) -> bool {
    matches!(
        x,
        Expr::Day { .. }
            | Expr::Weekday { .. }
            | Expr::WeekdayDay { .. }
            | Expr::WeekdayOf { .. }
            | Expr::DayOfMonth { .. }
            | Expr::Holiday(..)
            | Expr::Period { unit: Unit::Day, .. }
    )
}
