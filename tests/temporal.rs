//! Table-driven tests of `attache::temporal` on sentences written for this file.

use attache::temporal::{
    find_dateline, find_dates, find_durations, parse_date, DateMention, DateOptions, Grain,
};
use chrono::NaiveDate;

/// Wednesday 17 April 2024.
const R: &str = "2024-04-17";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn opts(reference: &str, day_first: bool) -> DateOptions {
    let r = if reference.is_empty() {
        None
    } else {
        Some(d(reference))
    };
    DateOptions::new().reference(r).day_first(day_first)
}

/// (text, the mention's text, reference or "", day first, start, end, grain)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    bool,
    &'static str,
    &'static str,
    Grain,
);

use Grain::{Day, Month, Week, Year};

const CASES: &[Case] = &[
    // absolute dates
    (
        "The visit is on April 22.",
        "April 22",
        R,
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "He arrived on 22 April 2024.",
        "22 April 2024",
        R,
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Talks opened on April 22nd, 2023 in Rome.",
        "April 22nd, 2023",
        R,
        false,
        "2023-04-22",
        "2023-04-22",
        Day,
    ),
    (
        "The summit opens Apr. 22",
        "Apr. 22",
        R,
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Elections are set for Sept. 3",
        "Sept. 3",
        R,
        false,
        "2024-09-03",
        "2024-09-03",
        Day,
    ),
    (
        "The letter is dated 2024-04-22.",
        "2024-04-22",
        "",
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Signed on 4/22/2024 in Doha.",
        "4/22/2024",
        "",
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Signed on 22/4/2024 in Doha.",
        "22/4/2024",
        "",
        true,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Signed on 3/4/2024 in Doha.",
        "3/4/2024",
        "",
        false,
        "2024-03-04",
        "2024-03-04",
        Day,
    ),
    (
        "Signed on 3/4/2024 in Doha.",
        "3/4/2024",
        "",
        true,
        "2024-04-03",
        "2024-04-03",
        Day,
    ),
    (
        "It ended on the 3rd of March 1999.",
        "3rd of March 1999",
        "",
        false,
        "1999-03-03",
        "1999-03-03",
        Day,
    ),
    (
        "Talks resume in mid-March 2020.",
        "mid-March 2020",
        "",
        false,
        "2020-03-01",
        "2020-03-31",
        Month,
    ),
    (
        "He first came in March 1987.",
        "March 1987",
        "",
        false,
        "1987-03-01",
        "1987-03-31",
        Month,
    ),
    (
        "The treaty was signed in 1987.",
        "1987",
        "",
        false,
        "1987-01-01",
        "1987-12-31",
        Year,
    ),
    (
        "Relations froze since 2003.",
        "2003",
        "",
        false,
        "2003-01-01",
        "2003-12-31",
        Year,
    ),
    (
        "The raid came on February 29, 2024.",
        "February 29, 2024",
        "",
        false,
        "2024-02-29",
        "2024-02-29",
        Day,
    ),
    (
        "Pearl Harbor was attacked on December 7, 1941.",
        "December 7, 1941",
        "",
        false,
        "1941-12-07",
        "1941-12-07",
        Day,
    ),
    (
        "Pearl Harbor was attacked on 7 December 1941.",
        "7 December 1941",
        "",
        false,
        "1941-12-07",
        "1941-12-07",
        Day,
    ),
    (
        "Adopted on the fourth of July, 1776.",
        "fourth of July, 1776",
        "",
        false,
        "1776-07-04",
        "1776-07-04",
        Day,
    ),
    (
        "It began on the twenty-first of June 2010.",
        "twenty-first of June 2010",
        "",
        false,
        "2010-06-21",
        "2010-06-21",
        Day,
    ),
    (
        "It began on June twenty-first, 2010.",
        "June twenty-first, 2010",
        "",
        false,
        "2010-06-21",
        "2010-06-21",
        Day,
    ),
    (
        "Filed 2024/04/22 by the clerk.",
        "2024/04/22",
        "",
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Stamped 22.04.2024 at the border.",
        "22.04.2024",
        "",
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "Issued 15-Jan-2020 by the ministry.",
        "15-Jan-2020",
        "",
        false,
        "2020-01-15",
        "2020-01-15",
        Day,
    ),
    (
        "Payment was made on 15/2",
        "15/2",
        R,
        true,
        "2024-02-15",
        "2024-02-15",
        Day,
    ),
    (
        "Figures for 2019-07 were revised.",
        "2019-07",
        "",
        false,
        "2019-07-01",
        "2019-07-31",
        Month,
    ),
    (
        "Figures for 2/2024 were revised.",
        "2/2024",
        "",
        false,
        "2024-02-01",
        "2024-02-29",
        Month,
    ),
    (
        "Independence came 15 08 1947",
        "15 08 1947",
        "",
        false,
        "1947-08-15",
        "1947-08-15",
        Day,
    ),
    (
        "The envoy lands on 12/25",
        "12/25",
        R,
        false,
        "2024-12-25",
        "2024-12-25",
        Day,
    ),
    (
        "The envoy lands on 25/12",
        "25/12",
        R,
        true,
        "2024-12-25",
        "2024-12-25",
        Day,
    ),
    (
        "Mar. 3 is the date.",
        "Mar. 3",
        R,
        false,
        "2024-03-03",
        "2024-03-03",
        Day,
    ),
    (
        "The Dec. 25, 1990 broadcast",
        "Dec. 25, 1990",
        "",
        false,
        "1990-12-25",
        "1990-12-25",
        Day,
    ),
    (
        "It was adopted in 2014 AD",
        "2014 AD",
        "",
        false,
        "2014-01-01",
        "2014-12-31",
        Year,
    ),
    (
        "Born in 1898 in Vienna.",
        "1898",
        "",
        false,
        "1898-01-01",
        "1898-12-31",
        Year,
    ),
    // ranges
    (
        "The fair runs April 22-24.",
        "April 22-24",
        R,
        false,
        "2024-04-22",
        "2024-04-24",
        Day,
    ),
    (
        "He stays from April 22nd to 24th.",
        "April 22nd to 24th",
        R,
        false,
        "2024-04-22",
        "2024-04-24",
        Day,
    ),
    (
        "The talks run 22-24 April.",
        "22-24 April",
        R,
        false,
        "2024-04-22",
        "2024-04-24",
        Day,
    ),
    (
        "The talks run between 5 and 7 March.",
        "5 and 7 March",
        R,
        false,
        "2024-03-05",
        "2024-03-07",
        Day,
    ),
    (
        "The tour lasts from April 29 to May 3.",
        "April 29 to May 3",
        R,
        false,
        "2024-04-29",
        "2024-05-03",
        Day,
    ),
    (
        "They will meet from Monday to Wednesday.",
        "Monday to Wednesday",
        R,
        false,
        "2024-04-22",
        "2024-04-24",
        Day,
    ),
    (
        "Stay from Dec 28, 2023 to Jan 3, 2024.",
        "Dec 28, 2023 to Jan 3, 2024",
        "",
        false,
        "2023-12-28",
        "2024-01-03",
        Day,
    ),
    (
        "The leave lasts Dec. 28 - Jan. 3",
        "Dec. 28 - Jan. 3",
        "2023-12-20",
        false,
        "2023-12-28",
        "2024-01-03",
        Day,
    ),
    (
        "He served between 2001 and 2004.",
        "2001 and 2004",
        "",
        false,
        "2001-01-01",
        "2004-12-31",
        Year,
    ),
    (
        "Built in 1960-1965.",
        "1960-1965",
        "",
        false,
        "1960-01-01",
        "1965-12-31",
        Year,
    ),
    (
        "Open from March to May 2020.",
        "March to May 2020",
        "",
        false,
        "2020-03-01",
        "2020-05-31",
        Month,
    ),
    (
        "The games run July 13-15, 2019.",
        "July 13-15, 2019",
        "",
        false,
        "2019-07-13",
        "2019-07-15",
        Day,
    ),
    (
        "The games run 13 to 15 July 2019.",
        "13 to 15 July 2019",
        "",
        false,
        "2019-07-13",
        "2019-07-15",
        Day,
    ),
    (
        "Open from the 13th to the 15th of July 2019.",
        "13th to the 15th of July 2019",
        "",
        false,
        "2019-07-13",
        "2019-07-15",
        Day,
    ),
    (
        "The fair runs 29 April to 3 May 2024.",
        "29 April to 3 May 2024",
        "",
        false,
        "2024-04-29",
        "2024-05-03",
        Day,
    ),
    // relative to the reference (Wednesday 17 April 2024)
    (
        "The minister is here today.",
        "today",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "He landed yesterday.",
        "yesterday",
        R,
        false,
        "2024-04-16",
        "2024-04-16",
        Day,
    ),
    (
        "The envoy arrived in Cairo last night for talks.",
        "last night",
        R,
        false,
        "2024-04-16",
        "2024-04-16",
        Day,
    ),
    (
        "The minister left for Oslo this morning.",
        "this morning",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "He leaves tomorrow.",
        "tomorrow",
        R,
        false,
        "2024-04-18",
        "2024-04-18",
        Day,
    ),
    (
        "The talks happen tonight.",
        "tonight",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "Talks continue this week.",
        "this week",
        R,
        false,
        "2024-04-15",
        "2024-04-21",
        Week,
    ),
    (
        "Talks continue next week.",
        "next week",
        R,
        false,
        "2024-04-22",
        "2024-04-28",
        Week,
    ),
    (
        "Talks stalled last week.",
        "last week",
        R,
        false,
        "2024-04-08",
        "2024-04-14",
        Week,
    ),
    (
        "Exports fell last month.",
        "last month",
        R,
        false,
        "2024-03-01",
        "2024-03-31",
        Month,
    ),
    (
        "Exports rise next month.",
        "next month",
        R,
        false,
        "2024-05-01",
        "2024-05-31",
        Month,
    ),
    (
        "Exports rose this month.",
        "this month",
        R,
        false,
        "2024-04-01",
        "2024-04-30",
        Month,
    ),
    (
        "It was agreed earlier this month.",
        "earlier this month",
        R,
        false,
        "2024-04-01",
        "2024-04-30",
        Month,
    ),
    (
        "It will be signed later this year.",
        "later this year",
        R,
        false,
        "2024-01-01",
        "2024-12-31",
        Year,
    ),
    (
        "Growth slowed last year.",
        "last year",
        R,
        false,
        "2023-01-01",
        "2023-12-31",
        Year,
    ),
    (
        "Growth returns next year.",
        "next year",
        R,
        false,
        "2025-01-01",
        "2025-12-31",
        Year,
    ),
    (
        "He returns in two weeks.",
        "in two weeks",
        R,
        false,
        "2024-05-01",
        "2024-05-01",
        Day,
    ),
    (
        "He left three days ago.",
        "three days ago",
        R,
        false,
        "2024-04-14",
        "2024-04-14",
        Day,
    ),
    (
        "He left two weeks ago.",
        "two weeks ago",
        R,
        false,
        "2024-04-03",
        "2024-04-03",
        Day,
    ),
    (
        "He left a week ago.",
        "a week ago",
        R,
        false,
        "2024-04-10",
        "2024-04-10",
        Day,
    ),
    (
        "He left three months ago.",
        "three months ago",
        R,
        false,
        "2024-01-01",
        "2024-01-31",
        Month,
    ),
    (
        "He left two years ago.",
        "two years ago",
        R,
        false,
        "2022-01-01",
        "2022-12-31",
        Year,
    ),
    (
        "The plant opens in three years.",
        "in three years",
        R,
        false,
        "2027-01-01",
        "2027-12-31",
        Year,
    ),
    (
        "The day after tomorrow he flies.",
        "day after tomorrow",
        R,
        false,
        "2024-04-19",
        "2024-04-19",
        Day,
    ),
    (
        "The day before yesterday he flew.",
        "day before yesterday",
        R,
        false,
        "2024-04-15",
        "2024-04-15",
        Day,
    ),
    (
        "Rain is likely for the next three days.",
        "next three days",
        R,
        false,
        "2024-04-18",
        "2024-04-20",
        Day,
    ),
    (
        "Prices rose over the past two weeks.",
        "past two weeks",
        R,
        false,
        "2024-04-01",
        "2024-04-14",
        Week,
    ),
    (
        "Prices rose over the last two months.",
        "last two months",
        R,
        false,
        "2024-02-01",
        "2024-03-31",
        Month,
    ),
    (
        "Prices will rise in the next 2 years.",
        "next 2 years",
        R,
        false,
        "2025-01-01",
        "2026-12-31",
        Year,
    ),
    (
        "The vote is on Monday of next week.",
        "Monday of next week",
        R,
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "It happened on Wednesday of last week.",
        "Wednesday of last week",
        R,
        false,
        "2024-04-10",
        "2024-04-10",
        Day,
    ),
    (
        "It is due 2 fridays from now",
        "2 fridays from now",
        R,
        false,
        "2024-04-26",
        "2024-04-26",
        Day,
    ),
    (
        "Rates fall upcoming 2 weeks",
        "upcoming 2 weeks",
        R,
        false,
        "2024-04-29",
        "2024-05-05",
        Week,
    ),
    (
        "Expect it 2 upcoming days",
        "2 upcoming days",
        R,
        false,
        "2024-04-19",
        "2024-04-19",
        Day,
    ),
    (
        "Three years from today it ends",
        "Three years from today",
        R,
        false,
        "2027-04-17",
        "2027-04-17",
        Day,
    ),
    (
        "It ends a week hence",
        "a week hence",
        R,
        false,
        "2024-04-24",
        "2024-04-24",
        Day,
    ),
    (
        "It ends two years hence",
        "two years hence",
        R,
        false,
        "2026-01-01",
        "2026-12-31",
        Year,
    ),
    // months relative to the reference and the tense
    (
        "Elections are held in January.",
        "January",
        R,
        false,
        "2024-01-01",
        "2024-01-31",
        Month,
    ),
    (
        "She will visit in January.",
        "January",
        R,
        false,
        "2025-01-01",
        "2025-01-31",
        Month,
    ),
    (
        "In May, the president visited Rome.",
        "May",
        R,
        false,
        "2023-05-01",
        "2023-05-31",
        Month,
    ),
    (
        "Prices have risen since January.",
        "January",
        R,
        false,
        "2024-01-01",
        "2024-01-31",
        Month,
    ),
    (
        "The vote is in March.",
        "March",
        R,
        false,
        "2024-03-01",
        "2024-03-31",
        Month,
    ),
    (
        "Polls open this September.",
        "this September",
        R,
        false,
        "2024-09-01",
        "2024-09-30",
        Month,
    ),
    (
        "Polls opened last November.",
        "last November",
        R,
        false,
        "2023-11-01",
        "2023-11-30",
        Month,
    ),
    (
        "Polls open next January.",
        "next January",
        R,
        false,
        "2025-01-01",
        "2025-01-31",
        Month,
    ),
    (
        "Polls opened in January this year.",
        "January this year",
        R,
        false,
        "2024-01-01",
        "2024-01-31",
        Month,
    ),
    (
        "Polls opened in June last year.",
        "June last year",
        R,
        false,
        "2023-06-01",
        "2023-06-30",
        Month,
    ),
    (
        "The vote comes early March.",
        "early March",
        R,
        false,
        "2024-03-01",
        "2024-03-31",
        Month,
    ),
    (
        "It collapsed in late November 1999.",
        "late November 1999",
        "",
        false,
        "1999-11-01",
        "1999-11-30",
        Month,
    ),
    (
        "It collapsed in mid-1996.",
        "mid-1996",
        "",
        false,
        "1996-01-01",
        "1996-12-31",
        Year,
    ),
    (
        "The deal closes early next year.",
        "early next year",
        R,
        false,
        "2025-01-01",
        "2025-12-31",
        Year,
    ),
    // weekdays and tense
    (
        "The minister said on Monday that talks would go on.",
        "Monday",
        R,
        false,
        "2024-04-15",
        "2024-04-15",
        Day,
    ),
    (
        "The minister will arrive on Monday.",
        "Monday",
        R,
        false,
        "2024-04-22",
        "2024-04-22",
        Day,
    ),
    (
        "The minister arrived on Wednesday.",
        "Wednesday",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "The minister said on Wednesday.",
        "Wednesday",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "They meet next Tuesday.",
        "next Tuesday",
        R,
        false,
        "2024-04-23",
        "2024-04-23",
        Day,
    ),
    (
        "They met last Monday.",
        "last Monday",
        R,
        false,
        "2024-04-15",
        "2024-04-15",
        Day,
    ),
    (
        "They met last Wednesday.",
        "last Wednesday",
        R,
        false,
        "2024-04-10",
        "2024-04-10",
        Day,
    ),
    (
        "Talks on Friday",
        "Friday",
        R,
        false,
        "2024-04-19",
        "2024-04-19",
        Day,
    ),
    (
        "The minister met his counterpart on Friday.",
        "Friday",
        R,
        false,
        "2024-04-12",
        "2024-04-12",
        Day,
    ),
    (
        "He is due to arrive on Friday.",
        "Friday",
        R,
        false,
        "2024-04-19",
        "2024-04-19",
        Day,
    ),
    (
        "They'll meet on Sunday.",
        "Sunday",
        R,
        false,
        "2024-04-21",
        "2024-04-21",
        Day,
    ),
    (
        "Officials had met Saturday.",
        "Saturday",
        R,
        false,
        "2024-04-13",
        "2024-04-13",
        Day,
    ),
    (
        "The summit is scheduled for Thursday.",
        "Thursday",
        R,
        false,
        "2024-04-18",
        "2024-04-18",
        Day,
    ),
    (
        "The vote is on Thursday, May 2.",
        "Thursday, May 2",
        R,
        false,
        "2024-05-02",
        "2024-05-02",
        Day,
    ),
    (
        "It was held on Saturday, March 2.",
        "Saturday, March 2",
        R,
        false,
        "2024-03-02",
        "2024-03-02",
        Day,
    ),
    (
        "The vote is Tuesday 23rd",
        "Tuesday 23rd",
        R,
        false,
        "2024-04-23",
        "2024-04-23",
        Day,
    ),
    // seasons and holidays
    (
        "Talks resume this summer.",
        "this summer",
        R,
        false,
        "2024-06-21",
        "2024-09-23",
        Day,
    ),
    (
        "Talks stalled last winter.",
        "last winter",
        R,
        false,
        "2023-12-21",
        "2024-03-20",
        Day,
    ),
    (
        "The pope speaks at Christmas.",
        "Christmas",
        R,
        false,
        "2024-12-25",
        "2024-12-25",
        Day,
    ),
    (
        "The family celebrated Christmas.",
        "Christmas",
        R,
        false,
        "2023-12-25",
        "2023-12-25",
        Day,
    ),
    (
        "Mass was held on Easter 2024.",
        "Easter 2024",
        "",
        false,
        "2024-03-31",
        "2024-03-31",
        Day,
    ),
    (
        "He came home for Thanksgiving 2023.",
        "Thanksgiving 2023",
        "",
        false,
        "2023-11-23",
        "2023-11-23",
        Day,
    ),
    (
        "It ended three days after Easter 2024.",
        "three days after Easter 2024",
        "",
        false,
        "2024-04-03",
        "2024-04-03",
        Day,
    ),
    (
        "Beware the ides of March.",
        "ides of March",
        R,
        false,
        "2024-03-15",
        "2024-03-15",
        Day,
    ),
    // parts of periods
    (
        "Payment is due by the end of the month.",
        "end of the month",
        R,
        false,
        "2024-04-21",
        "2024-04-30",
        Day,
    ),
    (
        "The report comes at the beginning of next week.",
        "beginning of next week",
        R,
        false,
        "2024-04-22",
        "2024-04-24",
        Day,
    ),
    (
        "The report comes at the end of this week.",
        "end of this week",
        R,
        false,
        "2024-04-19",
        "2024-04-21",
        Day,
    ),
    (
        "Work starts at the beginning of 2017.",
        "beginning of 2017",
        "",
        false,
        "2017-01-01",
        "2017-03-31",
        Month,
    ),
    (
        "Work ended at end of 2012.",
        "end of 2012",
        "",
        false,
        "2012-09-01",
        "2012-12-31",
        Month,
    ),
    (
        "Work ends at the end of May.",
        "end of May",
        R,
        false,
        "2024-05-21",
        "2024-05-31",
        Day,
    ),
    // ordinals inside periods
    (
        "The vote is the first Monday of May 2024.",
        "first Monday of May 2024",
        "",
        false,
        "2024-05-06",
        "2024-05-06",
        Day,
    ),
    (
        "The vote is the last Friday of April 2024.",
        "last Friday of April 2024",
        "",
        false,
        "2024-04-26",
        "2024-04-26",
        Day,
    ),
    (
        "Filing closes on the last day of February 2024.",
        "last day of February 2024",
        "",
        false,
        "2024-02-29",
        "2024-02-29",
        Day,
    ),
    (
        "The vote is the second Tuesday of next month.",
        "second Tuesday of next month",
        R,
        false,
        "2024-05-14",
        "2024-05-14",
        Day,
    ),
    (
        "The vote is on the 20th of next month.",
        "20th of next month",
        R,
        false,
        "2024-05-20",
        "2024-05-20",
        Day,
    ),
    (
        "The vote is on the 25th.",
        "25th",
        R,
        false,
        "2024-04-25",
        "2024-04-25",
        Day,
    ),
    (
        "The vote was held on the 15th.",
        "15th",
        R,
        false,
        "2024-04-15",
        "2024-04-15",
        Day,
    ),
    (
        "Pay arrives on the 1st.",
        "1st",
        R,
        false,
        "2024-05-01",
        "2024-05-01",
        Day,
    ),
    (
        "The course runs the first week of June 2024.",
        "first week of June 2024",
        "",
        false,
        "2024-06-03",
        "2024-06-09",
        Week,
    ),
    (
        "The course runs the last week of June 2024.",
        "last week of June 2024",
        "",
        false,
        "2024-06-24",
        "2024-06-30",
        Week,
    ),
    (
        "Meet the week of May 6, 2024.",
        "week of May 6, 2024",
        "",
        false,
        "2024-05-06",
        "2024-05-12",
        Week,
    ),
    // years from the text, without a reference
    (
        "In 1998, the minister visited Paris on March 3.",
        "March 3",
        "",
        false,
        "1998-03-03",
        "1998-03-03",
        Day,
    ),
    (
        "In 1995 he left; the following year he returned.",
        "following year",
        "",
        false,
        "1996-01-01",
        "1996-12-31",
        Year,
    ),
    (
        "In 1995 he left and later that year he returned.",
        "that year",
        "",
        false,
        "1995-01-01",
        "1995-12-31",
        Year,
    ),
    (
        "He was born in nineteen ninety-one.",
        "nineteen ninety-one",
        "",
        false,
        "1991-01-01",
        "1991-12-31",
        Year,
    ),
    (
        "It was the plan for the year two thousand.",
        "year two thousand",
        "",
        false,
        "2000-01-01",
        "2000-12-31",
        Year,
    ),
    // year roll with a reference
    (
        "The premier will visit on Jan. 4-7.",
        "Jan. 4-7",
        "2023-12-31",
        false,
        "2024-01-04",
        "2024-01-07",
        Day,
    ),
    (
        "The premier visited on Dec. 20.",
        "Dec. 20",
        "2024-01-05",
        false,
        "2023-12-20",
        "2023-12-20",
        Day,
    ),
    (
        "The talks, which began on Nov. 3, ended.",
        "Nov. 3",
        "2024-01-10",
        false,
        "2023-11-03",
        "2023-11-03",
        Day,
    ),
    (
        "The deadline is Dec. 20.",
        "Dec. 20",
        "2024-01-05",
        false,
        "2024-12-20",
        "2024-12-20",
        Day,
    ),
    (
        "The envoy is expected to arrive on Feb. 2.",
        "Feb. 2",
        "2024-11-20",
        false,
        "2025-02-02",
        "2025-02-02",
        Day,
    ),
    (
        "The dividend will be paid Jan. 3.",
        "Jan. 3",
        "2024-11-01",
        false,
        "2025-01-03",
        "2025-01-03",
        Day,
    ),
    // spans
    (
        "house 1 on december 2013",
        "december 2013",
        "",
        false,
        "2013-12-01",
        "2013-12-31",
        Month,
    ),
    (
        "table Wednesday for 30 people",
        "Wednesday",
        R,
        false,
        "2024-04-17",
        "2024-04-17",
        Day,
    ),
    (
        "this this week",
        "this week",
        R,
        false,
        "2024-04-15",
        "2024-04-21",
        Week,
    ),
    // Duckling-style phrases
    (
        "from 18th Dec for 10 days",
        "18th Dec for 10 days",
        R,
        false,
        "2024-12-18",
        "2024-12-28",
        Day,
    ),
    ("the BOM", "BOM", R, false, "2024-04-01", "2024-04-10", Day),
    ("EOY", "EOY", R, false, "2024-09-01", "2024-12-31", Month),
    (
        "third last week of 2018",
        "third last week of 2018",
        "",
        false,
        "2018-12-10",
        "2018-12-16",
        Week,
    ),
    (
        "fifth last day of May",
        "fifth last day of May",
        R,
        false,
        "2024-05-27",
        "2024-05-27",
        Day,
    ),
];

fn find<'a>(found: &'a [DateMention], text: &str, want: &str) -> Option<&'a DateMention> {
    found.iter().find(|m| m.span.slice(text) == want)
}

#[test]
fn table_of_cases() {
    assert!(CASES.len() >= 150, "only {} cases", CASES.len());
    let mut failures = Vec::new();
    for &(text, want, reference, day_first, start, end, grain) in CASES {
        let found = find_dates(text, &opts(reference, day_first));
        match find(&found, text, want) {
            Some(m) if m.start == d(start) && m.end == d(end) && m.grain == grain => {}
            _ => failures.push(format!(
                "{text:?} [{want:?}] ref {reference:?}: want {start}..{end} {grain:?}, got {:?}",
                found
                    .iter()
                    .map(|m| (m.span.slice(text), m.start, m.end, m.grain))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Texts with no date in them.
const NEGATIVES: &[&str] = &[
    "1987 people marched in the capital.",
    "The ticket cost $2000 last",
    "It is February 30 now",
    "They met on February 30, 2024.",
    "The report is dated April 31, 2024.",
    "February 29, 2023 never happened.",
    "Add 1/2 cup of flour.",
    "The home side won 3-2 after extra time.",
    "It passed by a 15-2 vote.",
    "Call 555-1234 for details.",
    "Inflation hit 3.5 percent.",
    "Version 2.1 fixes the bug.",
    "The ratio moved to 10:30 overnight.",
    "The music of the 1990s returns.",
    "Some 2000 troops were deployed.",
    "He boarded flight 2024 to Doha.",
    "May I ask a question?",
    "The talks may resume soon.",
    "Protesters march through the city.",
    "He sat down and wept.",
    "A sun-filled square.",
    "The March rally drew crowds.",
    "one two three",
];

#[test]
fn negatives_find_nothing() {
    let o = opts(R, false);
    for text in NEGATIVES {
        let found = find_dates(text, &o);
        assert!(
            found.is_empty(),
            "{text:?}: {:?}",
            found
                .iter()
                .map(|m| m.span.slice(text).to_string())
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn yearless_without_any_year_stays_unresolved() {
    let found = find_dates("The minister arrives on March 3.", &DateOptions::new());
    assert!(found.is_empty());
    let found = find_dates("The minister arrived on Monday.", &DateOptions::new());
    assert!(found.is_empty());
}

#[test]
fn relative_flag() {
    let text = "On Monday, 22 April 2024, he left.";
    let found = find_dates(text, &opts(R, false));
    assert_eq!(found.len(), 1);
    assert!(!found[0].relative);
    let found = find_dates("He left yesterday.", &opts(R, false));
    assert!(found[0].relative);
}

#[test]
fn sorted_and_non_overlapping() {
    let text = "On April 2, 2024 and again on May 5 and June 7, plus last week and in 1999.";
    let found = find_dates(text, &opts(R, false));
    assert_eq!(found.len(), 5);
    for w in found.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
    }
}

#[test]
fn datelines() {
    let o = opts("2024-03-04", false);
    let text = "TOKYO, March 3 - Japan said on Sunday it would send an envoy.";
    let (span, city, date) = find_dateline(text, &o).unwrap();
    assert_eq!(span.slice(text), "TOKYO, March 3 -");
    assert_eq!(city.as_deref(), Some("TOKYO"));
    assert_eq!(date.unwrap().start, d("2024-03-03"));

    let text = "ISLAMABAD, Feb 12 (APP): The Foreign Office said ...";
    let (span, city, date) = find_dateline(text, &opts("2024-02-12", false)).unwrap();
    assert_eq!(span.slice(text), "ISLAMABAD, Feb 12 (APP):");
    assert_eq!(city.as_deref(), Some("ISLAMABAD"));
    assert_eq!(date.unwrap().start, d("2024-02-12"));

    let text = "WASHINGTON (Reuters) - The secretary will travel.";
    let (span, city, date) = find_dateline(text, &o).unwrap();
    assert_eq!(span.slice(text), "WASHINGTON (Reuters) -");
    assert_eq!(city.as_deref(), Some("WASHINGTON"));
    assert!(date.is_none());

    let text = "NEW DELHI, April 5 — Talks began.";
    let (span, city, date) = find_dateline(text, &opts("2024-04-05", false)).unwrap();
    assert_eq!(span.slice(text), "NEW DELHI, April 5 —");
    assert_eq!(city.as_deref(), Some("NEW DELHI"));
    assert_eq!(date.unwrap().start, d("2024-04-05"));

    // a yearless dateline without a reference: the city, no date
    let text = "TOKYO, March 3 - Japan said.";
    let (_, city, date) = find_dateline(text, &DateOptions::new()).unwrap();
    assert_eq!(city.as_deref(), Some("TOKYO"));
    assert!(date.is_none());

    assert!(find_dateline("The president said on Monday - nothing.", &o).is_none());
    assert!(find_dateline("", &o).is_none());
}

#[test]
fn durations() {
    let cases: &[(&str, &[(&str, u32)])] = &[
        ("He began a four-day visit.", &[("four-day", 4)]),
        ("It is a week-long tour.", &[("a week-long", 7)]),
        ("A two-day summit opens.", &[("two-day", 2)]),
        ("He will stay three days.", &[("three days", 3)]),
        ("A 10-day trip to Asia.", &[("10-day", 10)]),
        ("He stays for a week.", &[("a week", 7)]),
        ("A weeklong festival.", &[("weeklong", 7)]),
        ("He left three days ago.", &[]),
        ("Rain over the next three days.", &[]),
        ("He returns in two days.", &[]),
        ("Nothing here.", &[]),
    ];
    for (text, want) in cases {
        let got: Vec<(&str, u32)> = find_durations(text)
            .iter()
            .map(|m| (m.span.slice(text), m.days))
            .collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn strict_parse_date() {
    assert_eq!(parse_date("2024-04-22").unwrap(), d("2024-04-22"));
    for bad in [
        "2024-13-45",
        "2024-02-30",
        "2023-02-29",
        "24-04-22",
        "2024/04/22",
        "2024-4-22",
        "",
        "abcd-ef-gh",
        "２０２４-04-22",
    ] {
        let e = parse_date(bad).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("invalid date"), "{bad:?}: {msg}");
    }
    let msg = parse_date("2024-13-45").unwrap_err().to_string();
    assert!(msg.contains("month 13"), "{msg}");
}

#[test]
fn locale_option() {
    assert!(DateOptions::new().locale(Some("EN_GB")).is_day_first());
    assert!(DateOptions::new().locale(Some("EN_AU")).is_day_first());
    assert!(!DateOptions::new().locale(Some("EN_US")).is_day_first());
    assert!(!DateOptions::new().locale(None).is_day_first());
}

fn odd_inputs() -> Vec<String> {
    let mut v: Vec<String> = [
        "",
        " ",
        "\n\n",
        "0",
        "1234567890123456789012345678901234567890",
        "99999999999/99999999999/99999999999",
        "February 30",
        "🎉 on 📅 April 5 🎉 🇯🇵",
        "April 5🎉",
        "É 3 März 2024 née",
        "(((",
        "from April 22 to",
        "between 5 and",
        "the 3rd of",
        "the",
        "last",
        "next",
        "in",
        "ago",
        "1/",
        "/1",
        "-",
        "2024-",
        "2024-04-",
        "12/31/9999",
        "Dec 31, 9999 to Jan 1",
        "January 1, 1000",
        "\u{0}\u{1}\u{7f}",
        "\u{feff}April 1",
        "Mon. Tue. Wed. Thu. Fri. Sat. Sun.",
        "next 4294967295 years",
        "in 999999999 years",
        "999999999 days ago",
        "4294967295th of May",
        "TOKYO,",
        "TOKYO, March",
        "TOKYO (",
        "NEW YORK, Dec. 31 (AP) --",
        "the year",
        "nineteen",
        "two thousand and",
        "31/12/-5",
        "Sunday, Feb 29",
        "''''''",
        "´`",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // every prefix of a busy sentence
    let busy = "On Monday, 22 April 2024, the envoy — who arrived on 4/21 — said “the talks” run until Friday the 26th; née Müller, 3 days ago.";
    for (i, _) in busy.char_indices() {
        v.push(busy[..i].to_string());
        v.push(busy[i..].to_string());
    }
    v.push("April 22 ".repeat(2000));
    v
}

#[test]
fn no_panics_and_spans_on_char_boundaries() {
    let refs = [
        None,
        Some(d("2024-04-17")),
        Some(d("0001-01-01")),
        Some(d("9999-12-31")),
    ];
    for text in odd_inputs() {
        for r in refs {
            for day_first in [false, true] {
                let o = DateOptions::new().reference(r).day_first(day_first);
                let found = find_dates(&text, &o);
                let mut last_end = 0;
                for m in &found {
                    assert!(text.is_char_boundary(m.span.start), "{text:?}");
                    assert!(text.is_char_boundary(m.span.end), "{text:?}");
                    assert!(m.span.start < m.span.end && m.span.end <= text.len());
                    assert!(m.span.start >= last_end, "overlap in {text:?}");
                    assert!(m.start <= m.end);
                    last_end = m.span.end;
                }
                // deterministic
                assert_eq!(found, find_dates(&text, &o));
                if let Some((span, _, _)) = find_dateline(&text, &o) {
                    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                }
            }
        }
        for m in find_durations(&text) {
            assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
        let _ = parse_date(&text);
    }
}

#[test]
fn long_input_is_linear_enough() {
    let text = "The minister said on Monday that he will visit on April 22-24. ".repeat(5000);
    let t0 = std::time::Instant::now();
    let found = find_dates(&text, &opts(R, false));
    assert_eq!(found.len(), 10_000);
    assert!(t0.elapsed().as_secs() < 10);
}

#[test]
fn more_phrases() {
    let o = opts(R, false);
    let cases: &[(&str, &str, &str)] = &[
        ("Friday after next", "2024-04-26", "2024-04-26"),
        ("the 24", "2024-04-24", "2024-04-24"),
        ("on the first", "2024-05-01", "2024-05-01"),
    ];
    for (text, start, end) in cases {
        let found = find_dates(text, &o);
        assert_eq!(found.len(), 1, "{text:?}: {found:?}");
        assert_eq!((found[0].start, found[0].end), (d(start), d(end)), "{text:?}");
    }
    for text in ["this is the one", "the one", "the 24 members"] {
        assert!(find_dates(text, &o).is_empty(), "{text:?}");
    }
}

/// Times of day are read as the day they fall on; (text, the mention's
/// text, start, end), reference Wednesday 17 April 2024.
const TIME_CASES: &[(&str, &str, &str, &str)] = &[
    ("The envoy lands at 7pm.", "at 7pm", "2024-04-17", "2024-04-17"),
    (
        "Talks resume at 10 a.m. on Monday.",
        "at 10 a.m. on Monday",
        "2024-04-22",
        "2024-04-22",
    ),
    (
        "Polls close at eight p.m. tomorrow.",
        "at eight p.m. tomorrow",
        "2024-04-18",
        "2024-04-18",
    ),
    (
        "The ceremony starts at 1430 GMT.",
        "at 1430 GMT",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "The ceremony starts at 1430 on Friday.",
        "at 1430 on Friday",
        "2024-04-19",
        "2024-04-19",
    ),
    ("The ship docks at 545.", "at 545", "2024-04-17", "2024-04-17"),
    (
        "The minister speaks at 16:45 (CET).",
        "at 16:45 (CET)",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "She will arrive on Thursday at 9:15 local time.",
        "Thursday at 9:15 local time",
        "2024-04-18",
        "2024-04-18",
    ),
    (
        "Voting runs 7am EDT - 9pm EDT nationwide.",
        "7am EDT - 9pm EDT",
        "2024-04-17",
        "2024-04-17",
    ),
    ("The office is open 9-5pm.", "9-5pm", "2024-04-17", "2024-04-17"),
    (
        "Doors open at seven o'clock sharp.",
        "at seven o'clock",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "The statement came out at 11.30am yesterday.",
        "at 11.30am yesterday",
        "2024-04-16",
        "2024-04-16",
    ),
    (
        "The press conference begins in 20 minutes.",
        "in 20 minutes",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "The deadline passes in 48 hours.",
        "in 48 hours",
        "2024-04-19",
        "2024-04-19",
    ),
    (
        "The count ends in 5\u{2032}.",
        "in 5\u{2032}",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "Her plane landed three hours ago.",
        "three hours ago",
        "2024-04-17",
        "2024-04-17",
    ),
    (
        "The leaders met on April 3, 6 pm UTC+2.",
        "April 3, 6 pm UTC+2",
        "2024-04-03",
        "2024-04-03",
    ),
    (
        "Results are due at noon on May 2.",
        "at noon on May 2",
        "2024-05-02",
        "2024-05-02",
    ),
    (
        "The rally is on 22 April, from 5pm to 8pm.",
        "22 April, from 5pm to 8pm",
        "2024-04-22",
        "2024-04-22",
    ),
    (
        "Trains stop after 23:10 GMT tonight.",
        "23:10 GMT tonight",
        "2024-04-17",
        "2024-04-17",
    ),
    // two days joined by "and"
    (
        "The forum is held on May 30th and 31st.",
        "May 30th and 31st",
        "2024-05-30",
        "2024-05-31",
    ),
    (
        "The ministers meet on 8 and 9 June in Oslo.",
        "8 and 9 June",
        "2024-06-08",
        "2024-06-09",
    ),
    (
        "The fair will open July 11 and 12.",
        "July 11 and 12",
        "2024-07-11",
        "2024-07-12",
    ),
    (
        "The talks will be held on the 5th and 6th of August.",
        "5th and 6th of August",
        "2024-08-05",
        "2024-08-06",
    ),
    (
        "The summit is on June 3 and 4, 2025.",
        "June 3 and 4, 2025",
        "2025-06-03",
        "2025-06-04",
    ),
    (
        "The visit will run 20 and 22 May.",
        "20 and 22 May",
        "2024-05-20",
        "2024-05-22",
    ),
    (
        "They will visit on June 29<sup>th</sup> and 30<sup>th</sup>.",
        "June 29<sup>th</sup> and 30<sup>th</sup>",
        "2024-06-29",
        "2024-06-30",
    ),
    (
        "Talks are on May 7<SUP>th</SUP> in Rome.",
        "May 7<SUP>th</SUP>",
        "2024-05-07",
        "2024-05-07",
    ),
];

#[test]
fn times_of_day_and_two_day_ranges() {
    let o = opts(R, false);
    let mut failures = Vec::new();
    for &(text, want, start, end) in TIME_CASES {
        let found = find_dates(text, &o);
        match find(&found, text, want) {
            Some(m) if m.start == d(start) && m.end == d(end) && m.grain == Day => {}
            _ => failures.push(format!(
                "{text:?} [{want:?}]: want {start}..{end}, got {:?}",
                found
                    .iter()
                    .map(|m| (m.span.slice(text), m.start, m.end, m.grain))
                    .collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn bare_numbers_are_not_times() {
    let o = opts(R, false);
    for text in [
        "The panel released a 615-page report.",
        "The party won in 2024 seats.",
        "The hosts scored 2-1 at home.",
        "The index closed at 615.",
        "Turnout was estimated at 830 on the island.",
        "The office is at 930 Main Street.",
        "The bond was priced at 1215.",
        "Prices returned to levels seen at 2019 rates.",
        "Call the desk at 202-555-0143 for details.",
        "The plan costs 12 billion at 5 percent interest.",
        "The clock read 10:30 all day.",
        "Levels hit 30 pm in the lab.",
        "The forum ran June 3 and 4 delegates left.",
        "He paid 3 and 4 dollars.",
        "The game lasted 90 minutes of play.",
        "The beam measures 2' long.",
        "He is ready for a 3 a.m. phone call.",
    ] {
        let found = find_dates(text, &o);
        let dates: Vec<&str> = found
            .iter()
            .filter(|m| !m.span.slice(text).contains("June"))
            .map(|m| m.span.slice(text))
            .collect();
        assert!(dates.is_empty(), "{text:?}: {dates:?}");
    }
    // "June 3" alone stays, the count after "and" is not a day
    let text = "The forum ran June 3 and 4 delegates left.";
    let found = find_dates(text, &o);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(text), "June 3");
}

#[test]
fn superscript_ordinals_keep_char_boundaries() {
    let o = opts(R, false);
    for text in [
        "On March 30<sup>th</sup> and 31<sup>st</sup> the envoys met.",
        "é 3<sup>rd</sup> é",
        "3<sup>é",
        "4<sup>thé</sup>",
        "at 6pm\u{2032}é",
        "in 2\u{2032}é",
    ] {
        for m in find_dates(text, &o) {
            assert!(
                text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end),
                "{text:?}"
            );
        }
    }
}
