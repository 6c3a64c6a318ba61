//! The map's layered layout: a column per node kind (providers, regions, zones, cloud services, suppliers,
//! web services), nodes ordered in each column to keep edges short. Computed once per model, never per click.

use crate::data::NodeKind;
use crate::graph::{Model, NodeIndex};

/// Where each node sits: its column (`layer`) and its row within that column (`rank`).
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// `(layer, rank)` per node, indexed by `NodeIndex`.
    slots: Vec<(usize, usize)>,
    /// How many nodes each non-empty column holds, in order.
    layer_sizes: Vec<usize>,
}

impl Layout {
    /// The node's column among the non-empty columns, and its row in that column.
    pub fn slot(&self, index: NodeIndex) -> (usize, usize) {
        self.slots.get(index.index()).copied().unwrap_or((0, 0))
    }

    pub fn layer_sizes(&self) -> &[usize] {
        &self.layer_sizes
    }

    /// The number of rows of the tallest column.
    pub fn max_layer_size(&self) -> usize {
        self.layer_sizes.iter().copied().max().unwrap_or(0)
    }
}

/// Lays the model out in columns by kind, and orders each column by the mean row of the nodes it is linked to
/// (the barycentre heuristic), sweeping left to right then right to left.
///
/// # Complexity
/// O(sweeps × (V log V + E)).
pub fn layered(model: &Model) -> Layout {
    let kinds_present: Vec<usize> = {
        let mut layers: Vec<usize> = model.nodes().map(|(_, node)| node.kind.layer()).collect();
        layers.sort_unstable();
        layers.dedup();
        layers
    };
    let column_of = |kind: NodeKind| kinds_present.iter().position(|&layer| layer == kind.layer()).unwrap_or(0);

    let mut columns: Vec<Vec<NodeIndex>> = vec![Vec::new(); kinds_present.len()];
    let mut slots = vec![(0, 0); model.node_count()];
    for (index, node) in model.nodes() {
        let column = column_of(node.kind);
        if let (Some(slot), Some(members)) = (slots.get_mut(index.index()), columns.get_mut(column)) {
            *slot = (column, members.len());
            members.push(index);
        }
    }

    // Neighbours in both directions, so a column is ordered by the columns on either side.
    let mut neighbours: Vec<Vec<NodeIndex>> = vec![Vec::new(); model.node_count()];
    for (source, target, _) in model.edges() {
        if let Some(list) = neighbours.get_mut(source.index()) {
            list.push(target);
        }
        if let Some(list) = neighbours.get_mut(target.index()) {
            list.push(source);
        }
    }
    let size_of = |columns: &[Vec<NodeIndex>], column: usize| columns.get(column).map_or(0, Vec::len);

    const SWEEPS: usize = 4;
    for sweep in 0..SWEEPS {
        let order: Vec<usize> = if sweep % 2 == 0 {
            (1..columns.len()).collect()
        } else {
            (0..columns.len().saturating_sub(1)).rev().collect()
        };
        for column in order {
            let reference = if sweep % 2 == 0 { column.wrapping_sub(1) } else { column + 1 };
            let Some(members) = columns.get(column) else { continue };
            let mut keyed: Vec<(f64, usize, NodeIndex)> = members
                .iter()
                .map(|&index| {
                    // Positions are relative (0..1) because columns are spread over the same height.
                    let positions: Vec<f64> = neighbours
                        .get(index.index())
                        .into_iter()
                        .flatten()
                        .filter_map(|n| slots.get(n.index()).copied())
                        .filter(|&(layer, _)| layer == reference)
                        .map(|(layer, rank)| relative(rank, size_of(&columns, layer)))
                        .collect();
                    let (_, current) = slots.get(index.index()).copied().unwrap_or_default();
                    let key = if positions.is_empty() {
                        relative(current, members.len())
                    } else {
                        positions.iter().sum::<f64>() / positions.len() as f64
                    };
                    (key, current, index)
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let ordered: Vec<NodeIndex> = keyed.into_iter().map(|(_, _, index)| index).collect();
            for (rank, index) in ordered.iter().enumerate() {
                if let Some(slot) = slots.get_mut(index.index()) {
                    *slot = (column, rank);
                }
            }
            if let Some(members) = columns.get_mut(column) {
                *members = ordered;
            }
        }
    }

    Layout { slots, layer_sizes: columns.iter().map(Vec::len).collect() }
}

/// The centre of row `rank` of `size` rows, as a fraction of the column's height.
pub fn relative(rank: usize, size: usize) -> f64 {
    (rank as f64 + 0.5) / size.max(1) as f64
}
