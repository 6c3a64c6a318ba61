//! Switching off by jurisdiction: a `Jurisdiction` names the companies headquartered in one country, or outside the
//! European Union, and `switched_off_by` finds every provider and supplier it takes down; `eu_standing` counts the
//! European web services that keep standing. Plain rules on the model's `country` codes: no IO, no text for readers.

use crate::data::NodeKind;
use crate::graph::{Model, NodeIndex};
use crate::outage::Outcome;

/// The 27 member states of the European Union, as ISO 3166-1 alpha-2 codes, in the EU's own protocol order.
///
/// Source: European Union, "EU countries", <https://european-union.europa.eu/principles-countries-history/eu-countries_en>
/// (27 members since the United Kingdom left on 31 January 2020). Greece is `GR` here, the ISO code the data uses,
/// where the EU's own style writes `EL`.
pub const EU_MEMBERS: [&str; 27] = [
    "BE", "BG", "CZ", "DK", "DE", "EE", "IE", "GR", "ES", "FR", "HR", "IT", "CY", "LV", "LT", "LU", "HU", "MT", "NL",
    "AT", "PL", "PT", "RO", "SI", "SK", "FI", "SE",
];

/// Whether `country` (an ISO 3166-1 alpha-2 code in capitals) is a member of the European Union.
pub fn is_eu_member(country: &str) -> bool {
    EU_MEMBERS.contains(&country)
}

/// A group of companies switched off together by where they have their headquarters.
///
/// A node whose country the data does not give belongs to no group, not even `OutsideEu`: nothing says where it is,
/// so a sovereignty question must not count it on either side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Jurisdiction {
    /// Every company headquartered in one country, by its ISO 3166-1 alpha-2 code in capitals (`US`, `CN`).
    Country([u8; 2]),
    /// Every company headquartered outside the 27 members of the European Union.
    OutsideEu,
}

impl Jurisdiction {
    /// The three groups the switch panel offers: the United States, China, and everything outside the EU.
    pub const PRESETS: [Jurisdiction; 3] =
        [Jurisdiction::Country(*b"US"), Jurisdiction::Country(*b"CN"), Jurisdiction::OutsideEu];

    /// The group's name in the URL and the DOM: the country code in lower case (`us`), or `non-eu`.
    pub fn code(self) -> String {
        match self {
            Jurisdiction::Country(code) => code.iter().map(|letter| char::from(letter.to_ascii_lowercase())).collect(),
            Jurisdiction::OutsideEu => "non-eu".to_string(),
        }
    }

    /// Reads a URL code: `non-eu`, or any two ASCII letters as a country code, in either case (`us`, `FR`).
    /// Whether the country exists is not checked: a group nobody in the data belongs to switches nothing off.
    pub fn from_code(code: &str) -> Option<Jurisdiction> {
        let code = code.trim();
        if code.eq_ignore_ascii_case("non-eu") {
            return Some(Jurisdiction::OutsideEu);
        }
        match code.as_bytes() {
            &[a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
                Some(Jurisdiction::Country([a.to_ascii_uppercase(), b.to_ascii_uppercase()]))
            }
            _ => None,
        }
    }

    /// Whether a company headquartered in `country` belongs to this group; an unknown country belongs to none.
    pub fn includes(self, country: Option<&str>) -> bool {
        let Some(country) = country else { return false };
        match self {
            Jurisdiction::Country(code) => country.as_bytes() == code,
            Jurisdiction::OutsideEu => !is_eu_member(country),
        }
    }
}

/// Every provider and supplier whose headquarters lie in one of `groups`, in index order.
///
/// Suppliers cannot be switched off one by one (no switch, no `off=` id), but a jurisdiction is about companies, and
/// a payments or login company is a company like a cloud: switching off "every US provider" takes Stripe and Okta
/// down with AWS. They join the switched-off set as propagation sources, exactly like a switched-off provider, so
/// their dependents fall by the same rules. Regions, zones and cloud services follow their provider by containment;
/// web services are what the reader watches, never switched off.
///
/// # Complexity
/// O(V × |groups|).
pub fn switched_off_by<'a>(
    model: &Model,
    groups: impl IntoIterator<Item = &'a Jurisdiction> + Clone,
) -> Vec<NodeIndex> {
    model
        .nodes()
        .filter(|(_, node)| matches!(node.kind, NodeKind::Provider | NodeKind::Supplier))
        .filter(|(_, node)| groups.clone().into_iter().any(|group| group.includes(node.country.as_deref())))
        .map(|(index, _)| index)
        .collect()
}

/// The web services headquartered in the European Union, and how many of them keep standing (up or degraded).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EuStanding {
    /// Web services whose `country` is an EU member.
    pub total: usize,
    /// Those of them not down: up or degraded.
    pub standing: usize,
}

/// Counts the EU's web services and those that keep standing in `outcome`: the sovereignty question, "if every
/// American provider went away, how much of the European Web would still answer?"
///
/// # Complexity
/// O(V).
pub fn eu_standing(model: &Model, outcome: &Outcome) -> EuStanding {
    let european =
        model.nodes_of_kind(NodeKind::WebService).filter(|(_, node)| node.country.as_deref().is_some_and(is_eu_member));
    european.fold(EuStanding::default(), |counts, (index, _)| EuStanding {
        total: counts.total + 1,
        standing: counts.standing + usize::from(!outcome.state(index).is_dark()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outage::propagate;
    use crate::validate::load;

    #[test]
    fn codes_read_in_either_case_and_write_back_in_lower_case() {
        assert_eq!(Jurisdiction::from_code("US"), Some(Jurisdiction::Country(*b"US")));
        assert_eq!(Jurisdiction::from_code(" cn "), Some(Jurisdiction::Country(*b"CN")));
        assert_eq!(Jurisdiction::from_code("NON-EU"), Some(Jurisdiction::OutsideEu));
        for bad in ["", "u", "usa", "u1", "eu-", "é"] {
            assert_eq!(Jurisdiction::from_code(bad), None, "{bad}");
        }
        let codes: Vec<String> = Jurisdiction::PRESETS.iter().map(|group| group.code()).collect();
        assert_eq!(codes, ["us", "cn", "non-eu"]);
    }

    #[test]
    fn the_eu_has_27_distinct_members_and_the_united_kingdom_is_outside() {
        let mut members = EU_MEMBERS.to_vec();
        members.sort();
        members.dedup();
        assert_eq!(members.len(), 27);
        assert!(is_eu_member("FR") && is_eu_member("GR") && !is_eu_member("GB") && !is_eu_member("CH"));
        assert!(Jurisdiction::OutsideEu.includes(Some("GB")));
        assert!(!Jurisdiction::OutsideEu.includes(Some("DE")));
        assert!(!Jurisdiction::OutsideEu.includes(None), "an unknown country is on neither side");
    }

    #[test]
    fn a_group_switches_off_providers_and_suppliers_but_not_web_services_or_their_insides() {
        let model = load(
            r#"{"dataset": {"id": "t", "version": "1", "as_of": "2025-11-01", "title": "t"},
                "nodes": [{"id": "aws", "kind": "provider", "name": "AWS", "country": "US"},
                          {"id": "aws/eu-west-3", "kind": "region", "name": "Paris"},
                          {"id": "ovh", "kind": "provider", "name": "OVH", "country": "FR"},
                          {"id": "stripe", "kind": "supplier", "name": "Stripe", "country": "US"},
                          {"id": "nowhere", "kind": "supplier", "name": "Nowhere"},
                          {"id": "shop", "kind": "web_service", "name": "Shop", "country": "FR"},
                          {"id": "news", "kind": "web_service", "name": "News", "country": "FR"},
                          {"id": "blog", "kind": "web_service", "name": "Blog", "country": "US"}],
                "dependencies": [
                    {"dependent": "shop", "depends_on": "stripe", "role": "payments",
                     "evidence": [{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}]},
                    {"dependent": "news", "depends_on": "ovh", "role": "hosting",
                     "evidence": [{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}]},
                    {"dependent": "blog", "depends_on": "aws/eu-west-3", "role": "hosting",
                     "evidence": [{"kind": "documented", "publisher": "P", "title": "T", "date": "2024"}]}]}"#,
        )
        .unwrap();
        let ids = |indices: Vec<NodeIndex>| -> Vec<String> {
            indices.into_iter().map(|index| model.node(index).id.to_string()).collect()
        };
        assert_eq!(ids(switched_off_by(&model, &[Jurisdiction::Country(*b"US")])), ["aws", "stripe"]);
        assert_eq!(ids(switched_off_by(&model, &[Jurisdiction::OutsideEu])), ["aws", "stripe"]);
        assert_eq!(ids(switched_off_by(&model, &[Jurisdiction::Country(*b"FR")])), ["ovh"]);
        assert!(switched_off_by(&model, &[Jurisdiction::Country(*b"CN")]).is_empty());

        let us_off = propagate(&model, &switched_off_by(&model, &[Jurisdiction::Country(*b"US")]));
        assert_eq!(eu_standing(&model, &us_off), EuStanding { total: 2, standing: 1 }, "shop falls with Stripe");
        assert_eq!(eu_standing(&model, &propagate(&model, &[])), EuStanding { total: 2, standing: 2 });
    }
}
