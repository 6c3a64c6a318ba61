//! The `market_shares` section: one table per period and scope, cited figures, shares of providers that exist,
//! and at most 100 % in all. Resolves each provider id to its node once.

use std::collections::HashSet;

use super::checks::{check_source, unknown_node};
use super::{Graph, ProblemKind, Problems};
use crate::data::{NodeKind, ShareLabel, ShareTable};
use crate::market::{MarketShare, MarketTable, ShareHolder};

/// Checks every table and returns them with providers resolved; a row that names no provider is left out (and
/// reported, so the model is not built anyway).
pub(super) fn resolve(tables: Vec<ShareTable>, graph: &Graph, problems: &mut Problems) -> Vec<MarketTable> {
    let mut keys = HashSet::new();
    let mut resolved = Vec::with_capacity(tables.len());
    for (i, table) in tables.into_iter().enumerate() {
        let path = format!("market_shares[{i}]");
        if !keys.insert(table.key()) {
            problems.add(
                format!("{path}.period"),
                ProblemKind::TableTwice { scope: table.scope.as_str().to_string(), period: table.period.clone() },
            );
        }
        if table.sources.is_empty() {
            problems.add(format!("{path}.sources"), ProblemKind::NoTableSource);
        }
        for (j, source) in table.sources.iter().enumerate() {
            check_source(&format!("{path}.sources[{j}]"), source, problems);
        }
        let mut total = 0.0;
        let mut shares = Vec::with_capacity(table.shares.len());
        for (j, share) in table.shares.iter().enumerate() {
            let share_path = format!("{path}.shares[{j}]");
            if !(0.0..=100.0).contains(&share.percent) {
                problems.add(
                    format!("{share_path}.percent"),
                    ProblemKind::BadPercent { percent: share.percent.to_string() },
                );
            }
            total += share.percent;
            match share.source {
                Some(source) if source >= table.sources.len() => {
                    problems.add(format!("{share_path}.source"), ProblemKind::NoSuchSource { number: source })
                }
                None if table.sources.len() > 1 && share.label != Some(ShareLabel::Others) => {
                    problems.add(format!("{share_path}.source"), ProblemKind::WhichSource)
                }
                _ => {}
            }
            let holder = match (&share.provider, share.label) {
                (Some(provider), _) => match graph.lookup(provider) {
                    Some(node) if graph.graph[node].kind == NodeKind::Provider => Some(ShareHolder::Provider(node)),
                    Some(_) => {
                        problems
                            .add(format!("{share_path}.provider"), ProblemKind::NotAProvider { id: provider.clone() });
                        None
                    }
                    None => {
                        problems.add(format!("{share_path}.provider"), unknown_node(provider));
                        None
                    }
                },
                (None, Some(label)) => Some(ShareHolder::Group(label)),
                (None, None) => {
                    problems.add(share_path, ProblemKind::NoShareHolder);
                    None
                }
            };
            if let Some(holder) = holder {
                shares.push(MarketShare {
                    holder,
                    percent: share.percent,
                    approximate: share.approximate,
                    source: share.source,
                });
            }
        }
        if total > 100.5 {
            problems.add(format!("{path}.shares"), ProblemKind::SharesOver100 { total: format!("{total:.1}") });
        }
        resolved.push(MarketTable {
            period: table.period,
            scope: table.scope,
            market: table.market,
            analyst: table.analyst,
            market_size_usd_bn: table.market_size_usd_bn,
            shares,
            sources: table.sources,
            note: table.note,
        });
    }
    resolved
}
