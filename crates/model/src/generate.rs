//! A seeded generator of large, realistic datasets for benchmarks: few providers, regions and cloud services
//! inside them, a layer of suppliers, and many web services whose dependencies follow a power law (a few
//! providers and suppliers carry most of the Web). The result is an ordinary `DataFile`, so it goes through the
//! same validation and loading path as the shipped data. Every generated dependency says it is generated.

use crate::data::{
    DataFile, DatasetInfo, DependencyMode, DependencyRecord, Evidence, EvidenceKind, NodeKind, NodeRecord,
};

/// A small, fast, seeded pseudo-random generator (SplitMix64): the same seed gives the same dataset everywhere.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// A number in `0..n`, small ones far more likely (Zipf-like, exponent about 1): rank `r` is picked with
    /// probability roughly proportional to `1 / (r + 1)`.
    fn power_law(&mut self, n: usize) -> usize {
        let n = n.max(1) as f64;
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let rank = (n + 1.0).powf(u) - 1.0;
        (rank as usize).min(n as usize - 1)
    }
}

fn node(id: String, kind: NodeKind, name: String) -> NodeRecord {
    NodeRecord::new(id, kind, name)
}

fn generated_evidence() -> Vec<Evidence> {
    vec![Evidence {
        kind: EvidenceKind::Inferred,
        publisher: "generator".to_string(),
        title: "generated".to_string(),
        url: None,
        date: "2026".to_string(),
        incident: None,
        note: None,
        note_fr: None,
        via: None,
    }]
}

/// A dataset of about `nodes` nodes (at least 20), the same for the same `seed`. About 1.8 dependencies a node.
///
/// # Complexity
/// O(nodes).
pub fn generate(nodes: usize, seed: u64) -> DataFile {
    let nodes = nodes.max(20);
    let mut random = SplitMix(seed);
    let providers = (nodes / 5_000).clamp(5, 40);
    let regions_per_provider = (nodes / 2_000).clamp(2, 30);
    let services_per_region = 4;
    let infrastructure = providers * (1 + regions_per_provider * (1 + services_per_region));
    let suppliers = (nodes / 40).max(3);
    let web = nodes.saturating_sub(infrastructure + suppliers).max(5);

    let mut records = Vec::with_capacity(infrastructure + suppliers + web);
    let mut switchable: Vec<String> = Vec::new();
    for p in 0..providers {
        let provider = format!("p{p}");
        records.push(node(provider.clone(), NodeKind::Provider, format!("Provider {p}")));
        switchable.push(provider.clone());
        for r in 0..regions_per_provider {
            let region = format!("{provider}/r{r}");
            records.push(node(region.clone(), NodeKind::Region, format!("Region {p}.{r}")));
            switchable.push(region.clone());
            for s in 0..services_per_region {
                let service = format!("{region}/s{s}");
                records.push(node(service.clone(), NodeKind::CloudService, format!("Service {p}.{r}.{s}")));
                switchable.push(service);
            }
        }
    }
    let mut dependencies = Vec::with_capacity(nodes * 2);
    let mut depend = |dependent: &str, depends_on: &str, mode: DependencyMode, group: Option<&str>| {
        dependencies.push(DependencyRecord {
            dependent: dependent.to_string(),
            depends_on: depends_on.to_string(),
            role: crate::data::Role::Hosting,
            mode,
            group: group.map(str::to_string),
            evidence: generated_evidence(),
        });
    };
    // A node picks its provider by popularity (a power law: the first few carry most of the Web), then the
    // provider itself, one of its regions or one service in a region.
    let per_provider = 1 + regions_per_provider * (1 + services_per_region);
    let pick_infrastructure = |random: &mut SplitMix| {
        let provider = random.power_law(providers);
        let offset = match random.below(10) {
            0..=1 => 0,
            2..=4 => 1 + random.below(regions_per_provider) * (1 + services_per_region),
            _ => {
                1 + random.below(regions_per_provider) * (1 + services_per_region)
                    + 1
                    + random.below(services_per_region)
            }
        };
        // Always in range (provider < providers, offset < per_provider); the first provider stands in otherwise.
        switchable.get(provider * per_provider + offset).or(switchable.first()).cloned().unwrap_or_default()
    };

    let supplier_ids: Vec<String> = (0..suppliers).map(|s| format!("supplier-{s}")).collect();
    for (s, id) in supplier_ids.iter().enumerate() {
        records.push(node(id.clone(), NodeKind::Supplier, format!("Supplier {s}")));
        let first = pick_infrastructure(&mut random);
        let second = pick_infrastructure(&mut random);
        if random.below(4) == 0 && first != second {
            depend(id, &first, DependencyMode::Redundant, Some("hosting"));
            depend(id, &second, DependencyMode::Redundant, Some("hosting"));
        } else {
            depend(id, &first, DependencyMode::Required, None);
        }
    }
    for w in 0..web {
        let id = format!("web-{w}");
        records.push(node(id.clone(), NodeKind::WebService, format!("Web service {w}")));
        let host = pick_infrastructure(&mut random);
        depend(&id, &host, DependencyMode::Required, None);
        // Most services also lean on one or two suppliers, popular ones far more often.
        let mut used = Vec::new();
        for _ in 0..random.below(3) {
            let Some(supplier) = supplier_ids.get(random.power_law(suppliers)).cloned() else { continue };
            if !used.contains(&supplier) {
                let mode = if random.below(3) == 0 { DependencyMode::Soft } else { DependencyMode::Required };
                depend(&id, &supplier, mode, None);
                used.push(supplier);
            }
        }
    }
    DataFile {
        schema: None,
        dataset: DatasetInfo {
            id: format!("generated-{nodes}-{seed}"),
            version: "generated".to_string(),
            as_of: "2026-01-01".to_string(),
            title: format!("Generated benchmark dataset: {nodes} nodes, seed {seed}"),
            notes: vec!["Generated for benchmarks; nothing in it describes a real company.".to_string()],
            notes_fr: Vec::new(),
            licence: None,
            citation: None,
            changelog: Vec::new(),
            details: None,
        },
        market_shares: Vec::new(),
        nodes: records,
        dependencies,
        incidents: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::build;

    #[test]
    fn the_same_seed_gives_the_same_valid_dataset_of_about_the_size_asked() {
        let a = generate(2_000, 7);
        assert_eq!(a, generate(2_000, 7));
        assert_ne!(a, generate(2_000, 8));
        let model = build(a).unwrap();
        assert!((1_900..=2_100).contains(&model.node_count()), "{}", model.node_count());
        let links = model.edge_count() as f64 / model.node_count() as f64;
        assert!((1.4..=2.6).contains(&links), "{links} links a node");
    }

    #[test]
    fn a_few_providers_carry_most_of_the_web() {
        let model = build(generate(5_000, 1)).unwrap();
        let ranking = crate::outage::blast_radius(&model, &[]);
        let web = model.nodes_of_kind(NodeKind::WebService).count();
        assert!(ranking[0].down * 5 > web, "the top provider takes {} of {web} down", ranking[0].down);
    }
}
