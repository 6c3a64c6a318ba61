//! The stylesheet's three palettes (light, dark, projector) meet WCAG contrast (issue 17): text 4.5:1 on the page
//! and on the panels, marks (node outlines, down and degraded boxes, failing links, resting links) 3:1 on the page.
//! Read natively from `static/css/story.css` and `app.css`, so a colour changed there without checking fails here.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

const CSS: &str = concat!(include_str!("../static/css/story.css"), include_str!("../static/css/app.css"));

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

// Colour blindness (issue 17, requirement 11): the map's states must stay apart for a reader with protanopia,
// deuteranopia or tritanopia. Each palette is simulated with the matrices of Machado, Oliveira and Fernandes
// (2009, "A physiologically-based model for simulation of color vision deficiency", severity 1.0), applied in
// linear RGB, and two colours that tell states apart must keep a CIEDE2000 difference a reader sees at a glance.

/// Machado et al. 2009, severity 1.0, for linear RGB.
const PROTANOPIA: [[f64; 3]; 3] =
    [[0.152_286, 1.052_583, -0.204_868], [0.114_503, 0.786_281, 0.099_216], [-0.003_882, -0.048_116, 1.051_998]];
const DEUTERANOPIA: [[f64; 3]; 3] =
    [[0.367_322, 0.860_646, -0.227_968], [0.280_085, 0.672_501, 0.047_413], [-0.011_820, 0.042_940, 0.968_881]];
const TRITANOPIA: [[f64; 3]; 3] =
    [[1.255_528, -0.076_749, -0.178_779], [-0.078_411, 0.930_809, 0.147_602], [0.004_733, 0.691_367, 0.303_900]];
const TYPICAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

const VISIONS: [(&str, [[f64; 3]; 3]); 4] =
    [("typical", TYPICAL), ("protanopia", PROTANOPIA), ("deuteranopia", DEUTERANOPIA), ("tritanopia", TRITANOPIA)];

/// sRGB to linear light, one channel.
fn to_linear(channel: u8) -> f64 {
    let c = f64::from(channel) / 255.0;
    if c <= 0.040_45 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// The colour as a reader with `vision` sees it, in linear RGB clamped to the displayable range.
fn simulate(rgb: [u8; 3], vision: [[f64; 3]; 3]) -> [f64; 3] {
    let linear = rgb.map(to_linear);
    vision.map(|row| (row[0] * linear[0] + row[1] * linear[1] + row[2] * linear[2]).clamp(0.0, 1.0))
}

/// Linear RGB (sRGB primaries, D65) to CIE L*a*b*.
fn lab(linear: [f64; 3]) -> [f64; 3] {
    let [r, g, b] = linear;
    let x = (0.412_4 * r + 0.357_6 * g + 0.180_5 * b) / 0.950_47;
    let y = 0.212_6 * r + 0.715_2 * g + 0.072_2 * b;
    let z = (0.019_3 * r + 0.119_2 * g + 0.950_5 * b) / 1.088_83;
    let f = |t: f64| if t > 216.0 / 24_389.0 { t.cbrt() } else { (24_389.0 / 27.0 * t + 16.0) / 116.0 };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

/// The CIEDE2000 colour difference (Sharma, Wu and Dalal 2005).
fn ciede2000(one: [f64; 3], two: [f64; 3]) -> f64 {
    let ([l1, a1, b1], [l2, a2, b2]) = (one, two);
    let c_bar = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
    let g = 0.5 * (1.0 - (c_bar.powi(7) / (c_bar.powi(7) + 25f64.powi(7))).sqrt());
    let (a1, a2) = ((1.0 + g) * a1, (1.0 + g) * a2);
    let (c1, c2) = (a1.hypot(b1), a2.hypot(b2));
    let hue = |b: f64, a: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
    let (h1, h2) = (hue(b1, a1), hue(b2, a2));
    let dh = if c1 * c2 == 0.0 {
        0.0
    } else if h2 - h1 > 180.0 {
        h2 - h1 - 360.0
    } else if h2 - h1 < -180.0 {
        h2 - h1 + 360.0
    } else {
        h2 - h1
    };
    let (dl, dc) = (l2 - l1, c2 - c1);
    let dh_big = 2.0 * (c1 * c2).sqrt() * (dh / 2.0).to_radians().sin();
    let l_bar = (l1 + l2) / 2.0;
    let c_bar = (c1 + c2) / 2.0;
    let h_bar = if c1 * c2 == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    let cos = |degrees: f64| degrees.to_radians().cos();
    let t = 1.0 - 0.17 * cos(h_bar - 30.0) + 0.24 * cos(2.0 * h_bar) + 0.32 * cos(3.0 * h_bar + 6.0)
        - 0.20 * cos(4.0 * h_bar - 63.0);
    let d_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let r_c = 2.0 * (c_bar.powi(7) / (c_bar.powi(7) + 25f64.powi(7))).sqrt();
    let s_l = 1.0 + 0.015 * (l_bar - 50.0).powi(2) / (20.0 + (l_bar - 50.0).powi(2)).sqrt();
    let s_c = 1.0 + 0.045 * c_bar;
    let s_h = 1.0 + 0.015 * c_bar * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    ((dl / s_l).powi(2) + (dc / s_c).powi(2) + (dh_big / s_h).powi(2) + r_t * (dc / s_c) * (dh_big / s_h)).sqrt()
}

/// The difference between two colours as a reader with `vision` sees them.
fn seen_apart(one: [u8; 3], two: [u8; 3], vision: [[f64; 3]; 3]) -> f64 {
    ciede2000(lab(simulate(one, vision)), lab(simulate(two, vision)))
}

/// The light theme's colours that only the dark and projector themes set as variables, read from the fallback
/// the stylesheet gives (`var(--edge, #7a8290)`).
fn fallback(name: &str) -> [u8; 3] {
    let start = CSS.find(&format!("var({name}, #")).unwrap_or_else(|| panic!("no fallback for {name}"));
    let hex = &CSS[start + name.len() + 7..start + name.len() + 13];
    let channel = |at: usize| u8::from_str_radix(&hex[at..at + 2], 16).unwrap();
    [channel(0), channel(2), channel(4)]
}

/// A CIEDE2000 difference seen at a glance on a small mark (about 10 is "clearly different" on a chart).
const APART: f64 = 12.0;

/// Checks one theme under the four visions: a down box against an up or a degraded one, the outline of an up box
/// against a degraded one's, and the links at rest, carrying a failure, and carrying a degradation, one against
/// another. Up and degraded fills are both light by design (the degraded box is told by its dashed amber outline
/// and its "!"), so they need only be perceptibly different.
fn check_colour_blind(selector: &str) {
    let colours = palette(selector);
    let get = |name: &str| colours.iter().find(|(n, _)| n == name).map_or_else(|| fallback(name), |(_, rgb)| *rgb);
    let up_fill = get("--paper");
    let degraded_fill = get("--degraded-fill");
    let down_fill = get("--dark");
    let pairs = [
        ("an up box and a down box", up_fill, down_fill, APART),
        ("a degraded box and a down box", degraded_fill, down_fill, APART),
        ("an up box's outline and a degraded box's", get("--accent"), get("--degraded"), APART),
        ("a web service's outline and a degraded box's", get("--service-stroke"), get("--degraded"), APART),
        ("a link at rest and one carrying a failure", get("--edge"), get("--alarm"), APART),
        ("a link at rest and one carrying a degradation", get("--edge"), get("--degraded"), APART),
        ("a link carrying a failure and one carrying a degradation", get("--alarm"), get("--degraded"), APART),
        // A switch on and off: the track's colour (the thumb's side and the words "on"/"off" say it too).
        ("a switch's track on and off", get("--accent"), get("--dark"), APART),
        ("an up box's fill and a degraded box's", up_fill, degraded_fill, 5.0),
    ];
    for (vision_name, vision) in VISIONS {
        for (what, one, two, least) in pairs {
            let apart = seen_apart(one, two, vision);
            assert!(
                apart >= least,
                "{selector}, {vision_name}: {what} are {apart:.1} apart (CIEDE2000), under {least}"
            );
        }
    }
}

#[test]
fn the_map_states_stay_apart_under_protanopia_deuteranopia_and_tritanopia_in_every_theme() {
    for selector in [":root", ":root[data-theme=\"dark\"]", ":root[data-projector]"] {
        check_colour_blind(selector);
    }
}

#[test]
fn the_simulation_matches_known_values() {
    // Pure red loses most of its difference from green under deuteranopia and keeps it under tritanopia.
    let (red, green) = ([255, 0, 0], [0, 160, 0]);
    assert!(seen_apart(red, green, TYPICAL) > 50.0);
    assert!(seen_apart(red, green, DEUTERANOPIA) < 20.0);
    assert!(seen_apart(red, green, TRITANOPIA) > 40.0);
    // CIEDE2000's published test pair 1 (Sharma et al. 2005, table 1): 2.0425.
    let published = ciede2000([50.0, 2.6772, -79.7751], [50.0, 0.0, -82.7485]);
    assert!((published - 2.0425).abs() < 1e-3, "{published}");
    // White stays white: each matrix's rows add up to 1.
    for (_, vision) in VISIONS {
        let white = simulate([255, 255, 255], vision);
        assert!(white.iter().all(|c| (c - 1.0).abs() < 1e-3), "{white:?}");
    }
}

#[test]
fn every_state_has_a_mark_beyond_colour_on_the_svg_map() {
    // Down: a hatched box and a ✕; degraded: a dashed outline and "!" (the canvas map draws the same, from
    // `map::palette::look`, tested beside it). The SVG map draws them in its state overlays, one path per look: under
    // the boxes' labels, every box's ground by state (the hatch pattern on the dark when down, dashed when degraded);
    // over them, the marks. The end-to-end tests check them box by box (`classroom-access.test.mjs`, with the paths'
    // own hit-testing). No rule reads a box's state: a click restyles no box (issue 19).
    assert!(CSS.contains(".node .node-box { fill: none; stroke: none; }"));
    assert!(!CSS.contains(".node[data-state"), "a rule reads a box's data-state");
    assert!(CSS.contains(".node-ground.ground-down { fill: url(#cf-hatch); stroke: var(--dark); }"));
    assert!(CSS.contains(".hatch-bg { fill: var(--dark); }"));
    assert!(CSS.contains(".mark-down { stroke: var(--paper); }"));
    assert!(CSS.contains(".mark-degraded { stroke: var(--degraded); stroke-width: 2.6; }"));
    assert!(CSS.contains(
        ".node-ground.ground-degraded { fill: #fff3dc; stroke: var(--degraded); stroke-dasharray: 4 2; stroke-width: 2; }"
    ));
    // A label keeps its colour on every ground, legible on the dark through its halo of paper.
    assert!(CSS.contains("paint-order: stroke; stroke: var(--paper); stroke-width: 3px;"));
    let map = include_str!("../src/components/map/svg.rs");
    assert!(map.contains(r#"<rect class="hatch-bg" width="7" height="7" />"#));
    assert!(map.contains(r#"format!("node-ground ground-{} kind-{}{faded}", state.as_str(), node.kind.as_str());"#));
    assert!(map.contains("draw(&mut under, ground, &shapes.outline);"));
    assert!(
        map.contains(r#"NodeState::Down => draw(&mut over, format!("node-mark mark-down{faded}"), &shapes.cross),"#)
    );
    assert!(map.contains(r#"draw(&mut over, format!("node-mark mark-degraded{faded}"), &shapes.bang)"#));
}

#[test]
fn the_exported_pictures_draw_failure_in_the_maps_alarm_red() {
    let draw = cloudfall_draw::ALARM;
    let css = format!("--alarm: #{:02x}{:02x}{:02x};", draw.0, draw.1, draw.2);
    assert!(CSS.contains(&css), "the light palette's {css}");
}
