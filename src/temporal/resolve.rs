//! Turning a parsed date expression into a calendar interval.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::data::{tables, Unit};
use super::Grain;

/// Which way the sentence around an expression looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Unknown,
}

/// A modifier on a weekday or month name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Rel {
    Plain,
    Next,
    Last,
    This,
    AfterNext,
}

/// A part of a period ("beginning of", "end of").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Begin,
    End,
}

/// What an ordinal counts inside a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum What {
    Day,
    Week,
    Weekday(u32),
}

/// A named holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    Fixed(u32, u32),
    Easter,
    Thanksgiving,
    /// US Election Day: the Tuesday after the first Monday of November.
    ElectionDay,
}

/// A parsed, not yet resolved date expression.
#[derive(Clone, Debug)]
pub(crate) enum Expr {
    Day {
        y: Option<i32>,
        m: u32,
        d: u32,
        wd: Option<u32>,
    },
    Month {
        y: Option<i32>,
        m: u32,
    },
    Year(i32),
    Range(Box<Expr>, Box<Expr>),
    Weekday {
        wd: u32,
        rel: Rel,
    },
    WeekdayOf {
        wd: u32,
        week_off: i32,
    },
    WeekdayDay {
        wd: u32,
        d: u32,
    },
    DayOfMonth {
        d: u32,
        month_off: Option<i32>,
    },
    /// A point `n` units from the reference ("three days ago", "in two weeks").
    Offset {
        n: i64,
        unit: Unit,
        exact: bool,
    },
    /// The unit containing the reference shifted by `off` ("next week").
    Period {
        unit: Unit,
        off: i32,
    },
    /// Units `from..=to` relative to the reference ("next three weeks").
    PeriodSpan {
        unit: Unit,
        from: i32,
        to: i32,
    },
    MonthRel {
        m: u32,
        rel: Rel,
    },
    MonthYearOff {
        m: u32,
        yoff: i32,
    },
    Part(Box<Expr>, Part),
    NthOf {
        n: i32,
        what: What,
        base: Box<Expr>,
    },
    WeekOf(Box<Expr>),
    For(Box<Expr>, u32),
    Season {
        idx: usize,
        rel: Rel,
    },
    SeasonShift(i32),
    Holiday(Holiday, Option<i32>),
    Shift(Box<Expr>, i64, Unit),
    NthWeekday {
        wd: u32,
        n: i32,
    },
    Ides(u32),
    /// The year of the text's last explicit year, shifted ("the following year").
    HintYear(i32),
    /// The Monday-to-Sunday week ending on Easter Sunday.
    EasterWeek(Option<i32>),
    /// A time of day ("at 6pm", "9:30 a.m. on Monday"): the day it falls on.
    Clock(Box<Expr>),
}

/// What the resolver knows about the expression's surroundings.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Ctx {
    pub reference: Option<NaiveDate>,
    pub year_hint: Option<i32>,
    pub tense: Tense,
}

/// A resolved interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Iv {
    pub s: NaiveDate,
    pub e: NaiveDate,
    pub g: Grain,
    pub rel: bool,
}

fn iv(s: NaiveDate, e: NaiveDate, g: Grain, rel: bool) -> Option<Iv> {
    (s <= e).then_some(Iv { s, e, g, rel })
}

pub(crate) fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    if !(1..=9999).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}

fn month_last(y: i32, m: u32) -> Option<NaiveDate> {
    let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    ymd(ny, nm, 1)?.pred_opt()
}

fn month_iv(y: i32, m: u32, rel: bool) -> Option<Iv> {
    iv(ymd(y, m, 1)?, month_last(y, m)?, Grain::Month, rel)
}

fn year_iv(y: i32, rel: bool) -> Option<Iv> {
    iv(ymd(y, 1, 1)?, ymd(y, 12, 31)?, Grain::Year, rel)
}

fn monday_of(d: NaiveDate) -> Option<NaiveDate> {
    d.checked_sub_days(Days::new(u64::from(d.weekday().num_days_from_monday())))
}

fn week_iv(d: NaiveDate, rel: bool) -> Option<Iv> {
    let m = monday_of(d)?;
    iv(m, m.checked_add_days(Days::new(6))?, Grain::Week, rel)
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        d.checked_add_days(Days::new(n as u64))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

fn add_months(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let k = u32::try_from(n.unsigned_abs()).ok()?;
    if n >= 0 {
        d.checked_add_months(Months::new(k))
    } else {
        d.checked_sub_months(Months::new(k))
    }
}

fn wd_num(d: NaiveDate) -> u32 {
    d.weekday().number_from_monday()
}

/// First day on or after `d` that is weekday `wd` (1 = Monday).
fn next_wd(d: NaiveDate, wd: u32) -> Option<NaiveDate> {
    let delta = (wd + 7 - wd_num(d)) % 7;
    add_days(d, i64::from(delta))
}

/// Last day on or before `d` that is weekday `wd`.
fn prev_wd(d: NaiveDate, wd: u32) -> Option<NaiveDate> {
    let delta = (wd_num(d) + 7 - wd) % 7;
    add_days(d, -i64::from(delta))
}

fn weekday_of(n: u32) -> Option<Weekday> {
    Some(match n {
        1 => Weekday::Mon,
        2 => Weekday::Tue,
        3 => Weekday::Wed,
        4 => Weekday::Thu,
        5 => Weekday::Fri,
        6 => Weekday::Sat,
        7 => Weekday::Sun,
        _ => return None,
    })
}

/// Year for a yearless day or month: the reference's year rolled by tense,
/// else the year hint from the text.
fn pick_year(ctx: &Ctx, m: u32, d: Option<u32>) -> Option<(i32, bool)> {
    if let Some(r) = ctx.reference {
        let y = r.year();
        let key = (m, d.unwrap_or(0));
        let rkey = (r.month(), if d.is_some() { r.day() } else { 0 });
        let y = match ctx.tense {
            Tense::Past if key > rkey => y - 1,
            Tense::Future if key < rkey => y + 1,
            _ => y,
        };
        return Some((y, true));
    }
    ctx.year_hint.map(|y| (y, false))
}

fn easter(y: i32) -> Option<NaiveDate> {
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(y, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn holiday_in(h: Holiday, y: i32) -> Option<NaiveDate> {
    match h {
        Holiday::Fixed(m, d) => ymd(y, m, d),
        Holiday::Easter => easter(y),
        Holiday::Thanksgiving => add_days(next_wd(ymd(y, 11, 1)?, 4)?, 21),
        Holiday::ElectionDay => add_days(next_wd(ymd(y, 11, 1)?, 1)?, 1),
    }
}

fn season_iv(idx: usize, y: i32) -> Option<(NaiveDate, NaiveDate)> {
    let (_, (sm, sd), (em, ed)) = tables().seasons.get(idx)?;
    let s = ymd(y, *sm, *sd)?;
    let ey = if (em, ed) < (sm, sd) { y + 1 } else { y };
    Some((s, ymd(ey, *em, *ed)?))
}

/// Every season occurrence (distinct names only) around year `y`, sorted.
fn seasons_around(y: i32) -> Vec<(NaiveDate, NaiveDate, usize)> {
    let t = tables();
    let mut seen: Vec<(u32, u32)> = Vec::new();
    let mut out = Vec::new();
    for (i, (_, a, _)) in t.seasons.iter().enumerate() {
        if seen.contains(a) {
            continue;
        }
        seen.push(*a);
        for yy in y - 2..=y + 1 {
            if let Some((s, e)) = season_iv(i, yy) {
                out.push((s, e, i));
            }
        }
    }
    out.sort();
    out
}

fn same_season(a: usize, b: usize) -> bool {
    let t = tables();
    match (t.seasons.get(a), t.seasons.get(b)) {
        (Some(x), Some(y)) => x.1 == y.1,
        _ => false,
    }
}

/// Resolves `e` in `ctx`; `None` when it cannot be (impossible day, no
/// reference for a relative expression, no year for a yearless date).
pub(crate) fn resolve(e: &Expr, ctx: &Ctx) -> Option<Iv> {
    let r = ctx.reference;
    match e {
        Expr::Clock(day) => {
            let mut out = resolve(day, ctx)?;
            out.g = Grain::Day;
            (out.s == out.e).then_some(out)
        }
        Expr::Day { y: Some(y), m, d, .. } => {
            let x = ymd(*y, *m, *d)?;
            iv(x, x, Grain::Day, false)
        }
        Expr::Day { y: None, m, d, wd } => {
            // reject impossible days whatever the year (February 29 is possible)
            ymd(2000, *m, *d)?;
            let (y0, rel) = pick_year(ctx, *m, Some(*d))?;
            if let Some(w) = wd {
                let want = weekday_of(*w)?;
                let order: Vec<i32> = std::iter::once(y0)
                    .chain((1..7).flat_map(|k| [y0 + k, y0 - k]))
                    .collect();
                for y in order {
                    if let Some(x) = ymd(y, *m, *d) {
                        if x.weekday() == want {
                            return iv(x, x, Grain::Day, rel);
                        }
                    }
                }
            }
            // February 29 in a common year: the nearest leap year in the tense's direction
            for k in 0..8 {
                let y = if ctx.tense == Tense::Past { y0 - k } else { y0 + k };
                if let Some(x) = ymd(y, *m, *d) {
                    return iv(x, x, Grain::Day, rel);
                }
            }
            None
        }
        Expr::Month { y: Some(y), m } => month_iv(*y, *m, false),
        Expr::Month { y: None, m } => {
            let (y, rel) = pick_year(ctx, *m, None)?;
            month_iv(y, *m, rel)
        }
        Expr::Year(y) => year_iv(*y, false),
        Expr::Range(a, b) => {
            let x = resolve(a, ctx)?;
            let mut y = resolve(b, ctx)?;
            if y.e < x.s {
                // "Dec 28 - Jan 3", "Friday to Monday": the end follows the start
                y = shift_forward(b, ctx, x.s)?;
            }
            let g = if x.g == y.g { x.g } else { Grain::Day };
            iv(x.s, y.e, g, x.rel || y.rel)
        }
        Expr::Weekday { wd, rel } => {
            let r = r?;
            let x = match rel {
                Rel::Next => add_days(monday_of(r)?, 7 + i64::from(*wd) - 1)?,
                Rel::Last => prev_wd(r.pred_opt()?, *wd)?,
                Rel::This => next_wd(r, *wd)?,
                Rel::AfterNext => add_days(next_wd(r.succ_opt()?, *wd)?, 7)?,
                _ => match ctx.tense {
                    Tense::Past => prev_wd(r, *wd)?,
                    _ => next_wd(r, *wd)?,
                },
            };
            iv(x, x, Grain::Day, true)
        }
        Expr::WeekdayOf { wd, week_off } => {
            let m = add_days(monday_of(r?)?, 7 * i64::from(*week_off))?;
            let x = add_days(m, i64::from(*wd) - 1)?;
            iv(x, x, Grain::Day, true)
        }
        Expr::WeekdayDay { wd, d } => {
            let r = r?;
            let want = weekday_of(*wd)?;
            let mut cur = ymd(r.year(), r.month(), 1)?;
            for _ in 0..28 {
                if let Some(x) = ymd(cur.year(), cur.month(), *d) {
                    let ok_dir = match ctx.tense {
                        Tense::Past => x <= r,
                        _ => x >= r,
                    };
                    if ok_dir && x.weekday() == want {
                        return iv(x, x, Grain::Day, true);
                    }
                }
                cur = add_months(cur, if ctx.tense == Tense::Past { -1 } else { 1 })?;
            }
            None
        }
        Expr::DayOfMonth { d, month_off } => {
            let r = r?;
            let first = ymd(r.year(), r.month(), 1)?;
            if let Some(off) = month_off {
                let m = add_months(first, i64::from(*off))?;
                let x = ymd(m.year(), m.month(), *d)?;
                return iv(x, x, Grain::Day, true);
            }
            let past = ctx.tense == Tense::Past;
            for k in 0..13i64 {
                let m = add_months(first, if past { -k } else { k })?;
                if let Some(x) = ymd(m.year(), m.month(), *d) {
                    if (past && x <= r) || (!past && x >= r) {
                        return iv(x, x, Grain::Day, true);
                    }
                }
            }
            None
        }
        Expr::Offset { n, unit, exact } => {
            let r = r?;
            match unit {
                Unit::Day => {
                    let x = add_days(r, *n)?;
                    iv(x, x, Grain::Day, true)
                }
                Unit::Week => {
                    let x = add_days(r, 7 * n)?;
                    iv(x, x, Grain::Day, true)
                }
                Unit::Month if *exact => {
                    let x = add_months(r, *n)?;
                    iv(x, x, Grain::Day, true)
                }
                Unit::Month => {
                    let x = add_months(r, *n)?;
                    month_iv(x.year(), x.month(), true)
                }
                Unit::Year if *exact => {
                    let x = add_months(r, 12 * n)?;
                    iv(x, x, Grain::Day, true)
                }
                Unit::Year => year_iv(r.year().checked_add(i32::try_from(*n).ok()?)?, true),
            }
        }
        Expr::Period { unit, off } => {
            let r = r?;
            let off = i64::from(*off);
            match unit {
                Unit::Day => {
                    let x = add_days(r, off)?;
                    iv(x, x, Grain::Day, true)
                }
                Unit::Week => week_iv(add_days(r, 7 * off)?, true),
                Unit::Month => {
                    let x = add_months(ymd(r.year(), r.month(), 1)?, off)?;
                    month_iv(x.year(), x.month(), true)
                }
                Unit::Year => year_iv(r.year().checked_add(i32::try_from(off).ok()?)?, true),
            }
        }
        Expr::PeriodSpan { unit, from, to } => {
            let a = resolve(
                &Expr::Period {
                    unit: *unit,
                    off: *from,
                },
                ctx,
            )?;
            let b = resolve(
                &Expr::Period {
                    unit: *unit,
                    off: *to,
                },
                ctx,
            )?;
            iv(a.s, b.e, a.g, true)
        }
        Expr::MonthRel { m, rel } => {
            let r = r?;
            let y = r.year();
            let y = match rel {
                Rel::Next if *m <= r.month() => y + 1,
                Rel::Last if *m >= r.month() => y - 1,
                Rel::AfterNext if *m <= r.month() => y + 2,
                Rel::AfterNext => y + 1,
                _ => y,
            };
            month_iv(y, *m, true)
        }
        Expr::MonthYearOff { m, yoff } => month_iv(r?.year() + yoff, *m, true),
        Expr::Part(base, part) => {
            let b = resolve(base, ctx)?;
            let (s, e, g) = match (b.g, part) {
                (Grain::Year, Part::Begin) => (b.s, ymd(b.s.year(), 3, 31)?, Grain::Month),
                (Grain::Year, Part::End) => (ymd(b.s.year(), 9, 1)?, b.e, Grain::Month),
                (Grain::Month, Part::Begin) => (b.s, add_days(b.s, 9)?, Grain::Day),
                (Grain::Month, Part::End) => (add_days(b.s, 20)?, b.e, Grain::Day),
                (Grain::Week, Part::Begin) => (b.s, add_days(b.s, 2)?, Grain::Day),
                (Grain::Week, Part::End) => (add_days(b.s, 4)?, b.e, Grain::Day),
                _ => return None,
            };
            iv(s, e, g, b.rel)
        }
        Expr::NthOf { n, what, base } => {
            let b = resolve(base, ctx)?;
            if *n == 0 {
                return None;
            }
            let k = i64::from(n.unsigned_abs()) - 1;
            let (s, e, g) = match what {
                What::Day => {
                    let x = if *n > 0 {
                        add_days(b.s, k)?
                    } else {
                        add_days(b.e, -k)?
                    };
                    (x, x, Grain::Day)
                }
                What::Weekday(wd) => {
                    let x = if *n > 0 {
                        add_days(next_wd(b.s, *wd)?, 7 * k)?
                    } else {
                        add_days(prev_wd(b.e, *wd)?, -7 * k)?
                    };
                    (x, x, Grain::Day)
                }
                What::Week => {
                    let s = if *n > 0 {
                        add_days(next_wd(b.s, 1)?, 7 * k)?
                    } else {
                        add_days(prev_wd(b.e, 7)?, -7 * k - 6)?
                    };
                    (s, add_days(s, 6)?, Grain::Week)
                }
            };
            if s < b.s || e > b.e {
                return None;
            }
            iv(s, e, g, b.rel)
        }
        Expr::WeekOf(base) => {
            let b = resolve(base, ctx)?;
            // the Sunday-to-Saturday week holding the day, named by its Monday
            let sun = prev_wd(b.s, 7)?;
            let m = add_days(sun, 1)?;
            iv(m, add_days(m, 6)?, Grain::Week, b.rel)
        }
        Expr::For(base, days) => {
            let b = resolve(base, ctx)?;
            iv(b.s, add_days(b.s, i64::from(*days))?, Grain::Day, b.rel)
        }
        Expr::Season { idx, rel } => {
            let r = r?;
            let all = seasons_around(r.year());
            let hit = match rel {
                Rel::Last => all.iter().rev().find(|(_, e, i)| same_season(*i, *idx) && *e < r),
                Rel::Next => all.iter().find(|(s, _, i)| same_season(*i, *idx) && *s > r),
                _ => all.iter().find(|(_, e, i)| same_season(*i, *idx) && *e >= r),
            }?;
            iv(hit.0, hit.1, Grain::Day, true)
        }
        Expr::SeasonShift(off) => {
            let r = r?;
            let all = seasons_around(r.year());
            let cur = all.iter().rposition(|(s, _, _)| *s <= r)?;
            let k = i64::try_from(cur).ok()? + i64::from(*off);
            let hit = all.get(usize::try_from(k).ok()?)?;
            iv(hit.0, hit.1, Grain::Day, true)
        }
        Expr::Holiday(h, Some(y)) => {
            let x = holiday_in(*h, *y)?;
            iv(x, x, Grain::Day, false)
        }
        Expr::Holiday(h, None) => {
            let (y0, rel) = if let Some(r) = r {
                (r.year(), true)
            } else {
                (ctx.year_hint?, false)
            };
            let mut x = holiday_in(*h, y0)?;
            if let Some(r) = r {
                if ctx.tense == Tense::Past && x > r {
                    x = holiday_in(*h, y0 - 1)?;
                } else if ctx.tense == Tense::Future && x < r {
                    x = holiday_in(*h, y0 + 1)?;
                }
            }
            iv(x, x, Grain::Day, rel)
        }
        Expr::Shift(base, n, unit) => {
            let b = resolve(base, ctx)?;
            let x = match unit {
                Unit::Day => add_days(b.s, *n)?,
                Unit::Week => add_days(b.s, 7 * n)?,
                Unit::Month => add_months(b.s, *n)?,
                Unit::Year => add_months(b.s, 12 * n)?,
            };
            iv(x, x, Grain::Day, b.rel)
        }
        Expr::NthWeekday { wd, n } => {
            let r = r?;
            let k = i64::from(n.unsigned_abs()) - 1;
            let x = if *n > 0 {
                add_days(next_wd(r.succ_opt()?, *wd)?, 7 * k)?
            } else {
                add_days(prev_wd(r.pred_opt()?, *wd)?, -7 * k)?
            };
            iv(x, x, Grain::Day, true)
        }
        Expr::EasterWeek(y) => {
            let (y0, rel) = match (y, r) {
                (Some(y), _) => (*y, false),
                (None, Some(r)) => (r.year(), true),
                (None, None) => (ctx.year_hint?, false),
            };
            let mut e = easter(y0)?;
            if let (None, Some(r)) = (y, r) {
                if ctx.tense == Tense::Past && add_days(e, -6)? > r {
                    e = easter(y0 - 1)?;
                } else if ctx.tense == Tense::Future && e < r {
                    e = easter(y0 + 1)?;
                }
            }
            iv(add_days(e, -6)?, e, Grain::Week, rel)
        }
        Expr::HintYear(off) => {
            let y = ctx.year_hint?.checked_add(*off)?;
            year_iv(y, false)
        }
        Expr::Ides(m) => {
            let d = if matches!(m, 3 | 5 | 7 | 10) { 15 } else { 13 };
            resolve(
                &Expr::Day {
                    y: None,
                    m: *m,
                    d,
                    wd: None,
                },
                ctx,
            )
        }
    }
}

/// True for a day that exists in no year ("February 30") or not in its
/// given year ("February 29, 2023").
pub(crate) fn impossible(e: &Expr) -> bool {
    match e {
        Expr::Day { y: None, m, d, .. } => ymd(2000, *m, *d).is_none(),
        Expr::Day { y: Some(y), m, d, .. } => ymd(*y, *m, *d).is_none(),
        Expr::Range(a, b) => impossible(a) || impossible(b),
        Expr::Clock(x) => impossible(x),
        _ => false,
    }
}

/// Resolves the end of a range again so that it does not precede `start`.
fn shift_forward(b: &Expr, ctx: &Ctx, start: NaiveDate) -> Option<Iv> {
    let moved = match b {
        Expr::Day { y: None, m, d, wd } => {
            let x = ymd(start.year(), *m, *d)?;
            let y = if x < start { start.year() + 1 } else { start.year() };
            Expr::Day {
                y: Some(y),
                m: *m,
                d: *d,
                wd: *wd,
            }
        }
        Expr::Month { y: None, m } => {
            let y = if *m < start.month() {
                start.year() + 1
            } else {
                start.year()
            };
            Expr::Month { y: Some(y), m: *m }
        }
        Expr::Weekday { wd, .. } => {
            let x = next_wd(start, *wd)?;
            return iv(x, x, Grain::Day, true);
        }
        _ => return None,
    };
    let mut out = resolve(&moved, ctx)?;
    out.rel = ctx.reference.is_some();
    Some(out)
}
