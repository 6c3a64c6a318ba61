//! Checks shared by the sections: sources, dates and ids.

use super::Problems;
use crate::data::Source;

/// A source needs a publisher, a title and a date.
pub(super) fn check_source(path: &str, source: &Source, problems: &mut Problems) {
    check_cited(path, &source.publisher, &source.title, &source.date, problems);
}

/// The fields every citation has, wherever it sits.
pub(super) fn check_cited(path: &str, publisher: &str, title: &str, date: &str, problems: &mut Problems) {
    if publisher.trim().is_empty() {
        problems.add(format!("{path}.publisher"), "name who published the source");
    }
    if title.trim().is_empty() {
        problems.add(format!("{path}.title"), "give the source's title");
    }
    check_date(&format!("{path}.date"), date, problems);
}

pub(super) fn check_date(path: &str, date: &str, problems: &mut Problems) {
    if !is_date(date) {
        problems.add(path, format!("\"{date}\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
    }
}

pub(super) fn unknown_node(id: &str) -> String {
    format!("there is no node with the id \"{id}\"")
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a plausible month and day.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |part: &str, len: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == len
            && part.bytes().all(|b| b.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1900..=2100),
        [year, month] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12),
        [year, month, day] => number(year, 4, 1900..=2100) && number(month, 2, 1..=12) && number(day, 2, 1..=31),
        _ => false,
    }
}

/// Lowercase slugs separated by `/`: `aws/us-east-1/dynamodb`.
pub(super) fn is_slug_path(id: &str) -> bool {
    !id.is_empty()
        && id.split('/').all(|segment| {
            !segment.is_empty()
                && segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        })
}
