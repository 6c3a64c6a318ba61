//! The stylesheet's three palettes (light, dark, projector) meet WCAG contrast (issue 17): text 4.5:1 on the page
//! and on the panels, marks (node outlines, down and degraded boxes, failing links, resting links) 3:1 on the page.
//! Read natively from `static/css/cloudfall.css`, so a colour changed there without checking fails here.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

const CSS: &str = include_str!("../static/css/cloudfall.css");

/// The `--name: #rrggbb` custom properties of the first block that starts with `selector {`.
fn palette(selector: &str) -> Vec<(String, [u8; 3])> {
    let start = CSS.find(&format!("{selector} {{")).unwrap_or_else(|| panic!("no block {selector}"));
    let block = &CSS[start + selector.len() + 2..];
    let block = &block[..block.find('}').unwrap()];
    block
        .split(';')
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once(':')?;
            let name = name.trim();
            let value = value.trim();
            (name.starts_with("--") && value.starts_with('#') && value.len() == 7).then(|| {
                let channel = |at: usize| u8::from_str_radix(&value[at..at + 2], 16).unwrap();
                (name.to_string(), [channel(1), channel(3), channel(5)])
            })
        })
        .collect()
}

/// WCAG 2 relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Checks one palette: each text colour at least 4.5:1 on the page and the panels, each mark at least 3:1 on
/// the page, and the label on a down box at least 4.5:1 on it.
fn check(selector: &str, label_on_down: [u8; 3]) {
    let colours = palette(selector);
    let get = |name: &str| {
        colours
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, rgb)| *rgb)
            .unwrap_or_else(|| panic!("{selector} has no {name}"))
    };
    let (paper, wash) = (get("--paper"), get("--wash"));
    for text in ["--ink", "--muted"] {
        for (ground, on) in [(paper, "--paper"), (wash, "--wash")] {
            let ratio = contrast(get(text), ground);
            assert!(ratio >= 4.5, "{selector}: {text} on {on} is {ratio:.2}:1");
        }
    }
    for mark in ["--accent", "--dark", "--alarm", "--degraded", "--edge"] {
        let ratio = contrast(get(mark), paper);
        assert!(ratio >= 3.0, "{selector}: {mark} on --paper is {ratio:.2}:1");
    }
    let ratio = contrast(label_on_down, get("--dark"));
    assert!(ratio >= 4.5, "{selector}: the label on a down box is {ratio:.2}:1");
}

#[test]
fn the_dark_theme_has_text_at_4_5_to_1_and_marks_at_3_to_1() {
    // A down box's label is drawn in --paper.
    let paper = palette(":root[data-theme=\"dark\"]").iter().find(|(n, _)| n == "--paper").unwrap().1;
    check(":root[data-theme=\"dark\"]", paper);
}

#[test]
fn projector_mode_has_text_at_4_5_to_1_and_marks_at_3_to_1_and_never_black_on_black() {
    // In projector mode a down box's label is black, on a mid-grey box.
    check(":root[data-projector]", [0, 0, 0]);
    let dark = palette(":root[data-projector]").iter().find(|(n, _)| n == "--dark").unwrap().1;
    assert!(luminance(dark) > 0.2, "a down box is not near black in projector mode");
}

#[test]
fn the_palette_reader_finds_the_light_theme_too() {
    // The light theme's variables sit in `:root`; its text colours pass on the page.
    let colours = palette(":root");
    let get = |name: &str| colours.iter().find(|(n, _)| n == name).unwrap().1;
    assert!(contrast(get("--ink"), get("--paper")) >= 4.5);
    assert!(contrast(get("--muted"), get("--paper")) >= 4.5);
}
