//! `date` (§2.3): a plausible year or a real calendar date.
//!
//! | digits | forms |
//! |---|---|
//! | 4 | YYYY (1940–2039), DDMM, MMDD |
//! | 6 | DDMMYY, MMDDYY, YYMMDD |
//! | 8 | DDMMYYYY, MMDDYYYY, YYYYMMDD |
//!
//! Years are 1940–2039; a two-digit year YY is 19YY from 40 and 20YY below. Dates are
//! real: 29 February only in leap years (for DDMM and MMDD, which have no year, 29
//! February counts).

use super::{Check, Examples, Needs, Shape, two_digit};
use crate::{Context, Locale};

/// The plausible years: people born, married or graduating in them.
const YEARS: std::ops::RangeInclusive<u16> = 1940..=2039;

pub(crate) struct Date;

impl Check for Date {
    const NAME: &'static str = "date";
    const NEEDS: Needs = Needs::Nothing;
    const SHAPE: Shape = Shape::Horizon(8);
    const EXAMPLES: Examples = Examples {
        refused: &["1984", "2007", "3112", "1225", "250684", "19840625"],
        accepted: &["3213", "2099"],
        ..Examples::NONE
    };

    fn refuses(digits: &[u8], _: &Context<'_>) -> bool {
        refuses(digits)
    }

    fn message(locale: Locale) -> String {
        match locale {
            Locale::En => "Don’t use a year or a date.",
            Locale::Fr => "N’utilisez pas une année ou une date.",
        }
        .into()
    }

    fn label(locale: Locale) -> String {
        match locale {
            Locale::En => "Not a year or a date",
            Locale::Fr => "Pas une année ni une date",
        }
        .into()
    }
}

fn refuses(digits: &[u8]) -> bool {
    let pair = |at: usize| digits.get(at..at + 2).map_or(0, two_digit);
    match digits.len() {
        4 => {
            let year = pair(0) * 100 + pair(2);
            YEARS.contains(&year)
                || is_date(pair(0), pair(2), None)
                || is_date(pair(2), pair(0), None)
        }
        6 => {
            let year = |at: usize| Some(century_of(pair(at)) + pair(at));
            is_date(pair(0), pair(2), year(4))
                || is_date(pair(2), pair(0), year(4))
                || is_date(pair(4), pair(2), year(0))
        }
        8 => {
            let dated = |day: u16, month: u16, at: usize| {
                let year = pair(at) * 100 + pair(at + 2);
                YEARS.contains(&year) && is_date(day, month, Some(year))
            };
            dated(pair(0), pair(2), 4) || dated(pair(2), pair(0), 4) || dated(pair(6), pair(4), 0)
        }
        _ => false,
    }
}

/// 1900 or 2000 for a two-digit year in the 1940–2039 window.
fn century_of(yy: u16) -> u16 {
    if yy >= YEARS.start() % 100 {
        1900
    } else {
        2000
    }
}

/// Whether day/month is a real date in `year` (`None`: a date with no year, where
/// 29 February counts).
fn is_date(day: u16, month: u16, year: Option<u16>) -> bool {
    let leap = year.is_none_or(|y| (y % 4 == 0 && y % 100 != 0) || y % 400 == 0);
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::refuses;

    #[test]
    fn the_year_window_and_no_date() {
        for pin in ["1940", "2039"] {
            assert!(refuses(pin.as_bytes()), "{pin}");
        }
        for pin in ["1939", "0000", "3100"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }

    #[test]
    fn real_calendar() {
        assert!(refuses(b"2902"), "29 Feb with no year counts");
        assert!(
            !refuses(b"3002") && !refuses(b"3104"),
            "30 Feb and 31 Apr are no dates"
        );
        assert!(refuses(b"290284"), "1984 was a leap year");
        assert!(!refuses(b"290283"), "1983 was not");
        assert!(
            refuses(b"29022000") && !refuses(b"29021900"),
            "2000 leap; 1900 out of range anyway"
        );
        assert!(!refuses(b"31022000"));
        assert!(refuses(b"840625"), "YYMMDD");
        assert!(refuses(b"062584"), "MMDDYY");
        assert!(refuses(b"06251984"), "MMDDYYYY");
        assert!(refuses(b"25061984"), "DDMMYYYY");
        assert!(!refuses(b"25062099"), "year out of range");
    }

    #[test]
    fn other_lengths_are_never_dates() {
        for pin in ["198", "19845", "1984062", "198406250"] {
            assert!(!refuses(pin.as_bytes()), "{pin}");
        }
    }
}
