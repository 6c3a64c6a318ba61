//! Market shares as the validated model holds them: each figure names its provider by `NodeIndex`, resolved once
//! by `validate`, so no view looks an id up again.

use crate::data::{table_key, ShareLabel, ShareScope, Source};
use crate::graph::NodeIndex;

/// One period's market shares from one analyst series.
#[derive(Debug, Clone, PartialEq)]
pub struct MarketTable {
    /// For example `2025-Q2`, or `2024` for a whole year.
    pub period: String,
    pub scope: ShareScope,
    /// What is measured, for example "Cloud infrastructure services, worldwide".
    pub market: String,
    /// The analyst whose estimates these are; series are never mixed in one chart.
    pub analyst: String,
    pub market_size_usd_bn: Option<f64>,
    pub shares: Vec<MarketShare>,
    pub sources: Vec<Source>,
    pub note: Option<String>,
}

impl MarketTable {
    /// The table's key in links and menus: the period for worldwide tables, `europe-` and the period otherwise.
    pub fn key(&self) -> String {
        table_key(self.scope, &self.period)
    }
}

/// One row of a share table, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MarketShare {
    pub holder: ShareHolder,
    pub percent: f64,
    /// Read off a chart or otherwise approximate.
    pub approximate: bool,
    /// Which of the table's `sources` states this figure, when it has several.
    pub source: Option<usize>,
}

/// Whose share a row is: one provider of the model, or a group (the rest of the market, the big three...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ShareHolder {
    Provider(NodeIndex),
    Group(ShareLabel),
}

impl MarketShare {
    /// The provider this row is about, if it is one.
    pub fn provider(&self) -> Option<NodeIndex> {
        match self.holder {
            ShareHolder::Provider(index) => Some(index),
            ShareHolder::Group(_) => None,
        }
    }
}
