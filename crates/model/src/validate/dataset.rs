//! The `dataset` section: its date and version.

use super::checks::check_date;
use super::Problems;
use crate::data::DatasetInfo;

pub(super) fn check(dataset: &DatasetInfo, problems: &mut Problems) {
    check_date("dataset.as_of", &dataset.as_of, problems);
    if dataset.version.trim().is_empty() {
        problems.add("dataset.version", "the dataset needs a version");
    }
}
