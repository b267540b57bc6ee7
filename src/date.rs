//! Finding a calendar date in a short piece of text and writing it as ISO 8601.
//!
//! Covers the forms pages use in datelines: `2019-11-19`, `19.11.2019`, `11/19/2019`,
//! `Nov. 19, 2019`, `19 November 2019`, `19. November 2019`, `19 de noviembre de 2019`,
//! with the month names of every language in [`crate::lang`].

use std::sync::LazyLock;

use regex::Regex;

use crate::lang;

/// Every language's month names and abbreviations, each name once, with its number.
static MONTHS: LazyLock<Vec<(&'static str, u8)>> = LazyLock::new(|| {
    let mut months: Vec<(&'static str, u8)> = Vec::new();
    for &(name, number) in lang::all().flat_map(|data| data.months) {
        if !months.iter().any(|&(known, _)| known == name) {
            months.push((name, number));
        }
    }
    months
});

/// The month a name (full or abbreviated, in a covered language) stands for.
pub(crate) fn month_number(name: &str) -> Option<u8> {
    // Most words asked about are not months: an ASCII word is compared in place, and
    // only another word is lower-cased (into a new string) first.
    if name.is_ascii() {
        return MONTHS.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|&(_, m)| m);
    }
    let lower = name.to_lowercase();
    MONTHS.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let mut names: Vec<&str> = MONTHS.iter().map(|&(n, _)| n).collect();
    // Longest first, so "september" wins over "sep".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    let month = names.join("|");
    let pattern = format!(
        r"(?xi)
        (?-u:\b)(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]?\d)-(?P<iso_d>[0-3]?\d)
            (?:T(?:(?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-6]\d)(?P<fraction>\.\d{{1,9}})?)?
                (?P<offset>Z|z|[+-][0-2]\d:?[0-5]\d)?)?|(?-u:\b))
        | (?-u:\b)(?P<n1>[0-3]?\d)(?P<sep>[./])(?P<n2>[0-3]?\d)[./](?P<n_y>(?:19|20)\d\d)(?-u:\b)
        | (?-u:\b)(?P<md_m>{month})\.?\s+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<md_y>(?:19|20)\d\d)(?-u:\b)
        | (?-u:\b)(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+|of\s+)?(?P<dm_m>{month})\.?,?\s+(?:de\s+)?(?P<dm_y>(?:19|20)\d\d)(?-u:\b)
        "
    );
    // ASCII word boundaries: a Unicode `\b` sends the search to the slow engines on any
    // non-ASCII text, and every boundary here sits next to a digit or an ASCII letter.
    #[allow(clippy::expect_used)] // A constant pattern, checked by the tests below.
    Regex::new(&pattern).expect("the date pattern compiles")
});

/// A date found in text: where it stands and its ISO 8601 form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FoundDate {
    /// Byte range of the date in the text searched.
    pub range: std::ops::Range<usize>,
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// The date with its time of day and, when given, its UTC offset, as ISO 8601
    /// (`2021-02-28T23:30:00-08:00`): when the text is a timestamp with a time.
    pub datetime: Option<String>,
}

/// The first valid calendar date in `text`, if any: a day the month has (no February
/// 30th; February 29th in leap years only), and for a timestamp, a time of day that
/// exists.
pub(crate) fn find(text: &str) -> Option<FoundDate> {
    find_as(text, true)
}

/// The first thing in `text` written like a date, whether or not the day exists
/// ("February 31, 2021" is a dateline with a typo in it): what tells a dateline.
pub(crate) fn find_shape(text: &str) -> Option<FoundDate> {
    find_as(text, false)
}

/// The days of `month` (1 to 12) in `year`, by the Gregorian calendar.
fn days_in(year: u16, month: u16) -> u16 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// [`find`] when `strict`, else [`find_shape`].
fn find_as(text: &str, strict: bool) -> Option<FoundDate> {
    if !has_year(text) {
        return None;
    }
    DATE.captures_iter(text).find_map(|caps| {
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u16>().ok());
        let (year, month, day) = if let Some(y) = num("iso_y") {
            (y, num("iso_m")?, num("iso_d")?)
        } else if let Some(y) = num("n_y") {
            let (a, b) = (num("n1")?, num("n2")?);
            let dotted = caps.name("sep").is_some_and(|s| s.as_str() == ".");
            // Dots are European (day first); slashes are read month first unless that
            // cannot be a month.
            if dotted || a > 12 { (y, b, a) } else { (y, a, b) }
        } else if let Some(y) = num("md_y") {
            (y, u16::from(month_number(caps.name("md_m")?.as_str())?), num("md_d")?)
        } else {
            let m = month_number(caps.name("dm_m")?.as_str())?;
            (num("dm_y")?, u16::from(m), num("dm_d")?)
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let max_day = if strict { days_in(year, month) } else { 31 };
        let iso = format!("{year:04}-{month:02}-{day:02}");
        let datetime = match (num("hour"), num("minute")) {
            (Some(hour), Some(minute)) => {
                let second = num("second");
                let offset = caps.name("offset").map(|m| m.as_str());
                let offset_ok = offset.is_none_or(|o| o.len() == 1 || o[1..3].parse::<u16>().is_ok_and(|h| h <= 23));
                if hour > 23 || second.is_some_and(|s| s > 60) || !offset_ok {
                    // No such time of day: the timestamp is not one.
                    if strict {
                        return None;
                    }
                    None
                } else {
                    let mut datetime = format!("{iso}T{hour:02}:{minute:02}");
                    if let Some(second) = second {
                        datetime.push_str(&format!(":{second:02}"));
                        datetime.push_str(caps.name("fraction").map_or("", |m| m.as_str()));
                    }
                    match offset {
                        Some("Z" | "z") => datetime.push('Z'),
                        // `+0530` is written `+05:30`, as ISO 8601's extended format has it.
                        Some(offset) => {
                            let digits = offset[1..].replace(':', "");
                            datetime.push_str(&format!("{}{}:{}", &offset[..1], &digits[..2], &digits[2..]));
                        }
                        None => {}
                    }
                    Some(datetime)
                }
            }
            _ => None,
        };
        if day > max_day {
            return None;
        }
        let mut range = caps.get(0)?.range();
        // A timestamp's date is the date's place: what follows it (its time) is the
        // line's other words, as ever, but for the `T` that joins them.
        if let Some(day) = caps.name("iso_d") {
            range.end = day.end() + usize::from(text[day.end()..].starts_with('T'));
        }
        Some(FoundDate { range, iso, datetime })
    })
}

/// Whether `text` holds four digits that start with 19 or 20. Every form of the pattern
/// has such a year, and most lines have none: a byte scan is far cheaper than the regex.
fn has_year(text: &str) -> bool {
    text.as_bytes()
        .windows(4)
        .any(|w| matches!((w[0], w[1]), (b'1', b'9') | (b'2', b'0')) && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_are_lower_case_and_found_in_any_case() {
        for &(name, number) in MONTHS.iter() {
            assert_eq!(name, name.to_lowercase(), "{name}");
            assert_eq!(month_number(&name.to_uppercase()), Some(number), "{name}");
        }
        assert_eq!(month_number("Sept"), month_number("september"));
        assert_eq!(month_number("Monday"), None);
    }

    #[test]
    fn reads_the_common_forms() {
        for (text, iso) in [
            ("Nov. 19, 2019 8:03 am ET", "2019-11-19"),
            ("Published March 3, 2021", "2021-03-03"),
            ("Updated: 2020-07-14T10:00:00Z", "2020-07-14"),
            ("19 November 2019", "2019-11-19"),
            ("19. November 2019", "2019-11-19"),
            ("Veröffentlicht am 3. März 2022", "2022-03-03"),
            ("le 5 août 2020", "2020-08-05"),
            ("19 de noviembre de 2019", "2019-11-19"),
            ("14.07.2020", "2020-07-14"),
            ("07/14/2020", "2020-07-14"),
            ("14/07/2020", "2020-07-14"),
            ("Chris Davies - Nov 19, 2019, 10:31 pm CST", "2019-11-19"),
            ("July 4th, 2021", "2021-07-04"),
        ] {
            assert_eq!(find(text).map(|d| d.iso).as_deref(), Some(iso), "{text}");
        }
    }

    #[test]
    fn impossible_dates_are_no_dates() {
        for text in [
            "Published February 31, 2021",
            "2021-02-30T23:30:00-08:00",
            "2021-04-31",
            "29 February 2021",
            "1900-02-29",
            "2021-02-28T24:30:00Z",
        ] {
            assert_eq!(find(text), None, "{text}");
        }
        // What tells a dateline still sees one there.
        assert!(find_shape("Published February 31, 2021").is_some());
        for (text, iso) in
            [("29 February 2024", "2024-02-29"), ("2000-02-29", "2000-02-29"), ("April 30, 2021", "2021-04-30")]
        {
            assert_eq!(find(text).map(|d| d.iso).as_deref(), Some(iso), "{text}");
        }
    }

    #[test]
    fn timestamps_keep_their_time_and_offset() {
        for (text, datetime) in [
            ("2021-02-28T23:30:00-08:00", Some("2021-02-28T23:30:00-08:00")),
            ("Updated: 2020-07-14T10:00:00Z", Some("2020-07-14T10:00:00Z")),
            ("2020-07-14T10:00:00.123+0530", Some("2020-07-14T10:00:00.123+05:30")),
            ("2020-07-14T10:00", Some("2020-07-14T10:00")),
            ("2020-07-14", None),
            ("Nov. 19, 2019 8:03 am ET", None),
        ] {
            let found = find(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(found.datetime.as_deref(), datetime, "{text}");
        }
        assert_eq!(find("2021-02-28T23:30:00-08:00").map(|d| d.iso).as_deref(), Some("2021-02-28"));
    }

    #[test]
    fn ignores_what_is_not_a_date() {
        for text in ["", "The year 2019 was hot", "13/13/2020", "May I come in?", "Room 12.10"] {
            assert_eq!(find(text), None, "{text}");
        }
    }
}
